package io.github.esspetiteenfance;

/**
 * Error codes of the generic violations every package of the library may report: a blank text, a
 * negative or non-positive number, a duplicate in a list, a builder missing attributes. The
 * packages' own enums keep only their domain codes.
 *
 * <p>Messages are in {@code io/github/esspetiteenfance/messages*.properties}; arguments: {@code
 * {0}} the field, {@code {1}} the rejected value, then the code's own.
 */
public enum CommonErrorCode implements ErrorCode {
  /** A text is empty or only white space. */
  BLANK("value.blank"),
  /** A number is below zero. */
  NEGATIVE("value.negative"),
  /** A number is zero or below. */
  NOT_POSITIVE("value.not-positive"),
  /** A list holds the same element twice. */
  DUPLICATE("value.duplicate"),
  /** A builder was asked to build without some required attributes ({@code {2}}: the names). */
  MISSING_ATTRIBUTES("model.missing-attributes"),
  /**
   * A text holds a character that is not allowed: a lone surrogate, a control character, or a line
   * break in a one-line field ({@code {2}}: the character, escaped; {@code {3}}: its index).
   */
  TEXT_INVALID_CHARACTER("model.text.invalid-character"),
  /** The denominator of a {@link Fraction} is zero. */
  ZERO_DENOMINATOR("model.fraction.zero-denominator"),
  /** The text of a {@link Fraction} is not {@code n/d} or {@code n}. */
  FRACTION_FORMAT("model.fraction.format");

  private final String code;

  CommonErrorCode(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
