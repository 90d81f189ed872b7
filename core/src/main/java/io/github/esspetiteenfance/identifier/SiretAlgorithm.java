package io.github.esspetiteenfance.identifier;

import java.util.Objects;
import java.util.Optional;

/**
 * The validation rule of a SIRET: 14 digits whose first 9 are a valid SIREN and which pass the
 * {@link Luhn} check over all 14 digits, with the La Poste exception.
 *
 * <p><b>La Poste.</b> La Poste (SIREN {@value #LA_POSTE_SIREN}) has too many establishments for a
 * Luhn key on the NIC. Its head office {@value #LA_POSTE_HEAD_OFFICE} passes the Luhn check; every
 * other La Poste SIRET is valid when the plain sum of its 14 digits is a multiple of 5 (for example
 * {@code 35600000049837}, digit sum 45, which fails Luhn). Source: French Wikipedia ("Exceptions
 * pour le groupe La Poste") and two public codebases, SECONDARY; example recomputed, DERIVED. A La
 * Poste SIRET is checked with this rule only: one that passes Luhn but not the mod-5 rule is
 * rejected with {@link IdentifierViolation#SIRET_LA_POSTE}.
 *
 * <p>Checking that the first 9 digits are a valid SIREN is stricter than the Luhn check over 14
 * digits alone (DERIVED: a SIRET is a SIREN followed by a NIC, so a real SIRET always begins with a
 * valid SIREN).
 *
 * <p>Both {@link Siret#of(String)} (which throws) and the {@code @ValidSiret} constraint (which
 * returns false) use this class.
 *
 * <p>This class is immutable and thread-safe.
 */
final class SiretAlgorithm {

  /** The number of digits of a SIRET: {@value}. */
  static final int LENGTH = 14;

  /** The SIREN of La Poste, whose SIRETs follow the digit-sum rule: {@value}. */
  static final String LA_POSTE_SIREN = "356000000";

  /** The SIRET of La Poste's head office, the one La Poste SIRET that passes Luhn: {@value}. */
  static final String LA_POSTE_HEAD_OFFICE = "35600000000048";

  /** The rule shared by the value type and its constraint. */
  static final Rule RULE = new Rule(SiretAlgorithm::normalize, SiretAlgorithm::check);

  private SiretAlgorithm() {}

  /**
   * Returns the text with every space removed (leading, trailing, inner, no-break spaces), the form
   * that {@link #check(String)} expects. {@code "552 081 317 66522"} gives {@code
   * "55208131766522"}.
   *
   * @param text the text to normalize, not null
   * @return the normalized text, not null
   */
  static String normalize(String text) {
    return Text.removeSpaces(Objects.requireNonNull(text, "text"));
  }

  /**
   * Checks a normalized text and returns the first rule it breaks.
   *
   * @param normalized the text returned by {@link #normalize(String)}, not null
   * @return the violation ({@code SIRET_LENGTH}, {@code SIRET_DIGITS}, {@code
   *     SIRET_SIREN_CHECKSUM}, {@code SIRET_LA_POSTE} or {@code SIRET_CHECKSUM}), empty if the text
   *     is a valid SIRET
   */
  static Optional<IdentifierViolation> check(String normalized) {
    if (normalized.length() != LENGTH) {
      return Optional.of(IdentifierViolation.SIRET_LENGTH);
    }
    if (!Text.isAsciiDigits(normalized)) {
      return Optional.of(IdentifierViolation.SIRET_DIGITS);
    }
    if (!Luhn.isValid(normalized.substring(0, SirenAlgorithm.LENGTH))) {
      return Optional.of(IdentifierViolation.SIRET_SIREN_CHECKSUM);
    }
    if (isLaPoste(normalized)) {
      return normalized.equals(LA_POSTE_HEAD_OFFICE) || Luhn.digitSum(normalized) % 5 == 0
          ? Optional.empty()
          : Optional.of(IdentifierViolation.SIRET_LA_POSTE);
    }
    return Luhn.isValid(normalized)
        ? Optional.empty()
        : Optional.of(IdentifierViolation.SIRET_CHECKSUM);
  }

  /**
   * Checks if a normalized SIRET belongs to La Poste, that is begins with {@value #LA_POSTE_SIREN}.
   *
   * @param normalized the text returned by {@link #normalize(String)}, not null
   * @return true if the text begins with La Poste's SIREN
   */
  static boolean isLaPoste(String normalized) {
    return normalized.startsWith(LA_POSTE_SIREN);
  }
}
