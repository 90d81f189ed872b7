package io.github.esspetiteenfance.identifier;

import java.util.Objects;
import java.util.Optional;

/**
 * The validation rule of a SIREN: 9 digits passing the {@link Luhn} check.
 *
 * <p>Both {@link Siren#of(String)} (which throws) and the {@code @ValidSiren} Bean Validation
 * constraint (which returns false) use this class, so the two never disagree.
 *
 * <p>This class is immutable and thread-safe.
 */
final class SirenAlgorithm {

  /** The number of digits of a SIREN: {@value}. */
  static final int LENGTH = 9;

  /** The rule shared by the value type and its constraint. */
  static final Rule RULE = new Rule(SirenAlgorithm::normalize, SirenAlgorithm::check);

  private SirenAlgorithm() {}

  /**
   * Returns the text with every space removed (leading, trailing, inner, no-break spaces), the form
   * that {@link #check(String)} expects. {@code "552 081 317"} gives {@code "552081317"}.
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
   * @return the violation ({@code SIREN_LENGTH}, {@code SIREN_DIGITS} or {@code SIREN_CHECKSUM}),
   *     empty if the text is a valid SIREN
   */
  static Optional<IdentifierViolation> check(String normalized) {
    if (normalized.length() != LENGTH) {
      return Optional.of(IdentifierViolation.SIREN_LENGTH);
    }
    if (!Text.isAsciiDigits(normalized)) {
      return Optional.of(IdentifierViolation.SIREN_DIGITS);
    }
    if (!Luhn.isValid(normalized)) {
      return Optional.of(IdentifierViolation.SIREN_CHECKSUM);
    }
    return Optional.empty();
  }
}
