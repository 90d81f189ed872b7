package io.github.esspetiteenfance.exchange;

import io.github.esspetiteenfance.ErrorCode;

/**
 * The error codes of the {@code exchange} module. Messages in {@code messages.properties} (English)
 * and {@code messages_fr.properties} (French), arguments {@code {0}} field, {@code {1}} rejected
 * value, then the extras documented per code.
 */
public enum ExchangeErrorCode implements ErrorCode {
  /** The format code is unknown ({@code {2}}: the known codes). */
  UNKNOWN_FORMAT("exchange.format.unknown"),
  /** An establishment cannot be exported in a format ({@code {2}}: why). */
  NOT_EXPORTABLE("exchange.export.not-exportable"),
  /** An output file could not be written ({@code {2}}: the cause). */
  WRITE_FAILED("exchange.write.failed"),
  /**
   * A data·inclusion document is not valid JSON or not of the expected shape ({@code {2}}: why).
   */
  MALFORMED_DOCUMENT("exchange.import.malformed"),
  /** A required field of a data·inclusion record is missing or blank. */
  MISSING_FIELD("exchange.import.missing-field"),
  /** A data·inclusion field holds a value the library rejects ({@code {2}}: the library's code). */
  INVALID_FIELD("exchange.import.invalid-field");

  private final String code;

  ExchangeErrorCode(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
