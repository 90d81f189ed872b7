package io.github.esspetiteenfance.identifier;

import java.util.Objects;
import java.util.Optional;

/**
 * A SIRET number (<i>Système d'identification du répertoire des établissements</i>): the 14-digit
 * number of an establishment, made of the {@link Siren} of its legal unit (9 digits) followed by
 * its {@link Nic} (5 digits), such as {@code 13002526500013} (DINUM).
 *
 * <p>A SIRET passes the Luhn check over its 14 digits (SECONDARY), except for La Poste (SIREN
 * 356000000): its head office {@code 35600000000048} passes Luhn, and every other La Poste
 * establishment has a digit sum that is a multiple of 5, such as {@code 35600000049837} (see {@code
 * SiretAlgorithm}). The first 9 digits must also be a valid SIREN.
 *
 * <p>Obtain one with {@link #of(String)}, which accepts spaces ({@code "130 025 265 00013"}), or
 * with {@link #of(Siren, Nic)}; {@link #toString()} gives the canonical 14 digits, which {@code of}
 * accepts back.
 *
 * <pre>
 *   Siret dinum = Siret.of("130 025 265 00013");
 *   dinum.siren();                          // 130025265
 *   dinum.nic();                            // 00013
 *   Siret.isValid("35600000049837");        // true: La Poste, digit sum 45
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Siret {

  private final String value;

  private Siret(String value) {
    this.value = value;
  }

  /**
   * Obtains a SIRET from its text, ignoring spaces.
   *
   * @param text the SIRET, such as {@code "13002526500013"} or {@code "130 025 265 00013"}; not
   *     null
   * @return the SIRET, not null
   * @throws InvalidIdentifierException if the text is not a valid SIRET, with code {@code
   *     identifier.siret.length}, {@code .digits}, {@code .siren-checksum}, {@code .checksum} or
   *     {@code .la-poste}
   */
  public static Siret of(String text) {
    return new Siret(SiretAlgorithm.RULE.lenient(text));
  }

  /**
   * Obtains a SIRET from a SIREN and a NIC.
   *
   * @param siren the SIREN of the legal unit, not null
   * @param nic the NIC of the establishment, not null
   * @return the SIRET, not null
   * @throws InvalidIdentifierException if the 14 digits fail the check, with code {@code
   *     identifier.siret.checksum} or {@code identifier.siret.la-poste}
   */
  public static Siret of(Siren siren, Nic nic) {
    Objects.requireNonNull(siren, "siren");
    Objects.requireNonNull(nic, "nic");
    return of(siren.toString() + nic);
  }

  /**
   * Checks if a text is a valid SIRET, ignoring spaces; never throws.
   *
   * @param text the text to check, may be null
   * @return true if {@link #of(String)} would accept the text, false otherwise and for null
   */
  public static boolean isValid(String text) {
    return SiretAlgorithm.RULE.isValid(text);
  }

  /**
   * Obtains a SIRET from its canonical text only, the inverse of {@link #toString()}: the text that
   * JSON documents and other machine exchanges hold, such as {@code "13002526500013"}.
   *
   * <p>Unlike {@link #of(String)}, nothing is normalized: {@code "130 025 265 00013"}, which {@code
   * of} accepts, is refused here.
   *
   * @param text the canonical text, not null
   * @return the SIRET, not null
   * @throws InvalidIdentifierException if the text is not the canonical text of a valid SIRET, with
   *     the code {@code of} gives to the text as it is (a length or format code for a text with
   *     spaces)
   */
  public static Siret parse(CharSequence text) {
    return new Siret(SiretAlgorithm.RULE.strict(text));
  }

  /**
   * Checks a text as {@link #of(String)} reads it (normalized first) and returns the first rule it
   * breaks, without throwing: {@code check(s).isEmpty() == isValid(s)}.
   *
   * @param text the text to check, not null
   * @return the violation, empty if {@code of} would accept the text
   */
  public static Optional<IdentifierViolation> check(CharSequence text) {
    return SiretAlgorithm.RULE.check(text);
  }

  /**
   * Returns the SIREN of the legal unit: the first 9 digits.
   *
   * @return the SIREN, not null
   */
  public Siren siren() {
    return Siren.ofChecked(value.substring(0, SirenAlgorithm.LENGTH));
  }

  /**
   * Returns the NIC of the establishment: the last 5 digits.
   *
   * @return the NIC, not null
   */
  public Nic nic() {
    return Nic.ofChecked(value.substring(SirenAlgorithm.LENGTH));
  }

  /**
   * Checks if this SIRET belongs to La Poste (SIREN 356000000), whose SIRETs are checked by the
   * digit-sum rule rather than Luhn.
   *
   * @return true for a La Poste establishment
   */
  public boolean isLaPoste() {
    return SiretAlgorithm.isLaPoste(value);
  }

  /**
   * Checks if this SIRET is equal to another: same digits.
   *
   * @param other the other object, may be null
   * @return true if the other is a SIRET with the same digits
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof Siret that && value.equals(that.value);
  }

  /**
   * Returns a hash code for this SIRET.
   *
   * @return a hash code of its digits
   */
  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /**
   * Returns the canonical form of this SIRET: 14 digits without spaces, such as {@code
   * "13002526500013"}, which {@link #of(String)} accepts back.
   *
   * @return the 14 digits, not null
   */
  @Override
  public String toString() {
    return value;
  }
}
