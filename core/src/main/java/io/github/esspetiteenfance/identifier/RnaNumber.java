package io.github.esspetiteenfance.identifier;

import java.util.Optional;

/**
 * An RNA number (<i>Répertoire national des associations</i>, formerly Waldec): the identifier the
 * préfecture gives to a declared association, the letter {@code W} followed by 9 characters, such
 * as {@code W751515517} (Paris).
 *
 * <p>The official form is W plus 9 digits (associations.gouv.fr, CONFIRMED); the digits start with
 * the code of the préfecture or sous-préfecture. There is no check digit. This type also accepts
 * upper-case letters after the W ({@code ^W[0-9A-Z]{9}$}), as some sources suggest numbers such as
 * {@code W2A...} for Corsica; whether real numbers contain letters is UNCONFIRMED, and {@link
 * #isAllDigits()} tells the two forms apart so that a caller can warn.
 *
 * <p><b>Always optional in the model.</b> Associations of Alsace-Moselle (Bas-Rhin, Haut-Rhin,
 * Moselle, <i>droit local</i>) have no RNA number: they are registered with the <i>registre des
 * associations</i> of the tribunal judiciaire (CONFIRMED). Associations declared before 2010 may
 * also be known only by their older préfecture number. A model holding an RNA number must therefore
 * hold an {@code Optional<RnaNumber>}.
 *
 * <p>Obtain one with {@link #of(String)}; {@link #toString()} gives the canonical 10 characters,
 * which {@code of} accepts back.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RnaNumber {

  private final String value;

  private RnaNumber(String value) {
    this.value = value;
  }

  /**
   * Obtains an RNA number from its text, ignoring spaces.
   *
   * @param text the RNA number, such as {@code "W751515517"}; not null
   * @return the RNA number, not null
   * @throws InvalidIdentifierException if the text is not W followed by 9 digits or upper-case
   *     letters, with code {@code identifier.rna.length}, {@code .prefix} or {@code .characters}
   */
  public static RnaNumber of(String text) {
    return new RnaNumber(RnaAlgorithm.RULE.lenient(text));
  }

  /**
   * Checks if a text is an RNA number, ignoring spaces; never throws.
   *
   * @param text the text to check, may be null
   * @return true if {@link #of(String)} would accept the text, false otherwise and for null
   */
  public static boolean isValid(String text) {
    return RnaAlgorithm.RULE.isValid(text);
  }

  /**
   * Obtains a RNA number from its canonical text only, the inverse of {@link #toString()}: the text
   * that JSON documents and other machine exchanges hold, such as {@code "W751515517"}.
   *
   * <p>Unlike {@link #of(String)}, nothing is normalized: {@code "W 751 515 517"}, which {@code of}
   * accepts, is refused here.
   *
   * @param text the canonical text, not null
   * @return the RNA number, not null
   * @throws InvalidIdentifierException if the text is not the canonical text of a valid RNA number,
   *     with the code {@code of} gives to the text as it is (a length or format code for a text
   *     with spaces)
   */
  public static RnaNumber parse(CharSequence text) {
    return new RnaNumber(RnaAlgorithm.RULE.strict(text));
  }

  /**
   * Checks a text as {@link #of(String)} reads it (normalized first) and returns the first rule it
   * breaks, without throwing: {@code check(s).isEmpty() == isValid(s)}.
   *
   * @param text the text to check, not null
   * @return the violation, empty if {@code of} would accept the text
   */
  public static Optional<IdentifierViolation> check(CharSequence text) {
    return RnaAlgorithm.RULE.check(text);
  }

  /**
   * Checks if the 9 characters after the W are all digits: the confirmed official form.
   *
   * <p>False means the number contains letters, a form whose existence is UNCONFIRMED; callers may
   * want to report it as a warning.
   *
   * @return true for the form W plus 9 digits
   */
  public boolean isAllDigits() {
    return Text.isAsciiDigits(value.substring(1));
  }

  /**
   * Checks if this RNA number is equal to another: same characters.
   *
   * @param other the other object, may be null
   * @return true if the other is an RNA number with the same characters
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof RnaNumber that && value.equals(that.value);
  }

  /**
   * Returns a hash code for this RNA number.
   *
   * @return a hash code of its characters
   */
  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /**
   * Returns the canonical form of this RNA number: 10 characters, such as {@code "W751515517"}.
   *
   * @return the number, not null
   */
  @Override
  public String toString() {
    return value;
  }
}
