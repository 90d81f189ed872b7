package io.github.esspetiteenfance.legal;

import io.github.esspetiteenfance.InvalidValueException;
import java.util.Objects;

/**
 * The legal source of a rule or a parameter: a text, an article, the period in which it applies,
 * and how sure the project is of it.
 *
 * <p>Examples: {@code Code de la santé publique, art. R2324-46, from 2021-09-01, CONFIRMED}; {@code
 * Circulaire CNAF n° 2019-005, barème, from 2019-09-01, SECONDARY}.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param text the legal text or official document, such as "Code de la santé publique"; not blank
 * @param article the article or section, such as "R2324-46"; empty if the whole text applies
 * @param validity the dates in which this version of the rule applies, not null
 * @param confidence how sure the project is of the rule, not null
 * @param source where the project read it (a URL or a citation); not blank
 */
public record LegalBasis(
    String text, String article, ValidityPeriod validity, Confidence confidence, String source) {

  /**
   * Creates a legal basis.
   *
   * @throws InvalidValueException if {@code text} or {@code source} is blank
   */
  public LegalBasis {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(validity, "validity");
    Objects.requireNonNull(confidence, "confidence");
    Objects.requireNonNull(source, "source");
    io.github.esspetiteenfance.internal.TextChecks.characters(text, "text");
    io.github.esspetiteenfance.internal.TextChecks.characters(article, "article");
    if (text.isBlank()) {
      throw new InvalidValueException(LegalErrorCode.BLANK, "text", text);
    }
    io.github.esspetiteenfance.internal.TextChecks.characters(source, "source");
    if (source.isBlank()) {
      throw new InvalidValueException(LegalErrorCode.BLANK, "source", source);
    }
  }

  /**
   * Checks if the project confirmed this rule against a primary source.
   *
   * @return true if the confidence is {@link Confidence#CONFIRMED}
   */
  public boolean isConfirmed() {
    return confidence.isConfirmed();
  }

  /**
   * Returns a citation such as {@code Code de la santé publique, art. R2324-46 [2021-09-01, ..]}.
   */
  @Override
  public String toString() {
    return text
        + (article.isEmpty() ? "" : ", art. " + article)
        + " "
        + validity
        + " ("
        + confidence
        + ")";
  }
}
