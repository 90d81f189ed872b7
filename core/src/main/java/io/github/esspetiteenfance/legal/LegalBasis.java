package io.github.esspetiteenfance.legal;

import io.github.esspetiteenfance.CommonErrorCode;
import io.github.esspetiteenfance.InvalidValueException;
import java.util.Locale;
import java.util.Objects;

/**
 * The legal source of a rule or a parameter: a text, an article, the period in which it applies,
 * and how sure the project is of it.
 *
 * <p>Examples: {@code Code de la santé publique, art. R2324-46, from 2021-09-01, CONFIRMED}; {@code
 * Circulaire CNAF n° 2019-005, barème, from 2019-09-01, SECONDARY}.
 *
 * <p>The text and the article are names, in their official French wording, in every language; what
 * the project says about the rule (what it sets, why its confidence is what it is) is a description
 * in French and in English ({@link #description(Locale)}). The bases bundled with the library are
 * listed, once each, in {@code legal-bases.csv} ({@link LegalBases}).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param text the official French title of the legal text or document, such as "Code de la santé
 *     publique"; not blank
 * @param article the article or section, in French, such as "R2324-46"; empty if the whole text
 *     applies
 * @param validity the dates in which this version of the rule applies, not null
 * @param confidence how sure the project is of the rule, not null
 * @param source where the project read it (a URL or a citation); not blank
 * @param descriptionFr what the basis sets and the project's notes, in French; empty if none
 * @param descriptionEn the same in English; empty if and only if {@code descriptionFr} is empty
 */
public record LegalBasis(
    String text,
    String article,
    ValidityPeriod validity,
    Confidence confidence,
    String source,
    String descriptionFr,
    String descriptionEn) {

  /**
   * Creates a legal basis.
   *
   * @throws InvalidValueException if {@code text} or {@code source} is blank, or if one description
   *     is empty and not the other
   */
  public LegalBasis {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(validity, "validity");
    Objects.requireNonNull(confidence, "confidence");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(descriptionFr, "descriptionFr");
    Objects.requireNonNull(descriptionEn, "descriptionEn");
    if (descriptionFr.isBlank() != descriptionEn.isBlank()) {
      throw new InvalidValueException(
          CommonErrorCode.BLANK, descriptionFr.isBlank() ? "descriptionFr" : "descriptionEn", "");
    }
    io.github.esspetiteenfance.internal.TextChecks.characters(text, "text");
    io.github.esspetiteenfance.internal.TextChecks.characters(article, "article");
    if (text.isBlank()) {
      throw new InvalidValueException(CommonErrorCode.BLANK, "text", text);
    }
    io.github.esspetiteenfance.internal.TextChecks.characters(source, "source");
    if (source.isBlank()) {
      throw new InvalidValueException(CommonErrorCode.BLANK, "source", source);
    }
  }

  /**
   * Creates a legal basis without a description (a basis supplied by a caller, say).
   *
   * @param text the official title of the text, not blank
   * @param article the article, empty if the whole text applies; not null
   * @param validity the validity period, not null
   * @param confidence the confidence, not null
   * @param source where it was read, not blank
   * @throws InvalidValueException if {@code text} or {@code source} is blank
   */
  public LegalBasis(
      String text, String article, ValidityPeriod validity, Confidence confidence, String source) {
    this(text, article, validity, confidence, source, "", "");
  }

  /**
   * Creates the basis of a value supplied by the caller rather than bundled with the library:
   * {@link Confidence#UNCONFIRMED}, titled « Paramètre fourni par l'appelant », described in French
   * and in English.
   *
   * @param parameter what the value is, such as {@code "plancher"}; not null
   * @param validity the period in which the caller says it applies, not null
   * @param source where the caller read it, not blank
   * @return the basis, not null
   * @throws InvalidValueException if {@code source} is blank
   */
  public static LegalBasis suppliedByCaller(
      String parameter, ValidityPeriod validity, String source) {
    return new LegalBasis(
        "Paramètre fourni par l'appelant",
        parameter,
        validity,
        Confidence.UNCONFIRMED,
        source,
        "Valeur fournie par l'appelant, non vérifiée par la bibliothèque.",
        "Value supplied by the caller, not checked by the library.");
  }

  /**
   * Returns the description of this basis in a language: French for a French locale, English
   * otherwise.
   *
   * @param locale the language, not null
   * @return the description, empty if the basis has none; not null
   */
  public String description(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    return "fr".equals(locale.getLanguage()) ? descriptionFr : descriptionEn;
  }

  /**
   * Returns a copy of this basis that applies in another period (a value that holds for part of the
   * period of its text, say).
   *
   * @param period the period, not null
   * @return the basis, not null
   */
  public LegalBasis withValidity(ValidityPeriod period) {
    return new LegalBasis(text, article, period, confidence, source, descriptionFr, descriptionEn);
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
