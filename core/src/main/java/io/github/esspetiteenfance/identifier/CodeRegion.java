package io.github.esspetiteenfance.identifier;

import java.util.Optional;

/**
 * A code région (INSEE, Code officiel géographique since 2016): 2 digits, such as {@code 52} (Pays
 * de la Loire); the overseas régions are {@code 01} to {@code 04} and {@code 06}.
 *
 * <p>The check is syntactic (see {@code CodeRegionAlgorithm}): whether the région exists is the
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
    return new CodeRegion(CodeRegionAlgorithm.RULE.lenient(text));
  }

  /**
   * Checks if a text is a code région (2 digits), ignoring spaces; never throws.
   *
   * @param text the text to check, may be null
   * @return true if {@link #of(String)} would accept the text, false otherwise and for null
   */
  public static boolean isValid(String text) {
    return CodeRegionAlgorithm.RULE.isValid(text);
  }

  /**
   * Obtains a code région from its canonical text only, the inverse of {@link #toString()}: the
   * text that JSON documents and other machine exchanges hold, such as {@code "52"}.
   *
   * <p>Unlike {@link #of(String)}, nothing is normalized: {@code " 52"}, which {@code of} accepts,
   * is refused here.
   *
   * @param text the canonical text, not null
   * @return the code région, not null
   * @throws InvalidIdentifierException if the text is not the canonical text of a valid code
   *     région, with the code {@code of} gives to the text as it is (a length or format code for a
   *     text with spaces)
   */
  public static CodeRegion parse(CharSequence text) {
    return new CodeRegion(CodeRegionAlgorithm.RULE.strict(text));
  }

  /**
   * Checks a text as {@link #of(String)} reads it (normalized first) and returns the first rule it
   * breaks, without throwing: {@code check(s).isEmpty() == isValid(s)}.
   *
   * @param text the text to check, not null
   * @return the violation, empty if {@code of} would accept the text
   */
  public static Optional<IdentifierViolation> check(CharSequence text) {
    return CodeRegionAlgorithm.RULE.check(text);
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
