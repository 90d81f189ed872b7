package io.github.esspetiteenfance.identifier;

import java.util.Optional;

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
    return new Nic(NicAlgorithm.RULE.lenient(text));
  }

  /**
   * Checks if a text is a NIC (5 digits), ignoring spaces; never throws.
   *
   * @param text the text to check, may be null
   * @return true if {@link #of(String)} would accept the text, false otherwise and for null
   */
  public static boolean isValid(String text) {
    return NicAlgorithm.RULE.isValid(text);
  }

  /**
   * Obtains a NIC from its canonical text only, the inverse of {@link #toString()}: the text that
   * JSON documents and other machine exchanges hold, such as {@code "00013"}.
   *
   * <p>Unlike {@link #of(String)}, nothing is normalized: {@code "000 13"}, which {@code of}
   * accepts, is refused here.
   *
   * @param text the canonical text, not null
   * @return the NIC, not null
   * @throws InvalidIdentifierException if the text is not the canonical text of a valid NIC, with
   *     the code {@code of} gives to the text as it is (a length or format code for a text with
   *     spaces)
   */
  public static Nic parse(CharSequence text) {
    return new Nic(NicAlgorithm.RULE.strict(text));
  }

  /**
   * Checks a text as {@link #of(String)} reads it (normalized first) and returns the first rule it
   * breaks, without throwing: {@code check(s).isEmpty() == isValid(s)}.
   *
   * @param text the text to check, not null
   * @return the violation, empty if {@code of} would accept the text
   */
  public static Optional<IdentifierViolation> check(CharSequence text) {
    return NicAlgorithm.RULE.check(text);
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
