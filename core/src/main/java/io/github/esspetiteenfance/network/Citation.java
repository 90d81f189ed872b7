package io.github.esspetiteenfance.network;

import io.github.esspetiteenfance.CommonErrorCode;
import io.github.esspetiteenfance.InvalidValueException;
import io.github.esspetiteenfance.legal.Confidence;
import java.util.Objects;

/**
 * Where a fact about a network was read, and how sure the project is of it.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param text the source: a document, a page, a URL; not blank
 * @param confidence how sure the project is of the fact, not null
 */
public record Citation(String text, Confidence confidence) {

  /**
   * Creates a citation.
   *
   * @throws InvalidValueException with code {@link CommonErrorCode#BLANK} if the text is blank
   */
  public Citation {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(confidence, "confidence");
    io.github.esspetiteenfance.internal.TextChecks.characters(text, "text");
    if (text.isBlank()) {
      throw new InvalidValueException(CommonErrorCode.BLANK, "text", text);
    }
  }
}
