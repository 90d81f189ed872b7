package io.github.esspetiteenfance.fee;

import io.github.esspetiteenfance.InvalidValueException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A regular care contract billed by the month (mensualisation): hours reserved per week, weeks of
 * care in the contract year, and months billed.
 *
 * <p>Example: 40 h a week, 47 weeks of care (5 weeks of absence deducted), 12 months billed: {@code
 * 40 × 47 / 12 = 156.67} hours a month.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param hoursPerWeek the hours reserved per week, greater than 0 and at most {@value
 *     #MAX_HOURS_PER_WEEK}; not null
 * @param weeksOfCare the weeks of care in the contract year, between 1 and {@value #MAX_WEEKS}
 * @param monthsBilled the months billed, between 1 and {@value #MAX_MONTHS}
 */
public record MonthlyContract(BigDecimal hoursPerWeek, int weeksOfCare, int monthsBilled) {

  /** The largest number of hours per week: the hours of a week. */
  public static final int MAX_HOURS_PER_WEEK = 168;

  /** The largest number of weeks of care in a contract year. */
  public static final int MAX_WEEKS = 52;

  /** The largest number of months billed in a contract year. */
  public static final int MAX_MONTHS = 12;

  /** The scale of {@link #monthlyHours()} when the division does not terminate. */
  public static final int HOURS_SCALE = 12;

  /**
   * Creates a contract.
   *
   * @throws InvalidValueException if a figure is out of range
   */
  public MonthlyContract {
    Objects.requireNonNull(hoursPerWeek, "hoursPerWeek");
    if (hoursPerWeek.signum() <= 0
        || hoursPerWeek.compareTo(BigDecimal.valueOf(MAX_HOURS_PER_WEEK)) > 0) {
      throw new InvalidValueException(
          FeeErrorCode.CONTRACT_OUT_OF_RANGE,
          "hoursPerWeek",
          hoursPerWeek,
          "0 (excluded)",
          MAX_HOURS_PER_WEEK);
    }
    if (weeksOfCare < 1 || weeksOfCare > MAX_WEEKS) {
      throw new InvalidValueException(
          FeeErrorCode.CONTRACT_OUT_OF_RANGE, "weeksOfCare", weeksOfCare, 1, MAX_WEEKS);
    }
    if (monthsBilled < 1 || monthsBilled > MAX_MONTHS) {
      throw new InvalidValueException(
          FeeErrorCode.CONTRACT_OUT_OF_RANGE, "monthsBilled", monthsBilled, 1, MAX_MONTHS);
    }
  }

  /**
   * Obtains a contract.
   *
   * @param hoursPerWeek the hours reserved per week, such as {@code new BigDecimal("37.5")}; not
   *     null
   * @param weeksOfCare the weeks of care in the contract year
   * @param monthsBilled the months billed
   * @return the contract, not null
   * @throws InvalidValueException if a figure is out of range
   */
  public static MonthlyContract of(BigDecimal hoursPerWeek, int weeksOfCare, int monthsBilled) {
    return new MonthlyContract(hoursPerWeek, weeksOfCare, monthsBilled);
  }

  /**
   * Returns the hours billed per month, {@code hoursPerWeek × weeksOfCare / monthsBilled}: exact
   * when the division terminates within {@value #HOURS_SCALE} decimals, rounded half-up to that
   * scale otherwise.
   *
   * @return the monthly hours, not null
   */
  public BigDecimal monthlyHours() {
    return perMonth(hoursPerWeek);
  }

  /** Returns {@code amount × weeksOfCare / monthsBilled} at scale {@value #HOURS_SCALE} or more. */
  BigDecimal perMonth(BigDecimal perWeek) {
    BigDecimal yearly = perWeek.multiply(BigDecimal.valueOf(weeksOfCare));
    return yearly.divide(
        BigDecimal.valueOf(monthsBilled),
        Math.max(HOURS_SCALE, yearly.scale()),
        RoundingMode.HALF_UP);
  }

  /** Returns {@code amount × weeksOfCare / monthsBilled} rounded to the cent in one step. */
  BigDecimal perMonthToCent(BigDecimal perWeek) {
    return perWeek
        .multiply(BigDecimal.valueOf(weeksOfCare))
        .divide(BigDecimal.valueOf(monthsBilled), FeeRounding.CENTS, FeeRounding.MODE);
  }
}
