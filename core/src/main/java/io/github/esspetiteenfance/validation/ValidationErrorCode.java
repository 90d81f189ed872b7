package io.github.esspetiteenfance.validation;

import io.github.esspetiteenfance.ErrorCode;

/** Error codes of the {@code validation} package. */
public enum ValidationErrorCode implements ErrorCode {
  /**
   * An object of the model has validation problems of severity {@link Severity#ERROR}. Arguments:
   * {@code {0}} the type of the object, {@code {1}} the object, {@code {2}} the number of problems,
   * {@code {3}} the problems, one per line.
   */
  INVALID("validation.invalid");

  private final String code;

  ValidationErrorCode(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
