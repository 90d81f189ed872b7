package io.github.esspetiteenfance.identifier;

import java.util.Objects;
import java.util.Optional;

/**
 * The validation rule of an RNA number: the letter {@code W} followed by 9 digits or upper-case
 * letters ({@code ^W[0-9A-Z]{9}$}).
 *
 * <p>The official form is {@code W} followed by 9 digits (associations.gouv.fr, CONFIRMED). Letters
 * after the W (as in {@code W2D1234567}, accepted by datagouv's csv-detective) are accepted too
 * because some numbers may carry a Corsican or overseas département code; that such numbers exist
 * is UNCONFIRMED. {@link RnaNumber#isAllDigits()} tells the two forms apart. There is no check
 * digit.
 *
 * <p>This class is immutable and thread-safe.
 */
final class RnaAlgorithm {

  /** The number of characters of an RNA number, W included: {@value}. */
  static final int LENGTH = 10;

  /** The rule shared by the value type and its constraint. */
  static final Rule RULE = new Rule(RnaAlgorithm::normalize, RnaAlgorithm::check);

  private RnaAlgorithm() {}

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
   * @return the violation ({@code RNA_LENGTH}, {@code RNA_PREFIX} or {@code RNA_CHARACTERS}), empty
   *     if the text is an RNA number
   */
  static Optional<IdentifierViolation> check(String normalized) {
    if (normalized.length() != LENGTH) {
      return Optional.of(IdentifierViolation.RNA_LENGTH);
    }
    if (normalized.charAt(0) != 'W') {
      return Optional.of(IdentifierViolation.RNA_PREFIX);
    }
    for (int i = 1; i < LENGTH; i++) {
      char c = normalized.charAt(i);
      if (!Text.isAsciiDigit(c) && !Text.isAsciiUpperCase(c)) {
        return Optional.of(IdentifierViolation.RNA_CHARACTERS);
      }
    }
    return Optional.empty();
  }
}
