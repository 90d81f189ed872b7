package io.github.esspetiteenfance.identifier;

import java.util.Optional;

/**
 * A FINESS number (<i>Fichier national des établissements sanitaires et sociaux</i>): the
 * 9-character number of a health, medico-social or social establishment (FINESS établissement, or
 * géographique) or of the legal entity that runs it (FINESS juridique). It starts with the
 * département: {@code 44...}, {@code 2A...}, {@code 97} plus a territory digit in 4th position for
 * overseas, {@code 98} for Mayotte.
 *
 * <p><b>Structure only.</b> The last character is said to be a check key, but its algorithm is not
 * documented in the project's sources, so it is <em>not</em> verified: {@link
 * #isCheckKeyVerified()} always returns false, and a number accepted here may still be wrong. See
 * {@code FinessAlgorithm}.
 *
 * <p>Obtain one with {@link #of(String)}; {@link #toString()} gives the canonical 9 characters,
 * which {@code of} accepts back.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FinessNumber {

  private final String value;

  private FinessNumber(String value) {
    this.value = value;
  }

  /**
   * Obtains a FINESS number from its text, ignoring spaces.
   *
   * @param text the number, such as {@code "440000057"}; not null
   * @return the FINESS number, not null
   * @throws InvalidIdentifierException if the text does not have the structure of a FINESS number,
   *     with code {@code identifier.finess.length}, {@code .departement} or {@code .digits}
   */
  public static FinessNumber of(String text) {
    return new FinessNumber(FinessAlgorithm.RULE.lenient(text));
  }

  /**
   * Checks if a text has the structure of a FINESS number, ignoring spaces; never throws.
   *
   * @param text the text to check, may be null
   * @return true if {@link #of(String)} would accept the text, false otherwise and for null
   */
  public static boolean isValid(String text) {
    return FinessAlgorithm.RULE.isValid(text);
  }

  /**
   * Obtains a FINESS number from its canonical text only, the inverse of {@link #toString()}: the
   * text that JSON documents and other machine exchanges hold, such as {@code "440000057"}.
   *
   * <p>Unlike {@link #of(String)}, nothing is normalized: {@code "440 000 057"}, which {@code of}
   * accepts, is refused here.
   *
   * @param text the canonical text, not null
   * @return the FINESS number, not null
   * @throws InvalidIdentifierException if the text is not the canonical text of a valid FINESS
   *     number, with the code {@code of} gives to the text as it is (a length or format code for a
   *     text with spaces)
   */
  public static FinessNumber parse(CharSequence text) {
    return new FinessNumber(FinessAlgorithm.RULE.strict(text));
  }

  /**
   * Checks a text as {@link #of(String)} reads it (normalized first) and returns the first rule it
   * breaks, without throwing: {@code check(s).isEmpty() == isValid(s)}.
   *
   * @param text the text to check, not null
   * @return the violation, empty if {@code of} would accept the text
   */
  public static Optional<IdentifierViolation> check(CharSequence text) {
    return FinessAlgorithm.RULE.check(text);
  }

  /**
   * Checks if the check key of this number was verified: always false, because the key algorithm is
   * not confirmed (see {@code FinessAlgorithm}).
   *
   * @return false
   */
  public boolean isCheckKeyVerified() {
    return FinessAlgorithm.CHECK_KEY_VERIFIED;
  }

  /**
   * Returns the département this number belongs to, read from its prefix: the first two characters;
   * for {@code 97}, {@code 97} plus the 4th character ({@code 971} to {@code 974}); {@code 976} for
   * the Mayotte prefix {@code 98}. DERIVED from the structure described in {@code FinessAlgorithm}.
   *
   * @return the département, empty for Saint-Pierre-et-Miquelon ({@code 97} with 4th character
   *     {@code 5}), which is not a département
   */
  public Optional<CodeDepartement> departement() {
    String prefix = value.substring(0, 2);
    if (prefix.equals("98")) {
      return Optional.of(CodeDepartement.ofChecked("976"));
    }
    if (prefix.equals("97")) {
      char territory = value.charAt(3);
      return territory == '5'
          ? Optional.empty()
          : Optional.of(CodeDepartement.ofChecked("97" + territory));
    }
    return Optional.of(CodeDepartement.ofChecked(prefix));
  }

  /**
   * Checks if this number is equal to another: same characters.
   *
   * @param other the other object, may be null
   * @return true if the other is a FINESS number with the same characters
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof FinessNumber that && value.equals(that.value);
  }

  /**
   * Returns a hash code for this number.
   *
   * @return a hash code of its characters
   */
  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /**
   * Returns the canonical form of this number: 9 characters, such as {@code "440000057"}.
   *
   * @return the number, not null
   */
  @Override
  public String toString() {
    return value;
  }
}
