package io.github.esspetiteenfance.exchange;

import io.github.esspetiteenfance.EssPetiteEnfanceException;
import io.github.esspetiteenfance.Messages;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The account of one export: what was exported (with the gaps of each establishment), what could
 * not be and why, and the files written.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param format the format, not null
 * @param exported the establishments exported, in the dataset's order, not null
 * @param notExported the establishments that could not be exported, with the reason, not null
 * @param files the files written, empty for an export in memory, not null
 */
public record ExportReport(
    ExchangeFormat format,
    List<ExportedRecord> exported,
    List<NotExported> notExported,
    List<Path> files) {

  /** Creates a report; copies the lists. */
  public ExportReport {
    Objects.requireNonNull(format, "format");
    exported = List.copyOf(exported);
    notExported = List.copyOf(notExported);
    files = List.copyOf(files);
  }

  /**
   * An establishment that could not be exported.
   *
   * <p>This record is immutable and thread-safe.
   *
   * @param establishment its name, not null
   * @param key its natural key, not null
   * @param reason why, with its stable code, not null
   */
  public record NotExported(String establishment, String key, EssPetiteEnfanceException reason) {
    /** Creates an entry. */
    public NotExported {
      Objects.requireNonNull(establishment, "establishment");
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(reason, "reason");
    }

    /**
     * Returns the stable code of the reason, e.g. {@code exchange.export.duplicate-key}.
     *
     * @return the code, not null
     */
    public String code() {
      return reason.code();
    }

    /**
     * Returns why the establishment was not exported, in a language.
     *
     * @param locale the language; French for {@code fr}, English otherwise; not null
     * @return the message, not null
     */
    public String message(Locale locale) {
      return reason.message(locale);
    }
  }

  /**
   * Returns the number of gaps of every exported establishment.
   *
   * @return the count, zero or more
   */
  public int gapCount() {
    return exported.stream().mapToInt(r -> r.gaps().size()).sum();
  }

  /**
   * Returns a one-line summary in a language.
   *
   * @param locale the language, not null
   * @return the summary, not null
   */
  public String message(Locale locale) {
    return Messages.format(
        ExchangeErrorCode.class.getPackageName() + ".messages",
        "exchange.report.summary",
        locale,
        format.code(),
        exported.size(),
        notExported.size(),
        gapCount());
  }
}
