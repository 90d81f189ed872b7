package io.github.esspetiteenfance.regulation;

import io.github.esspetiteenfance.CommonErrorCode;
import io.github.esspetiteenfance.InvalidValueException;
import java.math.BigDecimal;

/** Checks on the inputs of the package's records. */
final class Inputs {

  private Inputs() {}

  static int nonNegative(String field, int value) {
    if (value < 0) {
      throw new InvalidValueException(CommonErrorCode.NEGATIVE, field, value);
    }
    return value;
  }

  static BigDecimal nonNegative(String field, BigDecimal value) {
    if (value == null) {
      throw new NullPointerException(field);
    }
    if (value.signum() < 0) {
      throw new InvalidValueException(CommonErrorCode.NEGATIVE, field, value);
    }
    return value;
  }

  static int positive(String field, int value) {
    if (value <= 0) {
      throw new InvalidValueException(CommonErrorCode.NOT_POSITIVE, field, value);
    }
    return value;
  }

  static void partOf(String field, long part, long whole) {
    if (part > whole) {
      throw new InvalidValueException(RegulationErrorCode.PART_ABOVE_WHOLE, field, part, whole);
    }
  }
}
