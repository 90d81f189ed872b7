package io.github.esspetiteenfance.structure;

import io.github.esspetiteenfance.InvalidValueException;
import jakarta.validation.constraints.NotEmpty;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A simple weekly opening schedule: a list of {@link OpeningSlot}s, with derived flags for atypical
 * hours (early morning, late evening, night, weekend).
 *
 * <p>This is the simple layer recommended by the open-data peers (schema.org {@code
 * OpeningHoursSpecification}, the OSM {@code opening_hours} key): days plus intervals, without
 * public holidays, closures or exceptions. Slots never overlap, so the weekly opening time is well
 * defined.
 *
 * <p>Canonical text, a subset of the OSM syntax: rules separated by {@code "; "}, each made of days
 * ({@code Mo Tu We Th Fr Sa Su}, ranges such as {@code Mo-Fr}, lists such as {@code Mo,We}) and a
 * time range; {@code 24:00} closes at midnight. Examples: {@code "Mo-Fr 07:30-18:30"}, {@code
 * "Mo-Fr 05:30-22:00; Sa 08:00-12:00"}, {@code "Mo-Su 00:00-24:00"}, {@code "Mo-Fr 22:00-06:00"}
 * (overnight). {@link #parse(CharSequence)} also accepts several time ranges in one rule ({@code
 * "Mo-Fr 08:00-12:00,14:00-18:00"}), which gives one slot per range.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param slots the opening slots, in the order given; not empty, not overlapping
 */
public record OpeningHours(@NotEmpty List<OpeningSlot> slots) {

  private static final int WEEK_MINUTES = 7 * OpeningSlot.DAY_MINUTES;
  private static final String[] DAY_CODES = {"Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"};
  private static final String DAY = "(Mo|Tu|We|Th|Fr|Sa|Su)";
  private static final String DAY_SPEC = DAY + "(?:-" + DAY + ")?";
  private static final String TIME = "([01]\\d|2[0-4]):([0-5]\\d)";
  private static final String RANGE = TIME + "-" + TIME;
  private static final Pattern RULE =
      Pattern.compile(
          "(" + DAY_SPEC + "(?:," + DAY_SPEC + ")*) (" + RANGE + "(?:," + RANGE + ")*)");
  private static final Pattern DAY_SPEC_PATTERN = Pattern.compile(DAY_SPEC);
  private static final Pattern RANGE_PATTERN = Pattern.compile(RANGE);

  /**
   * Creates a weekly schedule.
   *
   * @throws InvalidValueException with code {@link StructureErrorCode#OPENING_HOURS_EMPTY} if there
   *     is no slot, or {@link StructureErrorCode#OPENING_HOURS_OVERLAP} if two slots cover the same
   *     minute of the week
   */
  public OpeningHours {
    slots = Checks.list(slots, "slots");
    if (slots.isEmpty()) {
      throw new InvalidValueException(StructureErrorCode.OPENING_HOURS_EMPTY, "slots", slots);
    }
    checkNoOverlap(slots);
  }

  /**
   * Obtains a schedule from its slots.
   *
   * @param slots the slots, at least one, not overlapping
   * @return the schedule, not null
   */
  public static OpeningHours of(OpeningSlot... slots) {
    return new OpeningHours(List.of(slots));
  }

