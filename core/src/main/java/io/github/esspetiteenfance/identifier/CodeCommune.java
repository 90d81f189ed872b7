package io.github.esspetiteenfance.identifier;

import java.util.Optional;

/**
 * A code commune (INSEE, Code officiel géographique, COG): the 5-character code of a commune, made
 * of its département code and a number, such as {@code 44100} (Monnières), {@code 2A004} (Ajaccio)
 * or {@code 97105} (Basse-Terre).
 *
 * <p><b>Not a postcode.</b> The code commune and the {@link CodePostal} are different things: 44100
 * is the code commune of Monnières and also a postcode of Nantes (whose code commune is 44109).
 *
 * <p>The check is syntactic (see {@code CodeCommuneAlgorithm}): whether the commune exists in a
 * given COG vintage, or has merged since, is the concern of the {@code territory} package.
 *
 * <p>Obtain one with {@link #of(String)}; {@link #toString()} gives the canonical 5 characters,
 * which {@code of} accepts back.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CodeCommune {

  private final String value;

  private CodeCommune(String value) {
    this.value = value;
  }

  /**
   * Obtains a code commune from its text, ignoring spaces.
   *
   * @param text the code, such as {@code "44109"} or {@code "2A004"}; not null
   * @return the code, not null
   * @throws InvalidIdentifierException if the text is not a code commune, with code {@code
   *     identifier.code-commune.format}, {@code .departement} or {@code .number}
   */
  public static CodeCommune of(String text) {
    return new CodeCommune(CodeCommuneAlgorithm.RULE.lenient(text));
  }

  /**
   * Checks if a text is a code commune, ignoring spaces; never throws.
   *
   * @param text the text to check, may be null
   * @return true if {@link #of(String)} would accept the text, false otherwise and for null
   */
  public static boolean isValid(String text) {
    return CodeCommuneAlgorithm.RULE.isValid(text);
  }

  /**
   * Obtains a code commune from its canonical text only, the inverse of {@link #toString()}: the
   * text that JSON documents and other machine exchanges hold, such as {@code "44109"}.
   *
   * <p>Unlike {@link #of(String)}, nothing is normalized: {@code "44 109"}, which {@code of}
   * accepts, is refused here.
   *
   * @param text the canonical text, not null
   * @return the code commune, not null
   * @throws InvalidIdentifierException if the text is not the canonical text of a valid code
   *     commune, with the code {@code of} gives to the text as it is (a length or format code for a
   *     text with spaces)
   */
  public static CodeCommune parse(CharSequence text) {
    return new CodeCommune(CodeCommuneAlgorithm.RULE.strict(text));
  }

  /**
   * Checks a text as {@link #of(String)} reads it (normalized first) and returns the first rule it
   * breaks, without throwing: {@code check(s).isEmpty() == isValid(s)}.
   *
   * @param text the text to check, not null
   * @return the violation, empty if {@code of} would accept the text
   */
  public static Optional<IdentifierViolation> check(CharSequence text) {
    return CodeCommuneAlgorithm.RULE.check(text);
  }

  /**
   * Returns the département of this commune: the first two characters, or the first three for an
   * overseas commune ({@code 97105} gives {@code 971}).
   *
   * @return the code département, not null
   */
  public CodeDepartement departement() {
    return CodeDepartement.ofChecked(CodeCommuneAlgorithm.departementPart(value));
  }

  /**
   * Checks if this code is equal to another: same text.
   *
   * @param other the other object, may be null
   * @return true if the other is a code commune with the same text
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof CodeCommune that && value.equals(that.value);
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
   * Returns the canonical form of this code: 5 characters, such as {@code "44109"}.
   *
   * @return the code, not null
   */
  @Override
  public String toString() {
    return value;
  }
}
