package io.github.esspetiteenfance.identifier;

/**
 * A code région (INSEE, Code officiel géographique since 2016): 2 digits, such as {@code 52} (Pays
 * de la Loire); the overseas régions are {@code 01} to {@code 04} and {@code 06}.
 *
 * <p>The check is syntactic (see {@link CodeRegionAlgorithm}): whether the région exists is the
 * concern of the {@code territory} package.
 *
 * <p>Obtain one with {@link #of(String)}; {@link #toString()} gives the canonical 2 digits, which
 * {@code of} accepts back.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CodeRegion {

  private final String value;

  private CodeRegion(String value) {
    this.value = value;
  }

  /**
   * Obtains a code région from its text, ignoring spaces.
   *
   * @param text the code, such as {@code "52"}; not null
   * @return the code, not null
   * @throws InvalidIdentifierException if the text is not 2 digits, with code {@code
   *     identifier.code-region.format}
   */
  public static CodeRegion of(String text) {
    String normalized = CodeRegionAlgorithm.normalize(text);
    CodeRegionAlgorithm.check(normalized)
        .ifPresent(
            violation -> {
              throw new InvalidIdentifierException(violation, text);
            });
    return new CodeRegion(normalized);
  }

  /**
   * Checks if a text is a code région (2 digits), ignoring spaces; never throws.
   *
   * @param text the text to check, may be null
   * @return true if {@link #of(String)} would accept the text, false otherwise and for null
   */
  public static boolean isValid(String text) {
    return text != null && CodeRegionAlgorithm.check(CodeRegionAlgorithm.normalize(text)).isEmpty();
  }

  /**
   * Checks if this code is equal to another: same digits.
   *
   * @param other the other object, may be null
   * @return true if the other is a code région with the same digits
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof CodeRegion that && value.equals(that.value);
  }

  /**
   * Returns a hash code for this code.
   *
   * @return a hash code of its digits
   */
  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /**
   * Returns the canonical form of this code: 2 digits, such as {@code "52"}.
   *
   * @return the code, not null
   */
  @Override
  public String toString() {
    return value;
  }
}
