package io.github.esspetiteenfance.exchange;

import java.util.List;
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
   * @param code the error code, e.g. {@code exchange.import.missing-field}, not null
   * @param detail what was wrong, not null
   */
  public record Rejected(String path, String code, String detail) {
    /** Creates an entry. */
    public Rejected {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(detail, "detail");
    }
  }
}
