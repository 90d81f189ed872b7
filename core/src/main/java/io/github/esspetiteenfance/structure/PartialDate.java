package io.github.esspetiteenfance.structure;

import io.github.esspetiteenfance.InvalidValueException;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date known to a year, a season, a month or a day: the dates sources give ("créée en 2017", "au
 * printemps 2024", "en décembre 2023"), without inventing the missing parts.
 *
 * <p>Canonical text: the Extended Date/Time Format (EDTF, ISO 8601-2) level 0 and 1 forms {@code
 * 2017}, {@code 2024-21} (spring; see {@link Season}), {@code 2023-12}, {@code 2017-09-04}.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param year the year, {@value #MIN_YEAR} to {@value #MAX_YEAR}
 * @param season the season, if known and the month is not; not with a month
 * @param month the month, if known
 * @param day the day of the month, if known; only with a month
 */
public record PartialDate(
    @Min(MIN_YEAR) @Max(MAX_YEAR) int year,
    Optional<Season> season,
    Optional<Month> month,
    Optional<@Min(1) @Max(31) Integer> day) {

  /** The first supported year. */
  public static final int MIN_YEAR = 1000;

  /** The last supported year (four digits in EDTF). */
  public static final int MAX_YEAR = 9999;

  private static final Pattern TEXT = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

  /**
   * Creates a partial date.
   *
   * @throws InvalidValueException with code {@link StructureErrorCode#DATE_YEAR_OUT_OF_RANGE},
   *     {@link StructureErrorCode#DATE_SEASON_AND_MONTH}, {@link
   *     StructureErrorCode#DATE_DAY_WITHOUT_MONTH} or {@link StructureErrorCode#DATE_INVALID_DAY}
   */
  public PartialDate {
    Objects.requireNonNull(season, "season");
    Objects.requireNonNull(month, "month");
    Objects.requireNonNull(day, "day");
    if (year < MIN_YEAR || year > MAX_YEAR) {
      throw new InvalidValueException(
          StructureErrorCode.DATE_YEAR_OUT_OF_RANGE,
          "year",
          year,
          String.valueOf(MIN_YEAR),
          String.valueOf(MAX_YEAR));
    }
    if (season.isPresent() && month.isPresent()) {
      throw new InvalidValueException(
          StructureErrorCode.DATE_SEASON_AND_MONTH, "season", season.get(), month.get());
    }
    if (day.isPresent() && month.isEmpty()) {
      throw new InvalidValueException(StructureErrorCode.DATE_DAY_WITHOUT_MONTH, "day", day.get());
    }
    if (day.isPresent()) {
      YearMonth ym = YearMonth.of(year, month.get());
      if (!ym.isValidDay(day.get())) {
        throw new InvalidValueException(StructureErrorCode.DATE_INVALID_DAY, "day", day.get(), ym);
      }
    }
  }

  /**
   * Obtains a date known to the year.
   *
   * @param year the year
   * @return the date, not null
   */
  public static PartialDate ofYear(int year) {
    return new PartialDate(year, Optional.empty(), Optional.empty(), Optional.empty());
  }

  /**
   * Obtains a date known to the year.
   *
   * @param year the year, not null
   * @return the date, not null
   */
  public static PartialDate of(Year year) {
    return ofYear(year.getValue());
  }

  /**
   * Obtains a date known to the season.
   *
   * @param year the year in which the season begins
   * @param season the season, not null
   * @return the date, not null
   */
  public static PartialDate ofSeason(int year, Season season) {
    return new PartialDate(year, Optional.of(season), Optional.empty(), Optional.empty());
  }

  /**
   * Obtains a date known to the month.
   *
   * @param yearMonth the year and month, not null
   * @return the date, not null
   */
  public static PartialDate of(YearMonth yearMonth) {
    return new PartialDate(
        yearMonth.getYear(), Optional.empty(), Optional.of(yearMonth.getMonth()), Optional.empty());
  }

  /**
   * Obtains a date known to the day.
   *
   * @param date the date, not null
   * @return the date, not null
   */
  public static PartialDate of(LocalDate date) {
    return new PartialDate(
        date.getYear(),
        Optional.empty(),
        Optional.of(date.getMonth()),
        Optional.of(date.getDayOfMonth()));
  }

  /**
   * Obtains a partial date from its EDTF text, such as {@code 2017}, {@code 2024-21} or {@code
   * 2023-12}.
   *
   * @param text the text, not null
   * @return the date, not null
   * @throws InvalidValueException with code {@link StructureErrorCode#DATE_SYNTAX} if the text is
   *     not one of the four forms, or an invariant code
   */
  public static PartialDate parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    Matcher m = TEXT.matcher(text);
    if (!m.matches()) {
      throw new InvalidValueException(StructureErrorCode.DATE_SYNTAX, "date", text.toString());
    }
    int year = Integer.parseInt(m.group(1));
    if (m.group(2) == null) {
      return ofYear(year);
    }
    int part = Integer.parseInt(m.group(2));
    if (m.group(3) == null && part >= 21 && part <= 24) {
      return ofSeason(year, Season.ofEdtfCode(part));
    }
    if (part < 1 || part > 12) {
      throw new InvalidValueException(StructureErrorCode.DATE_SYNTAX, "date", text.toString());
    }
    Optional<Integer> day =
        m.group(3) == null ? Optional.empty() : Optional.of(Integer.parseInt(m.group(3)));
    return new PartialDate(year, Optional.empty(), Optional.of(Month.of(part)), day);
  }

  /**
   * Returns how precisely the date is known.
   *
   * @return the precision, not null
   */
  public DatePrecision precision() {
    if (day.isPresent()) {
      return DatePrecision.DAY;
    }
    if (month.isPresent()) {
      return DatePrecision.MONTH;
    }
    return season.isPresent() ? DatePrecision.SEASON : DatePrecision.YEAR;
  }

  /**
   * Returns the first day the date may designate.
   *
   * @return the first day, not null
   */
  public LocalDate earliest() {
    return switch (precision()) {
      case YEAR -> LocalDate.of(year, 1, 1);
      case SEASON -> LocalDate.of(year, season.get().firstMonth(), 1);
      case MONTH -> LocalDate.of(year, month.get(), 1);
      case DAY -> LocalDate.of(year, month.get(), day.get());
    };
  }

  /**
   * Returns the last day the date may designate.
   *
   * @return the last day, not null
   */
  public LocalDate latest() {
    return switch (precision()) {
      case YEAR -> LocalDate.of(year, 12, 31);
      case SEASON -> {
        Season s = season.get();
        int lastYear = s == Season.WINTER ? year + 1 : year;
        yield YearMonth.of(lastYear, s.lastMonth()).atEndOfMonth();
      }
      case MONTH -> YearMonth.of(year, month.get()).atEndOfMonth();
      case DAY -> earliest();
    };
  }

  /**
   * Returns the date as a {@link LocalDate} if the day is known.
   *
   * @return the date, empty unless the precision is {@link DatePrecision#DAY}
   */
  public Optional<LocalDate> toLocalDate() {
    return precision() == DatePrecision.DAY ? Optional.of(earliest()) : Optional.empty();
  }

  /**
   * Checks if this date is certainly before another: its last possible day is before the other's
   * first possible day.
   *
   * @param other the other date, not null
   * @return true if certainly before
   */
  public boolean isCertainlyBefore(PartialDate other) {
    return latest().isBefore(other.earliest());
  }

  /** Returns the EDTF text, such as {@code 2017}, {@code 2024-21} or {@code 2023-12}. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(String.format(java.util.Locale.ROOT, "%04d", year));
    season.ifPresent(s -> text.append('-').append(s.edtfCode()));
    month.ifPresent(m -> text.append(String.format(java.util.Locale.ROOT, "-%02d", m.getValue())));
    day.ifPresent(d -> text.append(String.format(java.util.Locale.ROOT, "-%02d", d)));
    return text.toString();
  }
}
