package io.github.esspetiteenfance.structure;

import io.github.esspetiteenfance.InvalidValueException;
import jakarta.validation.constraints.NotEmpty;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * One opening interval repeated on some days of the week, such as "Monday to Friday, 07:30 to
 * 18:30" (the shape of schema.org's {@code OpeningHoursSpecification}).
 *
 * <p>When {@code closes} is before {@code opens} the slot runs overnight into the next day
 * ("22:00-06:00", for night care); when they are equal the slot lasts 24 hours from {@code opens}
 * ("00:00-00:00" is a whole day). Times have minute precision.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param days the days on which the slot opens, not empty; iterated Monday first
 * @param opens the opening time, whole minutes, not null
 * @param closes the closing time, whole minutes, not null; before {@code opens} for an overnight
 *     slot
 */
public record OpeningSlot(@NotEmpty Set<DayOfWeek> days, LocalTime opens, LocalTime closes) {

  /** Minutes in a day. */
  static final int DAY_MINUTES = 24 * 60;

  /**
   * Creates an opening slot.
   *
   * @throws InvalidValueException with code {@link StructureErrorCode#OPENING_SLOT_NO_DAY} if there
   *     is no day, or {@link StructureErrorCode#OPENING_SLOT_NOT_WHOLE_MINUTE} if a time has
   *     seconds
   */
  public OpeningSlot {
    days = Checks.enumSet(days, "days");
    Objects.requireNonNull(opens, "opens");
    Objects.requireNonNull(closes, "closes");
    if (days.isEmpty()) {
      throw new InvalidValueException(StructureErrorCode.OPENING_SLOT_NO_DAY, "days", days);
    }
    wholeMinute(opens, "opens");
    wholeMinute(closes, "closes");
  }

  private static void wholeMinute(LocalTime time, String field) {
    if (time.getSecond() != 0 || time.getNano() != 0) {
      throw new InvalidValueException(
          StructureErrorCode.OPENING_SLOT_NOT_WHOLE_MINUTE, field, time);
    }
  }

  /**
   * Obtains a slot.
   *
   * @param days the days, not empty
   * @param opens the opening time, not null
   * @param closes the closing time, not null
   * @return the slot, not null
   */
  public static OpeningSlot of(Set<DayOfWeek> days, LocalTime opens, LocalTime closes) {
    return new OpeningSlot(days, opens, closes);
  }

  /**
   * Obtains a slot on the days from one day to another, inclusive, such as Monday to Friday.
   *
   * @param from the first day, not null
   * @param to the last day, not null; may be before {@code from} to wrap round the week
   * @param opens the opening time, not null
   * @param closes the closing time, not null
   * @return the slot, not null
   */
  public static OpeningSlot of(DayOfWeek from, DayOfWeek to, LocalTime opens, LocalTime closes) {
    Set<DayOfWeek> days = EnumSet.of(from);
    for (DayOfWeek d = from; d != to; d = d.plus(1)) {
      days.add(d.plus(1));
    }
    return new OpeningSlot(days, opens, closes);
  }

  /**
   * Returns the length of one occurrence of this slot.
   *
   * @return between one minute and 24 hours, not null
   */
  public Duration duration() {
    return Duration.ofMinutes(minutes());
  }

  /**
   * Checks if this slot runs past midnight into the next day.
   *
   * @return true if it closes on the next day
   */
  public boolean isOvernight() {
    return minuteOfDay(opens) + minutes() > DAY_MINUTES;
  }

  int minutes() {
    int length = Math.floorMod(minuteOfDay(closes) - minuteOfDay(opens), DAY_MINUTES);
    return length == 0 ? DAY_MINUTES : length;
  }

  static int minuteOfDay(LocalTime time) {
    return time.getHour() * 60 + time.getMinute();
  }

  /**
   * Returns the slot in the canonical syntax of {@link OpeningHours}, such as "Mo-Fr 07:30-18:30".
   */
  @Override
  public String toString() {
    return OpeningHours.format(this);
  }
}
