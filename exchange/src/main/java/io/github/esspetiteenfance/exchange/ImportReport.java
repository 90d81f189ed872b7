package io.github.esspetiteenfance.exchange;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The account of one data·inclusion import: the structures read (each with its unmapped fields) and
 * the records rejected.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param structures the structures read, in the document's order, not null
 * @param rejected the records that could not be read, with the reason, not null
 */
public record ImportReport(List<ImportedStructure> structures, List<Rejected> rejected) {

  /** Creates a report; copies the lists. */
  public ImportReport {
    structures = List.copyOf(structures);
    rejected = List.copyOf(rejected);
  }

  /**
   * A record that could not be read.
   *
   * <p>This record is immutable and thread-safe.
   *
   * @param path its JSON path, e.g. {@code structures[3]}, not null
   * @param reason what was wrong, with its code, the path and the rejected value, not null
   */
  public record Rejected(String path, ExchangeException reason) {
    /** Creates an entry. */
    public Rejected {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(reason, "reason");
    }

    /**
     * Returns the stable code of the reason, e.g. {@code exchange.import.missing-field}.
     *
     * @return the code, not null
     */
    public String code() {
      return reason.code();
    }

    /**
     * Returns what was wrong, in a language.
     *
     * @param locale the language; French for {@code fr}, English otherwise; not null
     * @return the message, not null
     */
    public String message(Locale locale) {
      return reason.message(locale);
    }
  }
}
