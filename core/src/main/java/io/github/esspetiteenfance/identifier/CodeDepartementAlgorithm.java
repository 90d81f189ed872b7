package io.github.esspetiteenfance.identifier;

import java.util.Objects;
import java.util.Optional;

/**
 * The validation rule of a code département: {@code 01} to {@code 19}, {@code 2A}, {@code 2B},
 * {@code 21} to {@code 95}, and the overseas départements {@code 971} (Guadeloupe), {@code 972}
 * (Martinique), {@code 973} (Guyane), {@code 974} (La Réunion) and {@code 976} (Mayotte).
 *
 * <p>{@code 20} (Corsica before 1976) is not a département code any more; {@code 975}, {@code 977}
 * and {@code 978} are overseas collectivities (Saint-Pierre-et-Miquelon, Saint-Barthélemy,
 * Saint-Martin), not départements. Source: COG 2026 départements file, CONFIRMED.
 *
 * <p>The check is syntactic plus this closed list; it does not depend on a COG vintage.
 *
 * <p>This class is immutable and thread-safe.
 */
final class CodeDepartementAlgorithm {

  /** The rule shared by the value type and its constraint. */
  static final Rule RULE =
      new Rule(CodeDepartementAlgorithm::normalize, CodeDepartementAlgorithm::check);

  private CodeDepartementAlgorithm() {}

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
   * @return the violation ({@code CODE_DEPARTEMENT_FORMAT} or {@code CODE_DEPARTEMENT_UNKNOWN}),
   *     empty if the text is a département code
   */
  static Optional<IdentifierViolation> check(String normalized) {
    if (normalized.equals("2A") || normalized.equals("2B")) {
      return Optional.empty();
    }
    int length = normalized.length();
    if ((length != 2 && length != 3) || !Text.isAsciiDigits(normalized)) {
      return Optional.of(IdentifierViolation.CODE_DEPARTEMENT_FORMAT);
    }
    int number = Integer.parseInt(normalized);
    boolean known =
        length == 2
            ? number >= 1 && number <= 95 && number != 20
            : number >= 971 && number <= 976 && number != 975;
    return known ? Optional.empty() : Optional.of(IdentifierViolation.CODE_DEPARTEMENT_UNKNOWN);
  }
}
