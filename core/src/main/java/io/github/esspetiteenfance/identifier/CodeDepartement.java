package io.github.esspetiteenfance.identifier;

import java.util.Optional;

/**
 * A code département (INSEE, Code officiel géographique): {@code 01} to {@code 19}, {@code 2A} and
 * {@code 2B} (Corse-du-Sud, Haute-Corse), {@code 21} to {@code 95}, and the five overseas
 * départements {@code 971} Guadeloupe, {@code 972} Martinique, {@code 973} Guyane, {@code 974} La
 * Réunion and {@code 976} Mayotte, such as {@code 44} (Loire-Atlantique).
 *
 * <p>{@code 20}, {@code 975}, {@code 977} and {@code 978} are rejected (see {@code
 * CodeDepartementAlgorithm}). The check uses this closed list only; names and régions are the
 * concern of the {@code territory} package.
 *
 * <p>Obtain one with {@link #of(String)}; {@link #toString()} gives the canonical code, which
 * {@code of} accepts back.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CodeDepartement {

  private final String value;

  private CodeDepartement(String value) {
    this.value = value;
  }

  /**
   * Obtains a code département from its text, ignoring spaces.
   *
   * @param text the code, such as {@code "44"}, {@code "2A"} or {@code "971"}; not null
   * @return the code, not null
   * @throws InvalidIdentifierException if the text is not a département code, with code {@code
   *     identifier.code-departement.format} or {@code identifier.code-departement.unknown}
   */
  public static CodeDepartement of(String text) {
    return new CodeDepartement(CodeDepartementAlgorithm.RULE.lenient(text));
  }

  /**
   * Checks if a text is a code département, ignoring spaces; never throws.
   *
   * @param text the text to check, may be null
   * @return true if {@link #of(String)} would accept the text, false otherwise and for null
   */
  public static boolean isValid(String text) {
    return CodeDepartementAlgorithm.RULE.isValid(text);
  }

  /**
   * Obtains a code département from its canonical text only, the inverse of {@link #toString()}:
   * the text that JSON documents and other machine exchanges hold, such as {@code "44"}.
   *
   * <p>Unlike {@link #of(String)}, nothing is normalized: {@code " 44"}, which {@code of} accepts,
   * is refused here.
   *
   * @param text the canonical text, not null
   * @return the code département, not null
   * @throws InvalidIdentifierException if the text is not the canonical text of a valid code
   *     département, with the code {@code of} gives to the text as it is (a length or format code
   *     for a text with spaces)
   */
  public static CodeDepartement parse(CharSequence text) {
    return new CodeDepartement(CodeDepartementAlgorithm.RULE.strict(text));
  }

  /**
   * Checks a text as {@link #of(String)} reads it (normalized first) and returns the first rule it
   * breaks, without throwing: {@code check(s).isEmpty() == isValid(s)}.
   *
   * @param text the text to check, not null
   * @return the violation, empty if {@code of} would accept the text
   */
  public static Optional<IdentifierViolation> check(CharSequence text) {
    return CodeDepartementAlgorithm.RULE.check(text);
  }

  /** Obtains a code département from a text already checked. */
  static CodeDepartement ofChecked(String code) {
    return new CodeDepartement(code);
  }

  /**
   * Checks if this is an overseas département (<i>département d'outre-mer</i>): {@code 971} to
   * {@code 976}.
   *
   * @return true for the 3-digit codes
   */
  public boolean isOverseas() {
    return value.length() == 3;
  }

  /**
   * Checks if this code is equal to another: same text.
   *
   * @param other the other object, may be null
   * @return true if the other is a code département with the same text
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof CodeDepartement that && value.equals(that.value);
  }

  /**
   * Returns a hash code for this code.
   *
   * @return a hash code of its text
   */
  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /**
   * Returns the canonical form of this code, such as {@code "44"}, {@code "2A"} or {@code "971"}.
   *
   * @return the code, not null
   */
  @Override
  public String toString() {
    return value;
  }
}
