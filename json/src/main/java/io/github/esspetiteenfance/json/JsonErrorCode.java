package io.github.esspetiteenfance.json;

import io.github.esspetiteenfance.ErrorCode;

/**
 * Error codes of the {@code json} module: what can be wrong with a JSON document, independently of
 * the domain rules.
 *
 * <p>A domain rule broken inside a document (an invalid SIREN, a reversed period...) is reported
 * with the core code of that rule, not with one of these codes. Message arguments: {@code {0}} the
 * JSON Pointer of the problem, {@code {1}} the rejected value (JSON text, shortened), {@code
 * {2}}... the extras listed on each constant.
 */
public enum JsonErrorCode implements ErrorCode {
  /** The document has problems; see {@link JsonDocumentException#problems()}. {2}: their count. */
  INVALID_DOCUMENT("json.document.invalid"),
  /** The document is empty or blank. */
  EMPTY_DOCUMENT("json.document.empty"),
  /** The document is not well-formed JSON. {2}: line, {3}: column. */
  MALFORMED("json.syntax.malformed"),
  /** The document ends in the middle of a value. {2}: line, {3}: column. */
  TRUNCATED("json.syntax.truncated"),
  /** An object has the same key twice. {2}: the key. */
  DUPLICATE_KEY("json.syntax.duplicate-key"),
  /** Something follows the document's single value. {2}: line, {3}: column. */
  TRAILING_CONTENT("json.syntax.trailing-content"),
  /** The document is larger than the limit. {2}: the limit in bytes or characters. */
  DOCUMENT_TOO_LARGE("json.limit.document-size"),
  /** Objects and arrays are nested deeper than the limit. {2}: the limit. */
  NESTING_TOO_DEEP("json.limit.nesting-depth"),
  /** A string is longer than the limit. {2}: the limit in characters. */
  STRING_TOO_LONG("json.limit.string-length"),
  /** A number has more characters than the limit. {2}: the limit. */
  NUMBER_TOO_LONG("json.limit.number-length"),
  /** A property name is longer than the limit. {2}: the limit. */
  NAME_TOO_LONG("json.limit.name-length"),
  /** The document has more tokens than the limit. {2}: the limit. */
  TOO_MANY_TOKENS("json.limit.token-count"),
  /** A limit given to the reader is not positive. {2}: the name of the limit. */
  INVALID_LIMIT("json.limit.invalid"),
  /** A property is not part of the expected shape. {2}: the property name. */
  UNKNOWN_PROPERTY("json.property.unknown"),
  /** A required property is absent. {2}: the property name. */
  MISSING_PROPERTY("json.property.missing"),
  /** A property or an array element is {@code null}; the format has no nulls. */
  NULL_VALUE("json.value.null"),
  /** A value has the wrong JSON type. {2}: the expected type. */
  WRONG_TYPE("json.value.wrong-type"),
  /** A number is outside the range of its type. {2}: the range. */
  OUT_OF_RANGE("json.value.out-of-range"),
  /** A text value does not have the expected format (a date...). {2}: the expected format. */
  INVALID_FORMAT("json.value.invalid-format"),
  /** An identifier or a code is valid but not written in its canonical form. {2}: that form. */
  NOT_CANONICAL("json.value.not-canonical"),
  /** A code is not one of the allowed values. {2}: the allowed values. */
  UNKNOWN_CODE("json.value.unknown-code"),
  /** A value was refused by the model for a reason that has no code of its own. {2}: detail. */
  REJECTED_VALUE("json.value.rejected"),
  /** An array that stands for a set holds the same element twice. */
  DUPLICATE_ELEMENT("json.array.duplicate-element"),
  /** A polymorphic object has no {@code "type"} property. {2}: the allowed type names. */
  MISSING_TYPE("json.type.missing"),
  /** A polymorphic object has an unknown {@code "type"}. {2}: the allowed type names. */
  UNKNOWN_TYPE("json.type.unknown"),
  /** More problems were found than are reported. {2}: the number reported. */
  TOO_MANY_PROBLEMS("json.problems.too-many"),
  /** The document could not be read. {2}: the I/O error. */
  IO_ERROR("json.io.error"),
  /** A Bean Validation constraint failed on the decoded value. {2}: the constraint's message. */
  CONSTRAINT_VIOLATION("json.constraint.violation"),
  /** The document passed the checks but could not be bound; a library bug. {2}: detail. */
  BINDING_FAILED("json.binding.failed");

  private final String code;

  JsonErrorCode(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
