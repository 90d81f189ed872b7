package io.github.esspetiteenfance.opendata;

import io.github.esspetiteenfance.InvalidValueException;
import java.text.NumberFormat;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * What became of every row of one input file: {@code read = accepted + filtered + rejected}, with
 * the filtered rows counted by reason and the rejected ones by code.
 *
 * <p>The rejections themselves are kept up to a bound ({@link RowCounter#MAX_KEPT_REJECTIONS}), so
 * that the memory of a run does not grow with the number of bad rows; {@link #rejectionsNotKept()}
 * says how many more there were. Obtain one from a {@link RowCounter}.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param source the name of the file, not null
 * @param read the rows read (the header excluded), at least 0
 * @param accepted the rows accepted
 * @param filtered the rows filtered out, by reason; unmodifiable, not null
 * @param rejectedByCode the rows rejected, by stable code; unmodifiable, not null
 * @param rejections the first rejections, in file order; unmodifiable, not null
 * @param rejectionsNotKept how many rejections are counted but not in {@code rejections}
 */
@Value.Builder
public record RowAccounting(
    String source,
    long read,
    long accepted,
    Map<FilterReason, Long> filtered,
    Map<String, Long> rejectedByCode,
    List<RowRejection> rejections,
    long rejectionsNotKept) {

  /**
   * Creates an accounting.
   *
   * @throws InvalidValueException with code {@link OpenDataErrorCode#ACCOUNTING_INCONSISTENT} if
   *     {@code read != accepted + filtered + rejected}, a count is negative, or the kept and
   *     not-kept rejections do not add up to the rejected rows
   */
  public RowAccounting {
    Objects.requireNonNull(source, "source");
    filtered = Collections.unmodifiableMap(new LinkedHashMap<>(filtered));
    rejectedByCode = Collections.unmodifiableMap(new LinkedHashMap<>(rejectedByCode));
    rejections = List.copyOf(rejections);
    long f = filtered.values().stream().mapToLong(Long::longValue).sum();
    long r = rejectedByCode.values().stream().mapToLong(Long::longValue).sum();
    if (read != accepted + f + r || accepted < 0 || f < 0 || r < 0) {
      throw new InvalidValueException(
          OpenDataErrorCode.ACCOUNTING_INCONSISTENT,
          "read",
          read,
          accepted + " + " + f + " + " + r);
    }
    if (rejections.size() + rejectionsNotKept != r) {
      throw new InvalidValueException(
          OpenDataErrorCode.ACCOUNTING_INCONSISTENT,
          "rejections",
          rejections.size() + rejectionsNotKept,
          String.valueOf(r));
    }
  }

  /**
   * Returns a builder of an accounting (a {@link RowCounter} is the usual way to obtain one).
   *
   * @return a new builder, not null
   */
  public static RowAccountingBuilder builder() {
    return RowAccountingBuilder.builder();
  }

  /**
   * Returns the number of rows filtered out, all reasons together.
   *
   * @return the count, at least 0
   */
  public long filteredCount() {
    return filtered.values().stream().mapToLong(Long::longValue).sum();
  }

  /**
   * Returns the number of rows rejected, all codes together.
   *
   * @return the count, at least 0
   */
  public long rejected() {
    return rejectedByCode.values().stream().mapToLong(Long::longValue).sum();
  }

  /**
   * Returns the accounting line, such as {@code "StockEtablissement_utf8.csv: read 1,000 = accepted
   * 12 + filtered 988 (other activity 980, closed 8) + rejected 0"}.
   *
   * @param locale the language and number format, not null
   * @return the line, not null
   */
  public String summary(Locale locale) {
    boolean fr = "fr".equals(locale.getLanguage());
    NumberFormat n = NumberFormat.getIntegerInstance(fr ? Locale.FRANCE : Locale.US);
    StringBuilder s = new StringBuilder();
    s.append(source).append(fr ? " : lues " : ": read ").append(n.format(read));
    s.append(fr ? " = acceptées " : " = accepted ").append(n.format(accepted));
    s.append(fr ? " + écartées " : " + filtered ").append(n.format(filteredCount()));
    if (!filtered.isEmpty()) {
      s.append(" (");
      String sep = "";
      for (Map.Entry<FilterReason, Long> e : filtered.entrySet()) {
        s.append(sep).append(e.getKey().message(locale)).append(' ').append(n.format(e.getValue()));
        sep = ", ";
      }
      s.append(')');
    }
    s.append(fr ? " + rejetées " : " + rejected ").append(n.format(rejected()));
    if (!rejectedByCode.isEmpty()) {
      s.append(" (");
      String sep = "";
      for (Map.Entry<String, Long> e : rejectedByCode.entrySet()) {
        s.append(sep).append(e.getKey()).append(' ').append(n.format(e.getValue()));
        sep = ", ";
      }
      s.append(')');
    }
    return s.toString();
  }
}
