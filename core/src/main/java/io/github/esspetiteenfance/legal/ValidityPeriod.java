package io.github.esspetiteenfance.legal;

import io.github.esspetiteenfance.InvalidValueException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The dates between which a rule or a parameter applies, both inclusive.
 *
 * <p>A {@code null} start means "since before any date the library knows of" and a {@code null} end
 * means "until further notice". Use {@link #from(LocalDate)}, {@link #until(LocalDate)}, {@link
 * #between(LocalDate, LocalDate)} or {@link #always()} rather than the constructor.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param start the first day, inclusive, null if open
 * @param end the last day, inclusive, null if open
 */
public record ValidityPeriod(LocalDate start, LocalDate end) {

  /**
   * Creates a period.
   *
   * @throws InvalidValueException if {@code end} is before {@code start}
   */
  public ValidityPeriod {
    if (start != null && end != null && end.isBefore(start)) {
      throw new InvalidValueException(LegalErrorCode.PERIOD_REVERSED, "end", end, start);
    }
  }

  /**
   * Obtains the period that has no start and no end.
   *
   * @return the period, not null
   */
  public static ValidityPeriod always() {
    return new ValidityPeriod(null, null);
  }

  /**
   * Obtains a period that starts on a date and has no end.
   *
   * @param start the first day, not null
   * @return the period, not null
   */
  public static ValidityPeriod from(LocalDate start) {
    return new ValidityPeriod(java.util.Objects.requireNonNull(start, "start"), null);
  }

  /**
   * Obtains a period that ends on a date, inclusive, with no known start.
   *
   * @param end the last day, not null
   * @return the period, not null
   */
  public static ValidityPeriod until(LocalDate end) {
    return new ValidityPeriod(null, java.util.Objects.requireNonNull(end, "end"));
  }

  /**
   * Obtains a period between two dates, both inclusive.
   *
   * @param start the first day, not null
   * @param end the last day, not null
   * @return the period, not null
   * @throws InvalidValueException if {@code end} is before {@code start}
   */
  public static ValidityPeriod between(LocalDate start, LocalDate end) {
    return new ValidityPeriod(
        java.util.Objects.requireNonNull(start, "start"),
        java.util.Objects.requireNonNull(end, "end"));
  }

  /**
   * Returns the first day.
   *
   * @return the first day, empty if open
   */
  public Optional<LocalDate> startDate() {
    return Optional.ofNullable(start);
  }

  /**
   * Returns the last day.
   *
   * @return the last day, empty if open
   */
  public Optional<LocalDate> endDate() {
    return Optional.ofNullable(end);
  }

  /**
   * Checks if a date is in this period.
   *
   * @param date the date, not null
   * @return true if the date is between the start and the end, inclusive
   */
  public boolean contains(LocalDate date) {
    java.util.Objects.requireNonNull(date, "date");
    return (start == null || !date.isBefore(start)) && (end == null || !date.isAfter(end));
  }

  /**
   * Checks if this period shares at least one day with another.
   *
   * @param other the other period, not null
   * @return true if the periods overlap
   */
  public boolean overlaps(ValidityPeriod other) {
    boolean startsBeforeOtherEnds = start == null || other.end == null || !start.isAfter(other.end);
    boolean endsAfterOtherStarts = end == null || other.start == null || !end.isBefore(other.start);
    return startsBeforeOtherEnds && endsAfterOtherStarts;
  }

  /** Returns the period as {@code [start, end]}, with {@code ..} for an open end. */
  @Override
  public String toString() {
    return "[" + (start == null ? ".." : start) + ", " + (end == null ? ".." : end) + "]";
  }
}