  /**
   * Obtains a schedule from its canonical text, such as {@code "Mo-Fr 07:30-18:30"}.
   *
   * @param text the text, not null
   * @return the schedule, not null
   * @throws InvalidValueException with code {@link StructureErrorCode#OPENING_HOURS_SYNTAX} if the
   *     text does not follow the syntax, or an invariant code
   */
  public static OpeningHours parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    List<OpeningSlot> slots = new ArrayList<>();
    String[] rules = text.toString().split("; ", -1);
    for (String rule : rules) {
      Matcher m = RULE.matcher(rule);
      if (!m.matches()) {
        throw new InvalidValueException(
            StructureErrorCode.OPENING_HOURS_SYNTAX, "openingHours", text.toString(), rule);
      }
      int space = rule.indexOf(' ');
      Set<DayOfWeek> days = parseDays(rule.substring(0, space));
      Matcher r = RANGE_PATTERN.matcher(rule.substring(space + 1));
      while (r.find()) {
        slots.add(
            new OpeningSlot(days, time(r, 1, false, text, rule), time(r, 3, true, text, rule)));
      }
    }
    return new OpeningHours(slots);
  }

  private static Set<DayOfWeek> parseDays(String spec) {
    Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    Matcher d = DAY_SPEC_PATTERN.matcher(spec);
    while (d.find()) {
      DayOfWeek from = day(d.group(1));
      DayOfWeek to = d.group(2) == null ? from : day(d.group(2));
      days.addAll(OpeningSlot.of(from, to, LocalTime.NOON, LocalTime.NOON).days());
    }
    return days;
  }

  private static DayOfWeek day(String code) {
    for (int i = 0; i < DAY_CODES.length; i++) {
      if (DAY_CODES[i].equals(code)) {
        return DayOfWeek.of(i + 1);
      }
    }
    throw new IllegalArgumentException(code);
  }

  private static LocalTime time(
      Matcher r, int group, boolean closing, CharSequence text, String rule) {
    int hour = Integer.parseInt(r.group(group));
    int minute = Integer.parseInt(r.group(group + 1));
    if (hour == 24) {
      if (!closing || minute != 0) {
        throw new InvalidValueException(
            StructureErrorCode.OPENING_HOURS_SYNTAX, "openingHours", text.toString(), rule);
      }
      return LocalTime.MIDNIGHT;
    }
    return LocalTime.of(hour, minute);
  }

  /**
   * Checks if a text is a valid schedule in the canonical syntax, without throwing.
   *
   * @param text the text, may be null
   * @return true if {@link #parse(CharSequence)} would succeed
   */
  public static boolean isValid(CharSequence text) {
    if (text == null) {
      return false;
    }
    try {
      parse(text);
      return true;
    } catch (InvalidValueException e) {
      return false;
    }
  }

  /**
   * Returns the days on which the structure opens (a slot starts on them).
   *
   * @return the days, Monday first, not null
   */
  public Set<DayOfWeek> openDays() {
    Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    slots.forEach(s -> days.addAll(s.days()));
    return Checks.enumSet(days, "days");
  }

  /**
   * Returns the total opening time in a week.
   *
   * @return the duration, not null
   */
  public Duration weeklyDuration() {
    long minutes = 0;
    for (OpeningSlot s : slots) {
      minutes += (long) s.minutes() * s.days().size();
    }
    return Duration.ofMinutes(minutes);
  }

  /**
   * Checks if the structure is open at a time of the week.
   *
   * @param day the day, not null
   * @param time the time, not null
   * @return true if a slot covers that minute (an overnight slot covers the next morning)
   */
  public boolean isOpenAt(DayOfWeek day, LocalTime time) {
    int minute = (day.ordinal() * OpeningSlot.DAY_MINUTES + OpeningSlot.minuteOfDay(time));
    return intervals(slots).stream().anyMatch(i -> i.start <= minute && minute < i.end);
  }

  /**
   * Returns the atypical hours this schedule covers.
   *
   * @return the atypical hours, in declaration order, not null
   */
  public Set<AtypicalHours> atypicalHours() {
    List<Interval> open = intervals(slots);
    Set<AtypicalHours> found = EnumSet.noneOf(AtypicalHours.class);
    for (AtypicalHours a : AtypicalHours.values()) {
      if (intersects(open, windows(a))) {
        found.add(a);
      }
    }
    return Checks.enumSet(found, "atypicalHours");
  }

  /**
   * Checks if this schedule covers any atypical hours.
   *
   * @return true if {@link #atypicalHours()} is not empty
   */
  public boolean hasAtypicalHours() {
    return !atypicalHours().isEmpty();
  }

  /**
   * Checks if the structure opens early: between 05:00 and 07:00 on some day.
   *
   * @return true if open in the {@link AtypicalHours#EARLY_MORNING} window
   */
  public boolean opensEarly() {
    return atypicalHours().contains(AtypicalHours.EARLY_MORNING);
  }

  /**
   * Checks if the structure closes late: open between 19:00 and 22:00 on some day.
   *
   * @return true if open in the {@link AtypicalHours#LATE_EVENING} window
   */
  public boolean closesLate() {
    return atypicalHours().contains(AtypicalHours.LATE_EVENING);
  }

  /**
   * Checks if the structure is open at night: between 22:00 and 05:00 on some day.
   *
   * @return true if open in the {@link AtypicalHours#NIGHT} window
   */
  public boolean opensAtNight() {
    return atypicalHours().contains(AtypicalHours.NIGHT);
  }

  /**
   * Checks if the structure is open on Saturday or Sunday.
   *
   * @return true if open at any time of the weekend
   */
  public boolean opensOnWeekend() {
    Set<AtypicalHours> a = atypicalHours();
    return a.contains(AtypicalHours.SATURDAY) || a.contains(AtypicalHours.SUNDAY);
  }

  /** Returns the canonical text, such as {@code "Mo-Fr 07:30-18:30; Sa 08:00-12:00"}. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    for (OpeningSlot s : slots) {
      if (text.length() > 0) {
        text.append("; ");
      }
      text.append(format(s));
    }
    return text.toString();
  }

  static String format(OpeningSlot slot) {
    StringBuilder text = new StringBuilder();
    int i = 0;
    while (i < 7) {
      if (!slot.days().contains(DayOfWeek.of(i + 1))) {
        i++;
        continue;
      }
      int j = i;
      while (j + 1 < 7 && slot.days().contains(DayOfWeek.of(j + 2))) {
        j++;
      }
      if (text.length() > 0) {
        text.append(',');
      }
      text.append(DAY_CODES[i]);
      if (j > i) {
        text.append('-').append(DAY_CODES[j]);
      }
      i = j + 1;
    }
    text.append(' ').append(slot.opens()).append('-');
    text.append(slot.closes().equals(LocalTime.MIDNIGHT) ? "24:00" : slot.closes().toString());
    return text.toString();
  }

  // ---------------------------------------------------------------------------------------------
  // minutes of the week, Monday 00:00 = 0; intervals are split at the end of the week

  private record Interval(int start, int end, int slot) {}

  private static List<Interval> intervals(List<OpeningSlot> slots) {
    List<Interval> all = new ArrayList<>();
    for (int k = 0; k < slots.size(); k++) {
      OpeningSlot s = slots.get(k);
      for (DayOfWeek d : s.days()) {
        int start = d.ordinal() * OpeningSlot.DAY_MINUTES + OpeningSlot.minuteOfDay(s.opens());
        add(all, start, start + s.minutes(), k);
      }
    }
    return all;
  }

  private static void add(List<Interval> all, int start, int end, int slot) {
    if (end <= WEEK_MINUTES) {
      all.add(new Interval(start, end, slot));
    } else {
      all.add(new Interval(start, WEEK_MINUTES, slot));
      all.add(new Interval(0, end - WEEK_MINUTES, slot));
    }
  }

  private static List<Interval> windows(AtypicalHours a) {
    List<Interval> all = new ArrayList<>();
    if (a == AtypicalHours.SATURDAY || a == AtypicalHours.SUNDAY) {
      int day = a == AtypicalHours.SATURDAY ? 5 : 6;
      all.add(new Interval(day * OpeningSlot.DAY_MINUTES, (day + 1) * OpeningSlot.DAY_MINUTES, -1));
      return all;
    }
    for (int day = 0; day < 7; day++) {
      int base = day * OpeningSlot.DAY_MINUTES;
      add(all, base + a.fromMinute(), base + a.toMinute(), -1);
    }
    return all;
  }

  private static boolean intersects(List<Interval> a, List<Interval> b) {
    for (Interval x : a) {
      for (Interval y : b) {
        if (x.start < y.end && y.start < x.end) {
          return true;
        }
      }
    }
    return false;
  }

  private static void checkNoOverlap(List<OpeningSlot> slots) {
    List<Interval> all = intervals(slots);
    all.sort(Comparator.comparingInt(Interval::start));
    Interval previous = null;
    for (Interval i : all) {
      if (previous != null && i.start < previous.end) {
        int first = Math.min(i.slot, previous.slot);
        int second = Math.max(i.slot, previous.slot);
        throw new InvalidValueException(
            StructureErrorCode.OPENING_HOURS_OVERLAP,
            "slots[" + second + "]",
            slots.get(second),
            slots.get(first));
      }
      if (previous == null || i.end > previous.end) {
        previous = i;
      }
    }
  }
}
