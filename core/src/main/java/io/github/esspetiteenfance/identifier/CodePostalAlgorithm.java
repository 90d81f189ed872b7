package io.github.esspetiteenfance.identifier;

import java.util.Objects;
import java.util.Optional;

/**
 * The validation rule of a code postal: 5 digits, such as {@code 44690} (Monnières).
 *
 * <p>The check is syntactic (UNCONFIRMED structure; the source of truth is La Poste's "Base
 * officielle des codes postaux"). CEDEX codes have the same shape and are accepted.
 *
 * <p>This class is immutable and thread-safe.
 */
final class CodePostalAlgorithm {

  /** The number of digits of a code postal: {@value}. */
  static final int LENGTH = 5;

  /** The rule shared by the value type and its constraint. */
  static final Rule RULE = new Rule(CodePostalAlgorithm::normalize, CodePostalAlgorithm::check);

  private CodePostalAlgorithm() {}

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
   * @return {@code CODE_POSTAL_FORMAT} if the text is not 5 digits, empty otherwise
   */
  static Optional<IdentifierViolation> check(String normalized) {
    return normalized.length() == LENGTH && Text.isAsciiDigits(normalized)
        ? Optional.empty()
        : Optional.of(IdentifierViolation.CODE_POSTAL_FORMAT);
  }
}
