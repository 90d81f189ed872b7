package io.github.esspetiteenfance.opendata;

import io.github.esspetiteenfance.ErrorCode;
import io.github.esspetiteenfance.InvalidValueException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * A row that could not be used, with where and why: the file, the line, the column, a stable code,
 * the rejected value and a message in French and English.
 *
 * <p>The value is echoed bounded: at most {@value #MAX_ECHO} characters (a longer value ends with
 * {@code "…"}) with control characters escaped ({@code \n}, {@code \t}, {@code \u0000}...), so that
 * a hostile cell can neither flood a report nor forge lines in it.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param source the name of the file (without its directory), not null
 * @param line the physical line number where the row starts, 1 for the header; at least 1
 * @param column the column concerned, empty if the whole row is; not null
 * @param code the stable code, not null
 * @param value the rejected value, bounded and escaped ({@link #echo}); not null
 * @param arguments extra message arguments ({@code {2}} onwards), not null
 */
@Value.Builder
public record RowRejection(
    String source, long line, String column, ErrorCode code, String value, List<Object> arguments) {

  /** The largest number of characters of a rejected value echoed in a report: {@value}. */
  public static final int MAX_ECHO = 80;

  /**
   * Creates a rejection from a value already echoed; use {@link #of} for a raw value.
   *
   * @throws InvalidValueException with code {@link OpenDataErrorCode#REJECTION_INVALID} if the line
   *     is below 1, or the value is longer than {@value #MAX_ECHO} characters (plus the ellipsis)
   *     or holds a control character
   */
  public RowRejection {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(value, "value");
    arguments = List.copyOf(arguments);
    if (line < 1) {
      throw new InvalidValueException(OpenDataErrorCode.REJECTION_INVALID, "line", line);
    }
    if (value.length() > MAX_ECHO + 1 || value.chars().anyMatch(Character::isISOControl)) {
      throw new InvalidValueException(
          OpenDataErrorCode.REJECTION_INVALID, "value", echo(value.substring(0, 10)));
    }
  }

  /**
   * Returns a builder of a rejection (its value must already be echoed: see {@link #of}).
   *
   * @return a new builder, not null
   */
  public static RowRejectionBuilder builder() {
    return RowRejectionBuilder.builder();
  }

  /**
   * Obtains a rejection of a raw value: the value is bounded and escaped ({@link #echo}).
   *
   * @param source the name of the file, not null
   * @param line the line where the row starts, at least 1
   * @param column the column, empty for the whole row; not null
   * @param code the stable code, not null
   * @param raw the rejected value as read, not null
   * @param arguments extra message arguments, not null
   * @return the rejection, not null
   */
  public static RowRejection of(
      String source,
      long line,
      String column,
      ErrorCode code,
      CharSequence raw,
      List<Object> arguments) {
    return new RowRejection(source, line, column, code, echo(raw), arguments);
  }

  /**
   * Returns a value as a report may echo it: control characters escaped, at most {@value #MAX_ECHO}
   * characters.
   *
   * @param value the value, not null
   * @return the bounded, escaped value, not null
   */
  public static String echo(CharSequence value) {
    StringBuilder out = new StringBuilder(Math.min(value.length(), MAX_ECHO) + 1);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      String piece =
          switch (c) {
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            case '\\' -> "\\\\";
            default ->
                Character.isISOControl(c) || c == '\u2028' || c == '\u2029'
                    ? String.format(Locale.ROOT, "\\u%04x", (int) c)
                    : String.valueOf(c);
          };
      if (out.length() + piece.length() > MAX_ECHO) {
        out.append('…');
        break;
      }
      out.append(piece);
    }
    return out.toString();
  }

  /**
   * Returns the message of this rejection, such as {@code "StockEtablissement_utf8.csv, line 12,
   * column siret: ..."}.
   *
   * @param locale French for {@code fr}, English otherwise; not null
   * @return the message, not null
   */
  public String message(Locale locale) {
    Object[] args = new Object[2 + arguments.size()];
    args[0] = column;
    args[1] = value;
    for (int i = 0; i < arguments.size(); i++) {
      args[2 + i] = arguments.get(i);
    }
    boolean fr = "fr".equals(locale.getLanguage());
    String where =
        source
            + (fr ? ", ligne " : ", line ")
            + line
            + (column.isEmpty() ? "" : (fr ? ", colonne " : ", column ") + column);
    return where + (fr ? " : " : ": ") + code.message(locale, args);
  }
}
