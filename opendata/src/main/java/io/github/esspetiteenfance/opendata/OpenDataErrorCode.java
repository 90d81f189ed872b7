package io.github.esspetiteenfance.opendata;

import io.github.esspetiteenfance.ErrorCode;

/**
 * Error codes of the {@code opendata} module: the failures that stop a run ({@link
 * OpenDataException}) and the reasons a row is rejected ({@link RowRejection}).
 *
 * <p>Message arguments: {@code {0}} the column (or file), {@code {1}} the rejected value (bounded
 * and escaped), {@code {2}}... extra arguments.
 */
public enum OpenDataErrorCode implements ErrorCode {
  // ------------------------------------------------------------------ failures that stop the run
  /** A file cannot be read (missing, not a CSV, corrupt compression). */
  FILE_UNREADABLE("opendata.file.unreadable"),
  /** A required column is missing from a header: {@code {0}} the file, {@code {1}} the column. */
  COLUMN_MISSING("opendata.column.missing"),
  /** A file has no header line. */
  HEADER_MISSING("opendata.header.missing"),
  /** A request is invalid (no activity, no thread). */
  REQUEST_INVALID("opendata.request.invalid"),
  /** An accounting does not add up ({@code read != accepted + filtered + rejected}). */
  ACCOUNTING_INCONSISTENT("opendata.accounting.inconsistent"),
  /** A rejection is invalid (a line below 1, a value not echoed). */
  REJECTION_INVALID("opendata.rejection.invalid"),
  // --------------------------------------------------------------------- reasons to reject a row
  /** A row has fewer fields than the header (a truncated line). */
  ROW_TOO_SHORT("opendata.row.too-short"),
  /** A row has more fields than the header. */
  ROW_TOO_LONG("opendata.row.too-long"),
  /** A quoted field is not closed before the end of the file. */
  ROW_UNCLOSED_QUOTE("opendata.row.unclosed-quote"),
  /** A SIREN is not 9 digits. */
  SIREN_INVALID("opendata.siren.invalid"),
  /** A SIRET is not 14 digits. */
  SIRET_INVALID("opendata.siret.invalid"),
  /** A value is not one of the codes of its column. */
  VALUE_INVALID("opendata.value.invalid"),
  /** A key that must be unique (a SIREN of the legal-unit file) appears again. */
  KEY_DUPLICATE("opendata.key.duplicate"),
  /**
   * A selected establishment's legal unit is not in the legal-unit file, or its row was rejected.
   */
  LEGAL_UNIT_UNUSABLE("opendata.legal-unit.unusable");

  private final String code;

  OpenDataErrorCode(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
