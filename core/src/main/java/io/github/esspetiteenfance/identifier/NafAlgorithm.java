package io.github.esspetiteenfance.identifier;

import java.util.Objects;
import java.util.Optional;

/**
 * The validation rule of a NAF sub-class code: two digits (the division), a dot, two digits and an
 * upper-case letter ({@code 88.91A}); the dot may be omitted on input ({@code 8891A}).
 *
 * <p>The check is syntactic: the code is not looked up in the nomenclature.
 *
 * <p><b>Which nomenclature.</b> The final letter tells NAF rév. 2 from NAF 2025 (DERIVED rule,
 * documented in {@link #nomenclature(String)}): {@code A} to {@code F} and {@code Z} belong to NAF
 * rév. 2, {@code G} to {@code Y} to NAF 2025.
 *
 * <p>This class is immutable and thread-safe.
 */
final class NafAlgorithm {

  /** The rule shared by the value type and its constraint. */
  static final Rule RULE = new Rule(NafAlgorithm::normalize, NafAlgorithm::check);

  private NafAlgorithm() {}

  /**
   * Returns the text with every space removed and, for the five-character form {@code 8891A}, the
   * dot put back ({@code 88.91A}): the form that {@link #check(String)} expects.
   *
   * @param text the text to normalize, not null
   * @return the normalized text, not null
   */
  static String normalize(String text) {
    String compact = Text.removeSpaces(Objects.requireNonNull(text, "text"));
    if (compact.length() == 5
        && Text.isAsciiDigits(compact.substring(0, 4))
        && Text.isAsciiUpperCase(compact.charAt(4))) {
      return compact.substring(0, 2) + '.' + compact.substring(2);
    }
    return compact;
  }

  /**
   * Checks a normalized text and returns the rule it breaks.
   *
   * @param normalized the text returned by {@link #normalize(String)}, not null
   * @return {@code NAF_FORMAT} if the text is not of the form {@code 99.99X}, empty otherwise
   */
  static Optional<IdentifierViolation> check(String normalized) {
    boolean valid =
        normalized.length() == 6
            && Text.isAsciiDigit(normalized.charAt(0))
            && Text.isAsciiDigit(normalized.charAt(1))
            && normalized.charAt(2) == '.'
            && Text.isAsciiDigit(normalized.charAt(3))
            && Text.isAsciiDigit(normalized.charAt(4))
            && Text.isAsciiUpperCase(normalized.charAt(5));
    return valid ? Optional.empty() : Optional.of(IdentifierViolation.NAF_FORMAT);
  }

  /**
   * Returns the nomenclature a valid NAF code belongs to, from its final letter.
   *
   * <p>The rule: {@code Z} and {@code A} to {@code F} mean {@link NafNomenclature#NAF_REV2}; {@code
   * G} to {@code Y} mean {@link NafNomenclature#NAF_2025}. It is DERIVED from these facts:
   *
   * <ul>
   *   <li>NAF 2025 sub-classes end in {@code Y} when the class is not split and in {@code G},
   *       {@code H}, {@code J}... when it is, and no longer use {@code A}, {@code B} or {@code Z}
   *       (CONFIRMED, INSEE labels via the explorateur-naf data);
   *   <li>in the explorateur-naf NAF rév. 2 → NAF 2025 correspondence file (SECONDARY, and not
   *       every code is listed), rév. 2 codes end in {@code Z} or {@code A} to {@code F} (the
   *       highest being {@code 47.11F} "Hypermarchés"), and NAF 2025 codes in {@code Y} or {@code
   *       G}, {@code H}, {@code J}, {@code K}, {@code L} (as in {@code 47.11L}).
   * </ul>
   *
   * <p>No code is ambiguous under this rule, so every syntactically valid code gets one
   * nomenclature. Letters not seen in either nomenclature ({@code M} to {@code X}) are read as NAF
   * 2025, whose split classes use the letters after {@code F}.
   *
   * @param normalized a text for which {@link #check(String)} returned empty, not null
   * @return the nomenclature, not null
   */
  static NafNomenclature nomenclature(String normalized) {
    char letter = normalized.charAt(normalized.length() - 1);
    return letter == 'Z' || letter <= 'F' ? NafNomenclature.NAF_REV2 : NafNomenclature.NAF_2025;
  }
}
