package io.github.esspetiteenfance.identifier;

import java.util.Objects;
import java.util.Optional;

/**
 * The validation rule of a NIC: 5 digits.
 *
 * <p>A NIC has no check of its own: its last digit is a key computed over the whole SIRET, so it
 * can only be checked as part of a SIRET ({@code SiretAlgorithm}). Source: project reference,
 * section 4, SECONDARY.
 *
 * <p>This class is immutable and thread-safe.
 */
final class NicAlgorithm {

  /** The number of digits of a NIC: {@value}. */
  static final int LENGTH = 5;

  /** The rule shared by the value type and its constraint. */
  static final Rule RULE = new Rule(NicAlgorithm::normalize, NicAlgorithm::check);

  private NicAlgorithm() {}

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
   * @return the violation ({@code NIC_LENGTH} or {@code NIC_DIGITS}), empty if the text is a NIC
   */
  static Optional<IdentifierViolation> check(String normalized) {
    if (normalized.length() != LENGTH) {
      return Optional.of(IdentifierViolation.NIC_LENGTH);
    }
    if (!Text.isAsciiDigits(normalized)) {
      return Optional.of(IdentifierViolation.NIC_DIGITS);
    }
    return Optional.empty();
  }
}
