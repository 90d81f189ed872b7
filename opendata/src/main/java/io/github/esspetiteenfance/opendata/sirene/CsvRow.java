package io.github.esspetiteenfance.opendata.sirene;

import java.nio.charset.StandardCharsets;

/**
 * A view of one CSV record in a byte buffer of {@link CsvScanner}: where each field ends. Valid
 * only during the call that receives it; it decodes only the fields asked for, and finds a quoted
 * field's closing quote only when asked.
 *
 * <p>Field {@code k} spans from just after the separator of field {@code k - 1} (from {@link
 * #rowStart} for the first) to {@code seps[k]} (its separator, or the line end with any {@code \r}
 * before it removed for the last field). A field is quoted when it starts with {@code "}.
 *
 * <p>Not thread-safe: each scanner has its own.
 */
final class CsvRow {

  byte[] buf;
  int rowStart;
  int[] seps;
  int fields;
  long line;

  CsvRow(int capacity) {
    seps = new int[capacity];
  }

  /** The number of fields of the record. */
  int fields() {
    return fields;
  }

  /** The physical line where the record starts, relative to the scanner's first line. */
  long line() {
    return line;
  }

  private int start(int col) {
    return col == 0 ? rowStart : seps[col - 1] + 1;
  }

  private int end(int col) {
    return seps[col];
  }

  private boolean quoted(int col) {
    int s = start(col);
    return s < end(col) && buf[s] == '"';
  }

  /** The position of the closing quote of a quoted field (its end if unclosed). */
  private int closingQuote(int col) {
    int i = start(col) + 1;
    int end = end(col);
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

  /** True if a quoted field holds a doubled quote or characters after its closing quote. */
  private boolean irregular(int col) {
    if (!quoted(col)) {
      return false;
    }
    int close = closingQuote(col);
    if (close + 1 < end(col)) {
      return true;
    }
    for (int i = start(col) + 1; i < close; i++) {
      if (buf[i] == '"') {
        return true;
      }
    }
    return false;
  }

  /** True if a field is exactly these ASCII bytes. */
  boolean equalsBytes(int col, byte[] value) {
    int s = start(col);
    int e = end(col);
    if (s < e && buf[s] == '"') {
      if (irregular(col)) {
        return string(col).equals(new String(value, StandardCharsets.UTF_8));
      }
      s++;
      e = closingQuote(col);
    }
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
    int s = start(col);
    int e = end(col);
    if (s < e && buf[s] == '"') {
      if (irregular(col)) {
        return -1;
      }
      s++;
      e = closingQuote(col);
    }
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
    int s = start(col);
    int e = end(col);
    if (!(s < e && buf[s] == '"')) {
      return new String(buf, s, e - s, StandardCharsets.UTF_8);
    }
    int close = closingQuote(col);
    String text = new String(buf, s + 1, close - s - 1, StandardCharsets.UTF_8);
    if (text.indexOf('"') >= 0) {
      text = text.replace("\"\"", "\"");
    }
    if (close + 1 < e) {
      text += new String(buf, close + 1, e - close - 1, StandardCharsets.UTF_8);
    }
    return text;
  }

  /** Decodes the start of the record as raw text (for echoing a bad row), at most 200 bytes. */
  String raw() {
    if (fields == 0) {
      return "";
    }
    int last = Math.min(fields, seps.length) - 1;
    int e = Math.min(end(last), rowStart + 200);
    return new String(buf, rowStart, Math.max(0, e - rowStart), StandardCharsets.UTF_8);
  }
}
