package io.github.esspetiteenfance.identifier;

import java.util.Objects;
import java.util.Optional;

/**
 * The structural rule of a FINESS number (<i>Fichier national des établissements sanitaires et
 * sociaux</i>): 9 characters, a département prefix followed by 7 digits.
 *
 * <p>The prefix (structure SECONDARY, SNDS documentation):
 *
 * <ul>
 *   <li>{@code 01} to {@code 19}, {@code 21} to {@code 95}, or {@code 2A}/{@code 2B} (Corsica);
 *   <li>{@code 97} for overseas, the 4th character telling the territory: {@code 1} Guadeloupe,
 *       {@code 2} Martinique, {@code 3} Guyane, {@code 4} La Réunion, {@code 5}
 *       Saint-Pierre-et-Miquelon;
 *   <li>{@code 98} for Mayotte.
 * </ul>
 *
 * <p><b>No check key is verified.</b> The last character is usually described as a check key, but
 * its algorithm is not documented in the project's sources (UNCONFIRMED, possibly Luhn over the
 * first 8 characters with a special treatment of 2A/2B). A structurally valid number may therefore
 * still be wrong; see {@link FinessNumber#isCheckKeyVerified()}.
 *
 * <p>This class is immutable and thread-safe.
 */
final class FinessAlgorithm {

  /** The number of characters of a FINESS number: {@value}. */
  static final int LENGTH = 9;

  /** Whether this rule verifies the check key of a FINESS number: {@value}. */
  static final boolean CHECK_KEY_VERIFIED = false;

  /** The rule shared by the value type and its constraint. */
  static final Rule RULE = new Rule(FinessAlgorithm::normalize, FinessAlgorithm::check);

  private FinessAlgorithm() {}

  /**
   * Returns the text with every space removed, the form that {@link #check(String)} expects.
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
   * @return the violation ({@code FINESS_LENGTH}, {@code FINESS_DEPARTEMENT} or {@code
   *     FINESS_DIGITS}), empty if the text has the structure of a FINESS number
   */
  static Optional<IdentifierViolation> check(String normalized) {
    if (normalized.length() != LENGTH) {
      return Optional.of(IdentifierViolation.FINESS_LENGTH);
    }
    String prefix = normalized.substring(0, 2);
    boolean mainland = CodeDepartementAlgorithm.check(prefix).isEmpty();
    if (!mainland && !prefix.equals("97") && !prefix.equals("98")) {
      return Optional.of(IdentifierViolation.FINESS_DEPARTEMENT);
    }
    if (!Text.isAsciiDigits(normalized.substring(2))) {
      return Optional.of(IdentifierViolation.FINESS_DIGITS);
    }
    if (prefix.equals("97") && (normalized.charAt(3) < '1' || normalized.charAt(3) > '5')) {
      return Optional.of(IdentifierViolation.FINESS_DEPARTEMENT);
    }
    return Optional.empty();
  }
}
