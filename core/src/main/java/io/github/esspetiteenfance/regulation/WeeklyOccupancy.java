package io.github.esspetiteenfance.regulation;

import io.github.esspetiteenfance.CommonErrorCode;
import io.github.esspetiteenfance.Fraction;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The hours of care of one week, for the weekly occupancy rate of R2324-27: the sum of the hours
 * each child was cared for, over the authorised capacity times the weekly opening hours. This is
 * the library's one weekly-occupancy formula (CSP R2324-27 1°, computation set by the arrêté of 8
 * October 2021; CONFIRMED).
 *
 * <p><b>Rounding</b>: the rate is exact ({@link #rate(int)}, a {@link Fraction}); the comparison
 * with the maximum ({@link #isAbove(int, BigDecimal)}) is exact, so a rate of 100.004 % is above
 * 100 %; only the percentage shown ({@link #ratePercent(int)}) is rounded, half-up to 2 decimals.
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
   * Returns the exact weekly occupancy rate for a capacity: child hours / (capacity × opening
   * hours).
   *
   * @param capacity the authorised capacity, positive
   * @return the rate, exact, not null
   */
  public Fraction rate(int capacity) {
    Inputs.positive("capacity", capacity);
    return Fraction.of(childHours, openingHours.multiply(BigDecimal.valueOf(capacity)));
  }

  /**
   * Returns the weekly occupancy rate for a capacity, in percent, rounded half-up to 2 decimals
   * (for display; the check itself is exact).
   *
   * @param capacity the authorised capacity, positive
   * @return the percentage, not null
   */
  public BigDecimal ratePercent(int capacity) {
    return rate(capacity).toPercent(2, RoundingMode.HALF_UP);
  }

  /**
   * Checks if the rate for a capacity is above a maximum, exactly.
   *
   * @param capacity the authorised capacity, positive
   * @param maxPercent the maximum rate in percent, such as 100; not null
   * @return true if child hours × 100 &gt; maximum × opening hours × capacity
   */
  public boolean isAbove(int capacity, BigDecimal maxPercent) {
    return rate(capacity).compareTo(Fraction.ofPercent(maxPercent)) > 0;
  }
}
