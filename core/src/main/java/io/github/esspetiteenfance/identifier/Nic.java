package io.github.esspetiteenfance.identifier;

/**
 * A NIC (<i>Numéro interne de classement</i>): the 5-digit number that tells the establishments of
 * a legal unit apart, such as {@code 00013}. A {@link Siret} is the {@link Siren} followed by the
 * NIC.
 *
 * <p>The NIC is a 4-digit serial number plus a key, but the key is computed over the whole SIRET: a
 * NIC has no check of its own and is only checked as part of a SIRET (SECONDARY). This type
 * therefore accepts any 5 digits.
 *
 * <p>Obtain one with {@link #of(String)}; {@link #toString()} gives the canonical 5 digits, which
 * {@code of} accepts back.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Nic {

  private final String value;

  private Nic(String value) {
    this.value = value;
  }

  /**
   * Obtains a NIC from its text, ignoring spaces.
   *
   * @param text the NIC, such as {@code "00013"}; not null
   * @return the NIC, not null
   * @throws InvalidIdentifierException if the text is not 5 digits, with code {@code
   *     identifier.nic.length} or {@code identifier.nic.digits}
   */
  public static Nic of(String text) {
    String normalized = NicAlgorithm.normalize(text);
    NicAlgorithm.check(normalized)
        .ifPresent(
            violation -> {
              throw new InvalidIdentifierException(violation, text);
            });
    return new Nic(normalized);
  }

  /**
   * Checks if a text is a NIC (5 digits), ignoring spaces; never throws.
   *
   * @param text the text to check, may be null
   * @return true if {@link #of(String)} would accept the text, false otherwise and for null
   */
  public static boolean isValid(String text) {
    return text != null && NicAlgorithm.check(NicAlgorithm.normalize(text)).isEmpty();
  }

  /** Obtains a NIC from digits already checked, such as the last 5 digits of a SIRET. */
  static Nic ofChecked(String digits) {
    return new Nic(digits);
  }

  /**
   * Checks if this NIC is equal to another: same digits.
   *
   * @param other the other object, may be null
   * @return true if the other is a NIC with the same digits
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof Nic that && value.equals(that.value);
  }

  /**
   * Returns a hash code for this NIC.
   *
   * @return a hash code of its digits
   */
  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /**
   * Returns the canonical form of this NIC: 5 digits, such as {@code "00013"}.
   *
   * @return the 5 digits, not null
   */
  @Override
  public String toString() {
    return value;
  }
}
