package io.github.esspetiteenfance.indicator;

import io.github.esspetiteenfance.InvalidValueException;
import java.time.LocalDate;
import java.time.Year;
import java.util.Objects;

/**
 * The period an indicator describes: a calendar year ({@code 2022}) or a range of dates, both
 * inclusive (a date alone is a range of one day, such as the 31 December of a headcount).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param start the first day, not null
 * @param end the last day, not before {@code start}; not null
 */
public record ReferencePeriod(LocalDate start, LocalDate end) {

  /**
   * Creates a period.
   *
   * @throws InvalidValueException with code {@link IndicatorErrorCode#RANGE_REVERSED} if {@code
   *     end} is before {@code start}
   */
  public ReferencePeriod {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (end.isBefore(start)) {
      throw new InvalidValueException(IndicatorErrorCode.RANGE_REVERSED, "end", end, start);
    }
  }

  /**
   * Obtains a calendar year.
   *
   * @param year the year, such as 2022
   * @return the period from 1 January to 31 December, not null
   */
  public static ReferencePeriod ofYear(int year) {
    return new ReferencePeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
  }

  /**
   * Obtains a single day, such as the 31 December of a headcount.
   *
   * @param date the day, not null
   * @return the period of that day, not null
   */
  public static ReferencePeriod ofDate(LocalDate date) {
    return new ReferencePeriod(date, date);
  }

  /**
   * Checks if this period is a whole calendar year.
   *
   * @return true if it runs from 1 January to 31 December of one year
   */
  public boolean isYear() {
    return start.getDayOfYear() == 1
        && start.getYear() == end.getYear()
        && end.getDayOfYear() == Year.of(end.getYear()).length();
  }

  /** Returns the year alone, such as {@code 2022}, or {@code [start, end]}. */
  @Override
  public String toString() {
    if (isYear()) {
      return Integer.toString(start.getYear());
    }
    return start.equals(end) ? start.toString() : "[" + start + ", " + end + "]";
  }
}
