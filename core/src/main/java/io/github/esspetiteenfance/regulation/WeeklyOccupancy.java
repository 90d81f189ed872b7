package io.github.esspetiteenfance.regulation;

import io.github.esspetiteenfance.CommonErrorCode;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The hours of care of one week, for the weekly occupancy rate of R2324-27: the sum of the hours
 * each child was cared for, over the authorised capacity times the weekly opening hours.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param childHours the sum of the hours of care of every child in the week, not negative
 * @param openingHours the opening hours of the week, positive
 */
public record WeeklyOccupancy(BigDecimal childHours, BigDecimal openingHours) {

  /** Creates a weekly occupancy. */
  public WeeklyOccupancy {
    Inputs.nonNegative("childHours", childHours);
    Inputs.nonNegative("openingHours", openingHours);
    if (openingHours.signum() == 0) {
      throw new io.github.esspetiteenfance.InvalidValueException(
          CommonErrorCode.NOT_POSITIVE, "openingHours", openingHours);
    }
  }

  /**
   * Returns the weekly occupancy rate for a capacity, in percent, rounded half-up to 2 decimals.
   *
   * @param capacity the authorised capacity, positive
   * @return the rate in percent, not null
   */
  public BigDecimal ratePercent(int capacity) {
    Inputs.positive("capacity", capacity);
    return childHours
        .multiply(BigDecimal.valueOf(100))
        .divide(openingHours.multiply(BigDecimal.valueOf(capacity)), 2, RoundingMode.HALF_UP);
  }

  /**
   * Checks if the occupancy is above a rate, exactly (without rounding).
   *
   * @param capacity the authorised capacity, positive
   * @param maxPercent the rate in percent, not null
   * @return true if {@code childHours × 100 > maxPercent × capacity × openingHours}
   */
  public boolean isAbove(int capacity, BigDecimal maxPercent) {
    return childHours
            .multiply(BigDecimal.valueOf(100))
            .compareTo(maxPercent.multiply(openingHours).multiply(BigDecimal.valueOf(capacity)))
        > 0;
  }
}
