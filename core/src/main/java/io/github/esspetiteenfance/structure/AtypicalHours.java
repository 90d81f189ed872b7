package io.github.esspetiteenfance.structure;

import java.time.LocalTime;

/**
 * The atypical hours (horaires atypiques) a weekly schedule covers: early morning, late evening,
 * night, Saturday and Sunday.
 *
 * <p>There is no legal definition of atypical hours for childcare (none identified by the project).
 * The windows below are a convention of the library (confidence DERIVED): they follow the usual
 * opening of a crèche, about 07:00 to 19:00 on weekdays, and the usual night window of labour law
 * (22:00 to 05:00). A schedule covers a window if it is open for at least one minute inside it.
 */
public enum AtypicalHours implements Labelled {
  /** Open between 05:00 and 07:00. */
  EARLY_MORNING("tôt le matin (avant 7 h)", "early morning (before 07:00)", 5 * 60, 7 * 60),
  /** Open between 19:00 and 22:00. */
  LATE_EVENING("tard le soir (après 19 h)", "late evening (after 19:00)", 19 * 60, 22 * 60),
  /** Open between 22:00 and 05:00 the next day. */
  NIGHT("la nuit (22 h - 5 h)", "night (22:00 to 05:00)", 22 * 60, 29 * 60),
  /** Open on Saturday (any time). */
  SATURDAY("le samedi", "on Saturday", -1, -1),
  /** Open on Sunday (any time). */
  SUNDAY("le dimanche", "on Sunday", -1, -1);

  private final String label;
  private final String englishLabel;
  private final int from;
  private final int to;

  AtypicalHours(String label, String englishLabel, int from, int to) {
    this.label = label;
    this.englishLabel = englishLabel;
    this.from = from;
    this.to = to;
  }

  @Override
  public String label() {
    return label;
  }

  @Override
  public String englishLabel() {
    return englishLabel;
  }

  /**
   * Checks if this is a daily time window (early morning, late evening, night) rather than a day.
   *
   * @return true for the three time windows
   */
  public boolean isTimeWindow() {
    return from >= 0;
  }

  /**
   * Returns the start of the daily window.
   *
   * @return the start, inclusive, or midnight for a day
   */
  public LocalTime windowStart() {
    return isTimeWindow() ? LocalTime.of(from / 60 % 24, from % 60) : LocalTime.MIDNIGHT;
  }

  /**
   * Returns the end of the daily window.
   *
   * @return the end, exclusive (on the next day for the night), or midnight for a day
   */
  public LocalTime windowEnd() {
    return isTimeWindow() ? LocalTime.of(to / 60 % 24, to % 60) : LocalTime.MIDNIGHT;
  }

  /** Start of the window in minutes from midnight of its day. */
  int fromMinute() {
    return from;
  }

  /** End of the window in minutes from midnight of its day; past 1440 for the night. */
  int toMinute() {
    return to;
  }
}
