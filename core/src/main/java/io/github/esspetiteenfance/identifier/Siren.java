package io.github.esspetiteenfance.identifier;

import java.util.Optional;

/**
 * A SIREN number (<i>Système d'identification du répertoire des entreprises</i>): the 9-digit
 * number INSEE gives to a legal unit (company, association, public body...) in the Sirene register,
 * such as {@code 552081317} (EDF) or {@code 130025265} (DINUM).
 *
 * <p>A SIREN is 8 serial digits plus a check digit, and the 9 digits pass the Luhn check
 * (structure: code de commerce art. R123-221, CONFIRMED; Luhn key SECONDARY). Public bodies start
 * with 1 or 2. Each establishment of the unit has a {@link Siret}, which begins with the SIREN.
 *
 * <p>Obtain one with {@link #of(String)}, which accepts spaces ({@code "552 081 317"}); {@link
 * #toString()} gives the canonical 9 digits, which {@code of} accepts back. Two instances are equal
 * when their digits are.
 *
 * <pre>
 *   Siren edf = Siren.of("552 081 317");   // 552081317
 *   Siren.isValid("552081318");            // false: Luhn check fails
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Siren {

  private final String value;

  private Siren(String value) {
    this.value = value;
  }

  /**
   * Obtains a SIREN from its text, ignoring spaces.
   *
   * @param text the SIREN, such as {@code "552081317"} or {@code "552 081 317"}; not null
   * @return the SIREN, not null
   * @throws InvalidIdentifierException if the text is not 9 digits passing the Luhn check, with
   *     code {@code identifier.siren.length}, {@code .digits} or {@code .checksum}
   */
  public static Siren of(String text) {
    return new Siren(SirenAlgorithm.RULE.lenient(text));
  }

  /**
   * Checks if a text is a valid SIREN, ignoring spaces; never throws.
   *
   * @param text the text to check, may be null
   * @return true if {@link #of(String)} would accept the text, false otherwise and for null
   */
  public static boolean isValid(String text) {
    return SirenAlgorithm.RULE.isValid(text);
  }

  /**
   * Obtains a SIREN from its canonical text only, the inverse of {@link #toString()}: the text that
   * JSON documents and other machine exchanges hold, such as {@code "552081317"}.
   *
   * <p>Unlike {@link #of(String)}, nothing is normalized: {@code "552 081 317"}, which {@code of}
   * accepts, is refused here.
   *
   * @param text the canonical text, not null
   * @return the SIREN, not null
   * @throws InvalidIdentifierException if the text is not the canonical text of a valid SIREN, with
   *     the code {@code of} gives to the text as it is (a length or format code for a text with
   *     spaces)
   */
  public static Siren parse(CharSequence text) {
    return new Siren(SirenAlgorithm.RULE.strict(text));
  }

  /**
   * Checks a text as {@link #of(String)} reads it (normalized first) and returns the first rule it
   * breaks, without throwing: {@code check(s).isEmpty() == isValid(s)}.
   *
   * @param text the text to check, not null
   * @return the violation, empty if {@code of} would accept the text
   */
  public static Optional<IdentifierViolation> check(CharSequence text) {
    return SirenAlgorithm.RULE.check(text);
  }

  /** Obtains a SIREN from digits already checked, such as the first 9 digits of a SIRET. */
  static Siren ofChecked(String digits) {
    return new Siren(digits);
  }

  /**
   * Checks if this SIREN is La Poste's ({@code 356000000}), whose SIRETs follow a special rule (see
   * {@code SiretAlgorithm}).
   *
   * @return true for La Poste
   */
  public boolean isLaPoste() {
    return value.equals(SiretAlgorithm.LA_POSTE_SIREN);
  }

  /**
   * Checks if this SIREN is equal to another: same digits.
   *
   * @param other the other object, may be null
   * @return true if the other is a SIREN with the same digits
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof Siren that && value.equals(that.value);
  }

  /**
   * Returns a hash code for this SIREN.
   *
   * @return a hash code of its digits
   */
  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /**
   * Returns the canonical form of this SIREN: 9 digits without spaces, such as {@code "552081317"},
   * which {@link #of(String)} accepts back.
   *
   * @return the 9 digits, not null
   */
  @Override
  public String toString() {
    return value;
  }
}
