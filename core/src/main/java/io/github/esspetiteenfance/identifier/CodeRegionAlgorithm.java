package io.github.esspetiteenfance.identifier;

import java.util.Objects;
import java.util.Optional;

/**
 * The validation rule of a code région (INSEE, Code officiel géographique since 2016): 2 digits,
 * such as {@code 52} (Pays de la Loire) or {@code 06} (Mayotte).
 *
 * <p>The check is syntactic: whether the région exists in a COG vintage is the concern of the
 * {@code territory} package.
 *
 * <p>This class is immutable and thread-safe.
 */
final class CodeRegionAlgorithm {

  /** The number of digits of a code région: {@value}. */
  static final int LENGTH = 2;

  /** The rule shared by the value type and its constraint. */
  static final Rule RULE = new Rule(CodeRegionAlgorithm::normalize, CodeRegionAlgorithm::check);

  private CodeRegionAlgorithm() {}

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
   * Checks a normalized text and returns the rule it breaks.
   *
   * @param normalized the text returned by {@link #normalize(String)}, not null
   * @return {@code CODE_REGION_FORMAT} if the text is not 2 digits, empty otherwise
   */
  static Optional<IdentifierViolation> check(String normalized) {
    return normalized.length() == LENGTH && Text.isAsciiDigits(normalized)
        ? Optional.empty()
        : Optional.of(IdentifierViolation.CODE_REGION_FORMAT);
  }
}
