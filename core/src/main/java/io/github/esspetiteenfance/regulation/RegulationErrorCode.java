package io.github.esspetiteenfance.regulation;

import io.github.esspetiteenfance.ErrorCode;

/**
 * Error codes of the {@code regulation} package: invalid inputs (an observation that cannot be
 * true) and malformed parameter data. Regulatory findings have their own codes, {@link
 * FindingCode}.
 */
public enum RegulationErrorCode implements ErrorCode {
  /**
   * A part is larger than its whole (more qualified professionals than professionals, more children
   * aged 3 and over than children who walk...). Arguments: {@code {0}} field, {@code {1}} value,
   * {@code {2}} the whole.
   */
  PART_ABOVE_WHOLE("regulation.input.part-above-whole"),
  /** A required value is missing for the calculation asked. */
  MISSING("regulation.input.missing"),
  /**
   * A row of the parameter data is malformed. Arguments: {@code {0}} the row, {@code {1}} the
   * value, {@code {2}} the reason.
   */
  PARAMETERS_MALFORMED("regulation.parameters.malformed");

  private final String code;

  RegulationErrorCode(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
