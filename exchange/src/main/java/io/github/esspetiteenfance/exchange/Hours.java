package io.github.esspetiteenfance.exchange;

import io.github.esspetiteenfance.structure.OpeningHours;
import io.github.esspetiteenfance.structure.OpeningSlot;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Opening hours in the OpenStreetMap {@code opening_hours} syntax that data·inclusion asks for, and
 * grouped by identical daily ranges for HSDS schedules and schema.org specifications.
 *
 * <p>Days with the same ranges are grouped into one rule, so rules never share a day: the OSM rule
 * separator {@code "; "}, where a later rule overrides an earlier one for the same days, cannot
 * drop a range. A slot that ends the next day is written as a wrapping range ({@code 22:00-06:00},
 * which OSM reads as ending the next morning); a slot of exactly 24 hours from a time other than
 * midnight is written with the OSM extended time ({@code 08:00-32:00}). Package-private.
 */
final class Hours {

  private static final String[] OSM_DAYS = {"Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"};

  private Hours() {}

  /** One group of days that share the same daily ranges. */
  record Rule(Set<DayOfWeek> days, List<Range> ranges) {}

  /** One daily range; {@code closes} is {@code 00:00} for midnight. */
  record Range(LocalTime opens, LocalTime closes) implements Comparable<Range> {
    @Override
    public int compareTo(Range o) {
      int c = opens.compareTo(o.opens);
      return c != 0 ? c : closes.compareTo(o.closes);
    }

    /** Returns the range in OSM syntax. */
    String osm() {
      String end;
      if (closes.equals(opens)) {
        end = opens.equals(LocalTime.MIDNIGHT) ? "24:00" : extended(closes);
      } else {
        end = closes.equals(LocalTime.MIDNIGHT) ? "24:00" : closes.toString();
      }
      return opens + "-" + end;
    }

    boolean isWholeDayFromNonMidnight() {
      return closes.equals(opens) && !opens.equals(LocalTime.MIDNIGHT);
    }

    private static String extended(LocalTime t) {
      return String.format("%02d:%02d", t.getHour() + 24, t.getMinute());
    }
  }

  static List<Rule> rules(OpeningHours hours) {
    Map<DayOfWeek, TreeSet<Range>> byDay = new EnumMap<>(DayOfWeek.class);
    for (OpeningSlot s : hours.slots()) {
      for (DayOfWeek d : s.days()) {
        byDay.computeIfAbsent(d, x -> new TreeSet<>()).add(new Range(s.opens(), s.closes()));
      }
    }
    Map<List<Range>, Set<DayOfWeek>> groups = new LinkedHashMap<>();
    byDay.forEach(
        (day, ranges) ->
            groups.computeIfAbsent(List.copyOf(ranges), r -> new TreeSet<>()).add(day));
    List<Rule> rules = new ArrayList<>();
    groups.forEach((ranges, days) -> rules.add(new Rule(Set.copyOf(days), ranges)));
    rules.sort((a, b) -> first(a.days).compareTo(first(b.days)));
    return rules;
  }

  private static DayOfWeek first(Set<DayOfWeek> days) {
    return new TreeSet<>(days).first();
  }

  static String osm(OpeningHours hours) {
    StringBuilder text = new StringBuilder();
    String separator = runsPastMidnight(hours) ? ", " : "; ";
    for (Rule rule : rules(hours)) {
      if (text.length() > 0) {
        text.append(separator);
      }
      text.append(osmDays(rule.days)).append(' ');
      List<String> ranges = rule.ranges.stream().map(Range::osm).toList();
      text.append(String.join(",", ranges));
    }
    return text.toString();
  }

  /** Returns true if a slot ends after midnight (the next day). */
  static boolean runsPastMidnight(OpeningHours hours) {
    return hours.slots().stream().anyMatch(OpeningSlot::isOvernight);
  }

  /**
   * Returns an OSM text with its additional-rule separators ({@code ", "} before a day) written as
   * normal ones ({@code "; "}), for the model's parser: the model's slots never overlap, so both
   * read the same.
   */
  static String normalRuleSeparators(String osm) {
    return osm.replaceAll(", (?=(Mo|Tu|We|Th|Fr|Sa|Su)\\b)", "; ");
  }

  static boolean hasWholeDayFromNonMidnight(OpeningHours hours) {
    return hours.slots().stream()
        .anyMatch(s -> new Range(s.opens(), s.closes()).isWholeDayFromNonMidnight());
  }

  private static String osmDays(Set<DayOfWeek> days) {
    List<String> parts = new ArrayList<>();
    int i = 0;
    while (i < 7) {
      if (!days.contains(DayOfWeek.of(i + 1))) {
        i++;
        continue;
      }
      int j = i;
      while (j + 1 < 7 && days.contains(DayOfWeek.of(j + 2))) {
        j++;
      }
      if (j == i) {
        parts.add(OSM_DAYS[i]);
      } else if (j == i + 1) {
        parts.add(OSM_DAYS[i]);
        parts.add(OSM_DAYS[j]);
      } else {
        parts.add(OSM_DAYS[i] + "-" + OSM_DAYS[j]);
      }
      i = j + 1;
    }
    return String.join(",", parts);
  }
}
