package io.github.esspetiteenfance.psu;

import io.github.esspetiteenfance.CommonErrorCode;
import io.github.esspetiteenfance.InvalidValueException;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The attendance of one week, for the accueil en surnombre rule (CSP R2324-27, CONFIRMED): the
 * weekly occupancy rate {@code Σ child-hours of the week / (capacity × weekly opening hours)} must
 * not exceed 100 %, even when the number of children present exceeds the capacity on some days.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param childHours the sum over the children of their hours of presence in the week, not negative;
 *     not null
 * @param capacity the authorised capacity (places), at least 1
 * @param weeklyOpeningHours the hours the establishment is open in the week, greater than zero; not
 *     null
 */
public record WeeklyOccupancy(BigDecimal childHours, int capacity, BigDecimal weeklyOpeningHours) {

  /**
   * Creates a week of attendance.
   *
   * @throws InvalidValueException if the hours are negative, or the capacity or opening hours not
   *     positive
   */
  public WeeklyOccupancy {
    Objects.requireNonNull(childHours, "childHours");
    Objects.requireNonNull(weeklyOpeningHours, "weeklyOpeningHours");
    if (childHours.signum() < 0) {
      throw new InvalidValueException(CommonErrorCode.NEGATIVE, "childHours", childHours);
    }
    if (capacity < 1) {
      throw new InvalidValueException(CommonErrorCode.NOT_POSITIVE, "capacity", capacity);
    }
    if (weeklyOpeningHours.signum() <= 0) {
      throw new InvalidValueException(
          CommonErrorCode.NOT_POSITIVE, "weeklyOpeningHours", weeklyOpeningHours);
    }
  }

  /**
   * Returns the weekly occupancy rate, exact.
   *
   * @return the indicator, not null
   */
  public PsuIndicator rate() {
    return new PsuIndicator(
        IndicatorKind.WEEKLY_OCCUPANCY,
        Ratio.of(childHours, weeklyOpeningHours.multiply(BigDecimal.valueOf(capacity))));
  }

  /**
   * Checks if the weekly occupancy rate is at most 100 %, compared exactly.
   *
   * @return true if the week respects the R2324-27 limit
   */
  public boolean isWithinLimit() {
    return rate().value().compareTo(Ratio.ONE) <= 0;
  }
}
