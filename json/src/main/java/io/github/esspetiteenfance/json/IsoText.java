package io.github.esspetiteenfance.json;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.YearMonth;
import java.util.regex.Pattern;

/**
 * The strict readers of the ISO-8601 text forms of the format, shared by the shape check and the
 * Jackson deserializers so that both accept exactly the same texts. Each returns null for a text it
 * refuses, and never throws.
 */
final class IsoText {

  private static final Pattern PERIOD = Pattern.compile(Shapes.PERIOD_REGEX);

  private IsoText() {}

  /** Reads {@code YYYY-MM-DD}. */
  static LocalDate localDate(String s) {
    if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
      return null;
    }
    int y = digits(s, 0, 4);
    int m = digits(s, 5, 7);
    int d = digits(s, 8, 10);
    if (y < 0 || m < 0 || d < 0) {
      return null;
    }
    try {
      return LocalDate.of(y, m, d);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** Reads {@code YYYY-MM}. */
  static YearMonth yearMonth(String s) {
    if (s.length() != 7 || s.charAt(4) != '-') {
      return null;
    }
    int y = digits(s, 0, 4);
    int m = digits(s, 5, 7);
    if (y < 0 || m < 1 || m > 12) {
      return null;
    }
    return YearMonth.of(y, m);
  }

  /** Reads {@code HH:MM}, {@code HH:MM:SS} or {@code HH:MM:SS.f} (1 to 9 fraction digits). */
  static LocalTime localTime(String s) {
    int n = s.length();
    if (n != 5 && n != 8 && (n < 10 || n > 18) || s.charAt(2) != ':') {
      return null;
    }
    int h = digits(s, 0, 2);
    int m = digits(s, 3, 5);
    int sec = 0;
    int nanos = 0;
    if (n >= 8) {
      if (s.charAt(5) != ':') {
        return null;
      }
      sec = digits(s, 6, 8);
      if (n > 8) {
        if (s.charAt(8) != '.') {
          return null;
        }
        int fraction = digits(s, 9, n);
        if (fraction < 0) {
          return null;
        }
        nanos = fraction;
        for (int i = n - 9; i < 9; i++) {
          nanos *= 10;
        }
      }
    }
    if (h < 0 || h > 23 || m < 0 || m > 59 || sec < 0 || sec > 59) {
      return null;
    }
    return LocalTime.of(h, m, sec, nanos);
  }

  /** Reads {@code PnYnMnWnD}. */
  static Period period(String s) {
    if (s.length() > 64 || !PERIOD.matcher(s).matches()) {
      return null;
    }
    try {
      return Period.parse(s);
    } catch (DateTimeException | ArithmeticException e) {
      return null;
    }
  }

  /** Returns the value of the ASCII digits from {@code start} to {@code end}, or -1. */
  private static int digits(String s, int start, int end) {
    int value = 0;
    for (int i = start; i < end; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
