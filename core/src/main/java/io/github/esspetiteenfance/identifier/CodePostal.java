package io.github.esspetiteenfance.identifier;

import java.util.Optional;

/**
 * A code postal: the 5-digit postcode of La Poste, such as {@code 44690} (Monnières).
 *
 * <p><b>Not a code commune.</b> One commune can have several postcodes (Nantes: 44000, 44100,
 * 44200, 44300) and one postcode can cover several communes; 44100 is both a Nantes postcode and
 * the {@link CodeCommune} of Monnières. CEDEX codes have the same shape.
 *
 * <p>The check is syntactic (see {@code CodePostalAlgorithm}).
 *
 * <p>Obtain one with {@link #of(String)}; {@link #toString()} gives the canonical 5 digits, which
 * {@code of} accepts back.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CodePostal {

  private final String value;

  private CodePostal(String value) {
    this.value = value;
  }

  /**
   * Obtains a code postal from its text, ignoring spaces.
   *
   * @param text the postcode, such as {@code "44690"}; not null
   * @return the postcode, not null
   * @throws InvalidIdentifierException if the text is not 5 digits, with code {@code
   *     identifier.code-postal.format}
   */
  public static CodePostal of(String text) {
    return new CodePostal(CodePostalAlgorithm.RULE.lenient(text));
  }

  /**
   * Checks if a text is a code postal (5 digits), ignoring spaces; never throws.
   *
   * @param text the text to check, may be null
   * @return true if {@link #of(String)} would accept the text, false otherwise and for null
   */
  public static boolean isValid(String text) {
    return CodePostalAlgorithm.RULE.isValid(text);
  }

  /**
   * Obtains a code postal from its canonical text only, the inverse of {@link #toString()}: the
   * text that JSON documents and other machine exchanges hold, such as {@code "44000"}.
   *
   * <p>Unlike {@link #of(String)}, nothing is normalized: {@code "44 000"}, which {@code of}
   * accepts, is refused here.
   *
   * @param text the canonical text, not null
   * @return the code postal, not null
   * @throws InvalidIdentifierException if the text is not the canonical text of a valid code
   *     postal, with the code {@code of} gives to the text as it is (a length or format code for a
   *     text with spaces)
   */
  public static CodePostal parse(CharSequence text) {
    return new CodePostal(CodePostalAlgorithm.RULE.strict(text));
  }

  /**
   * Checks a text as {@link #of(String)} reads it (normalized first) and returns the first rule it
   * breaks, without throwing: {@code check(s).isEmpty() == isValid(s)}.
   *
   * @param text the text to check, not null
   * @return the violation, empty if {@code of} would accept the text
   */
  public static Optional<IdentifierViolation> check(CharSequence text) {
    return CodePostalAlgorithm.RULE.check(text);
  }

  /**
   * Checks if this postcode is equal to another: same digits.
   *
   * @param other the other object, may be null
   * @return true if the other is a code postal with the same digits
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof CodePostal that && value.equals(that.value);
  }

  /**
   * Returns a hash code for this postcode.
   *
   * @return a hash code of its digits
   */
  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /**
   * Returns the canonical form of this postcode: 5 digits, such as {@code "44690"}.
   *
   * @return the postcode, not null
   */
  @Override
  public String toString() {
    return value;
  }
}
