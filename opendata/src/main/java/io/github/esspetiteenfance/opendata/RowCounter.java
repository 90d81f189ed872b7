package io.github.esspetiteenfance.opendata;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The mutable counter of a {@link RowAccounting}: one per thread or chunk of a file, merged at the
 * end. Every row read must be given to exactly one of {@link #accept()}, {@link
 * #filter(FilterReason)} or {@link #reject(RowRejection)}.
 *
 * <p>Its memory is bounded: counts by reason and code, and at most {@link #MAX_KEPT_REJECTIONS}
 * rejections. Not thread-safe: give each thread its own and {@link #merge(RowCounter)} them.
 */
public final class RowCounter {

  /** The largest number of rejections kept for a report: {@value}. */
  public static final int MAX_KEPT_REJECTIONS = 1000;

  private final String source;
  private long accepted;
  private final Map<FilterReason, long[]> filtered = new LinkedHashMap<>();
  private final Map<String, long[]> rejectedByCode = new TreeMap<>();
  private final List<RowRejection> rejections = new ArrayList<>();
  private long rejectionsNotKept;

  /**
   * Creates a counter of no row.
   *
   * @param source the name of the file, not null
   */
  public RowCounter(String source) {
    this.source = Objects.requireNonNull(source, "source");
  }

  /** Counts one accepted row. */
  public void accept() {
    accepted++;
  }

  /**
   * Counts accepted rows.
   *
   * @param rows how many, at least 0
   */
  public void accept(long rows) {
    accepted += rows;
  }

  /**
   * Counts one row filtered out.
   *
   * @param reason why, not null
   */
  public void filter(FilterReason reason) {
    filter(reason, 1);
  }

  /**
   * Counts rows filtered out for one reason.
   *
   * @param reason why, not null
   * @param rows how many, at least 0
   */
  public void filter(FilterReason reason, long rows) {
    Objects.requireNonNull(reason, "reason");
    filtered.computeIfAbsent(reason, k -> new long[1])[0] += rows;
  }

  /**
   * Counts one rejected row.
   *
   * @param rejection where and why, not null
   */
  public void reject(RowRejection rejection) {
    Objects.requireNonNull(rejection, "rejection");
    rejectedByCode.computeIfAbsent(rejection.code().code(), k -> new long[1])[0]++;
    if (rejections.size() < MAX_KEPT_REJECTIONS) {
      rejections.add(rejection);
    } else {
      rejectionsNotKept++;
    }
  }

  /**
   * Adds the counts of another counter of the same file to this one.
   *
   * @param other the other counter, not null
   * @return this counter
   */
  public RowCounter merge(RowCounter other) {
    return merge(other, 0);
  }

  /**
   * Adds the counts of another counter of the same file to this one, shifting the line numbers of
   * its rejections: for a counter of a chunk of a file that counted its lines from the chunk's
   * start.
   *
   * @param other the other counter, not null
   * @param lineOffset the number of lines of the file before the other counter's first line
   * @return this counter
   */
  public RowCounter merge(RowCounter other, long lineOffset) {
    accepted += other.accepted;
    other.filtered.forEach((k, v) -> filter(k, v[0]));
    other.rejectedByCode.forEach(
        (k, v) -> rejectedByCode.computeIfAbsent(k, x -> new long[1])[0] += v[0]);
    for (RowRejection r : other.rejections) {
      if (rejections.size() < MAX_KEPT_REJECTIONS) {
        rejections.add(
            lineOffset == 0
                ? r
                : new RowRejection(
                    r.source(),
                    r.line() + lineOffset,
                    r.column(),
                    r.code(),
                    r.value(),
                    r.arguments()));
      } else {
        rejectionsNotKept++;
      }
    }
    rejectionsNotKept += other.rejectionsNotKept;
    return this;
  }

  /**
   * Returns the number of rows counted so far.
   *
   * @return accepted + filtered + rejected
   */
  public long read() {
    long n = accepted;
    for (long[] v : filtered.values()) {
      n += v[0];
    }
    for (long[] v : rejectedByCode.values()) {
      n += v[0];
    }
    return n;
  }

  /**
   * Returns the accounting of the rows counted so far.
   *
   * @return the accounting, its rejections sorted by line; not null
   */
  public RowAccounting toAccounting() {
    Map<FilterReason, Long> f = new LinkedHashMap<>();
    filtered.entrySet().stream()
        .sorted(Comparator.comparing(e -> e.getKey().code()))
        .forEach(e -> f.put(e.getKey(), e.getValue()[0]));
    Map<String, Long> r = new LinkedHashMap<>();
    rejectedByCode.forEach((k, v) -> r.put(k, v[0]));
    List<RowRejection> sorted = new ArrayList<>(rejections);
    sorted.sort(Comparator.comparingLong(RowRejection::line));
    return new RowAccounting(source, read(), accepted, f, r, sorted, rejectionsNotKept);
  }
}
