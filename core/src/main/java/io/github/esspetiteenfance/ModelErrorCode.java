package io.github.esspetiteenfance;

/**
 * Error codes shared by every package of the model. Messages are in {@code
 * io/github/esspetiteenfance/messages*.properties}; arguments: {@code {0}} the field, {@code {1}}
 * the rejected value, then the code's own.
 */
public enum ModelErrorCode implements ErrorCode {
  /** A builder was asked to build without some required attributes ({@code {2}}: the names). */
  MISSING_ATTRIBUTES("model.missing-attributes"),
  /** The denominator of a {@link Fraction} is zero. */
  ZERO_DENOMINATOR("model.fraction.zero-denominator"),
  /** The text of a {@link Fraction} is not {@code n/d} or {@code n}. */
  FRACTION_FORMAT("model.fraction.format");

  private final String code;

  ModelErrorCode(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
