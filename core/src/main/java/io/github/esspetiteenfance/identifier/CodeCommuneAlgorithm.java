package io.github.esspetiteenfance.identifier;

import java.util.Objects;
import java.util.Optional;

/**
 * The validation rule of a code commune (INSEE, Code officiel géographique): 5 characters, the
 * département code ({@code 44}, {@code 2A}, {@code 971}...) followed by the commune number ({@code
 * 44109} Nantes, {@code 2A004} Ajaccio, {@code 97105} Basse-Terre).
 *
 * <p>The check is syntactic: it does not look the commune up in a COG vintage. It checks that:
 *
 * <ul>
 *   <li>the code has 5 characters, two digits or {@code 2A}/{@code 2B} then three digits;
 *   <li>the département part is a {@link CodeDepartementAlgorithm département code} (3 digits when
 *       the code starts with {@code 97}), so {@code 20xxx} and {@code 975xx} are rejected;
 *   <li>the commune number is not zero ({@code 44000} is a postcode, never a commune code; DERIVED:
 *       no commune, commune déléguée, associée or arrondissement of COG 2026 has number 0).
 * </ul>
 *
 * <p>Codes of overseas collectivities ({@code 975xx} Saint-Pierre-et-Miquelon, {@code 977xx}
 * Saint-Barthélemy, {@code 978xx} Saint-Martin) are rejected, consistently with {@link
 * CodeDepartement}: they are not in the COG 2026 communes file.
 *
 * <p>This class is immutable and thread-safe.
 */
final class CodeCommuneAlgorithm {

  /** The number of characters of a code commune: {@value}. */
  static final int LENGTH = 5;

  /** The rule shared by the value type and its constraint. */
  static final Rule RULE = new Rule(CodeCommuneAlgorithm::normalize, CodeCommuneAlgorithm::check);

  private CodeCommuneAlgorithm() {}

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
   * @return the violation ({@code CODE_COMMUNE_FORMAT}, {@code CODE_COMMUNE_DEPARTEMENT} or {@code
   *     CODE_COMMUNE_NUMBER}), empty if the text is a code commune
   */
  static Optional<IdentifierViolation> check(String normalized) {
    if (normalized.length() != LENGTH || !hasCommuneShape(normalized)) {
      return Optional.of(IdentifierViolation.CODE_COMMUNE_FORMAT);
    }
    String departement = departementPart(normalized);
    if (CodeDepartementAlgorithm.check(departement).isPresent()) {
      return Optional.of(IdentifierViolation.CODE_COMMUNE_DEPARTEMENT);
    }
    if (Integer.parseInt(normalized.substring(departement.length())) == 0) {
      return Optional.of(IdentifierViolation.CODE_COMMUNE_NUMBER);
    }
    return Optional.empty();
  }

  /**
   * Returns the département part of a code commune with a valid shape: its first three characters
   * when it starts with {@code 97}, its first two otherwise.
   *
   * @param normalized a 5-character code commune, not null
   * @return the département part, not null
   */
  static String departementPart(String normalized) {
    return normalized.substring(0, normalized.startsWith("97") ? 3 : 2);
  }

  private static boolean hasCommuneShape(String s) {
    char first = s.charAt(0);
    char second = s.charAt(1);
    boolean corsica = first == '2' && (second == 'A' || second == 'B');
    return (corsica || (Text.isAsciiDigit(first) && Text.isAsciiDigit(second)))
        && Text.isAsciiDigits(s.substring(2));
  }
}
