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
  /**
   * An establishment cannot be exported to data·inclusion: its name is too short or too long for
   * {@code nom} ({@code {2}} the shortest, {@code {3}} the longest length accepted).
   */
  NOM_LENGTH("exchange.export.nom-length"),
  /**
   * An establishment cannot be exported: another establishment of the dataset has the same natural
   * key, and their identifiers would collide ({@code {2}}: the key).
   */
  DUPLICATE_KEY("exchange.export.duplicate-key"),
  /** An output file could not be written ({@code {2}}: the cause). */
  WRITE_FAILED("exchange.write.failed"),
  /**
   * A data·inclusion document is not valid JSON ({@code {2}}: the JSON parser's own message, in
   * English).
   */
  MALFORMED_DOCUMENT("exchange.import.malformed"),
  /** A data·inclusion record is not a JSON object. */
  NOT_AN_OBJECT("exchange.import.not-an-object"),
  /** A data·inclusion collection is not a JSON array. */
  NOT_AN_ARRAY("exchange.import.not-an-array"),
  /** A data·inclusion structure has the id of an earlier one. */
  DUPLICATE_ID("exchange.import.duplicate-id"),
  /** A data·inclusion service points to a structure id no structure of the document has. */
  UNKNOWN_STRUCTURE("exchange.import.unknown-structure"),
  /** A required field of a data·inclusion record is missing or blank. */
  MISSING_FIELD("exchange.import.missing-field"),
  /**
   * A field holds a value the library rejects ({@code {2}}: the library's code, or the pattern the
   * value must match).
   */
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
