package io.github.esspetiteenfance.exchange;

import io.github.esspetiteenfance.Messages;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * The facts an export needs that the model does not hold, and the language of its account.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param source the producer's identifier written in data·inclusion's {@code source} and prefixed
 *     to its identifiers, a slug, not null
 * @param asOf the date written where a format requires a modification date (data·inclusion {@code
 *     date_maj}); the model holds none, so the export date is the usual choice, not null
 * @param language the language of the account written beside the files ({@code
 *     export-report.json}): {@link Locale#FRENCH} or {@link Locale#ENGLISH}, any other locale being
 *     read as {@link Messages#supportedLanguage(Locale)} says; the documents themselves are in
 *     French, the language of the formats' French publications; not null
 */
public record ExportOptions(String source, LocalDate asOf, Locale language) {

  /** The default producer identifier: {@code ess-petite-enfance}. */
  public static final String DEFAULT_SOURCE = "ess-petite-enfance";

  /** The form of a source: a lower-case slug, quoted as the rule in the error message. */
  private static final String SLUG = "[a-z0-9]+(-[a-z0-9]+)*";

  /**
   * Creates options.
   *
   * @throws ExchangeException with code {@code exchange.import.invalid-field} if the source is not
   *     a lower-case slug
   */
  public ExportOptions {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(asOf, "asOf");
    language = Messages.supportedLanguage(language);
    if (!source.matches(SLUG)) {
      throw new ExchangeException(ExchangeErrorCode.INVALID_FIELD, "source", source, SLUG);
    }
  }

  /**
   * Obtains the default options for a date: the default source and an account in French.
   *
   * @param asOf the date, not null
   * @return the options, not null
   */
  public static ExportOptions asOf(LocalDate asOf) {
    return new ExportOptions(DEFAULT_SOURCE, asOf, Locale.FRENCH);
  }

  /**
   * Returns these options with the account in another language.
   *
   * @param language the language, not null
   * @return the options, not null
   */
  public ExportOptions withLanguage(Locale language) {
    return new ExportOptions(source, asOf, language);
  }
}
