package io.github.esspetiteenfance.opendata.sirene;

import java.nio.charset.StandardCharsets;

/**
 * A view of one CSV record in a byte buffer of {@link CsvScanner}: where each field starts and
 * ends. Valid only during the call that receives it; it decodes only the fields asked for.
 *
 * <p>Not thread-safe: each scanner has its own.
 */
final class CsvRow {

  byte[] buf;
  int[] starts;
  int[] ends;
  boolean[] quoted;
  boolean[] escaped;
  int fields;
  long line;

  CsvRow(int capacity) {
    starts = new int[capacity];
    ends = new int[capacity];
    quoted = new boolean[capacity];
    escaped = new boolean[capacity];
  }

  /** The number of fields of the record. */
  int fields() {
    return fields;
  }

  /** The physical line where the record starts, relative to the scanner's first line. */
  long line() {
    return line;
  }

  /** The start of the content of a field (after its opening quote). */
  int contentStart(int col) {
    return quoted[col] ? starts[col] + 1 : starts[col];
  }

  /** The end of the content of a field (before its closing quote), exclusive. */
  int contentEnd(int col) {
    if (!quoted[col]) {
      return ends[col];
    }
    int close = closingQuote(col);
    return close;
  }

  /** The position of the closing quote of a quoted field. */
  private int closingQuote(int col) {
    int i = starts[col] + 1;
    int end = ends[col];
    while (i < end) {
      if (buf[i] == '"') {
        if (i + 1 < end && buf[i + 1] == '"') {
          i += 2;
          continue;
        }
        return i;
      }
      i++;
    }
    return end;
  }

  /** True if a field's content is empty. */
  boolean isEmpty(int col) {
    return contentEnd(col) == contentStart(col) && !hasTrailer(col);
  }

  /** True if a quoted field has characters after its closing quote (kept literally). */
  private boolean hasTrailer(int col) {
    return quoted[col] && contentEnd(col) + 1 < ends[col];
  }

  /** True if a field is exactly these ASCII bytes. */
  boolean equalsBytes(int col, byte[] value) {
    if (escaped[col] || hasTrailer(col)) {
      return string(col).equals(new String(value, StandardCharsets.UTF_8));
    }
    int s = contentStart(col);
    int e = contentEnd(col);
    if (e - s != value.length) {
      return false;
    }
    for (int i = 0; i < value.length; i++) {
      if (buf[s + i] != value[i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns a field of 1 to 9 ASCII digits as a number, or -1 if it is anything else.
   *
   * @param col the column
   * @param digits the exact number of digits expected
   */
  int digits(int col, int digits) {
    if (escaped[col] || hasTrailer(col)) {
      return -1;
    }
    int s = contentStart(col);
    int e = contentEnd(col);
    if (e - s != digits) {
      return -1;
    }
    int n = 0;
    for (int i = s; i < e; i++) {
      int d = buf[i] - '0';
      if (d < 0 || d > 9) {
        return -1;
      }
      n = n * 10 + d;
    }
    return n;
  }

  /** Decodes a field as text: UTF-8, doubled quotes of a quoted field undone. */
  String string(int col) {
    int s = contentStart(col);
    int e = contentEnd(col);
    String text;
    if (escaped[col]) {
      text = new String(buf, s, e - s, StandardCharsets.UTF_8).replace("\"\"", "\"");
    } else {
      text = new String(buf, s, e - s, StandardCharsets.UTF_8);
    }
    if (hasTrailer(col)) {
      text += new String(buf, e + 1, ends[col] - e - 1, StandardCharsets.UTF_8);
    }
    return text;
  }

  /** Decodes the whole record as raw text (for echoing a bad row), at most 200 bytes. */
  String raw() {
    if (fields == 0) {
      return "";
    }
    int s = starts[0];
    int e = Math.min(ends[Math.min(fields, starts.length) - 1], s + 200);
    return new String(buf, s, Math.max(0, e - s), StandardCharsets.UTF_8);
  }
}
