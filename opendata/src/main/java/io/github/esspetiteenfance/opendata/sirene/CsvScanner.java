package io.github.esspetiteenfance.opendata.sirene;

import io.github.esspetiteenfance.opendata.OpenDataErrorCode;
import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * A streaming CSV scanner over bytes (RFC 4180: comma separator, double-quote quoting with doubled
 * quotes inside, LF or CRLF line ends, fields may hold line ends when quoted), made for the SIRENE
 * stock files: it finds the boundaries of every field of a record without decoding any, so that a
 * caller can test one column and decode the others only for the rows it keeps.
 *
 * <p>It reads a range of a source: records that start before {@code end} are scanned, the last one
 * to its end even past {@code end}; {@link #scan()} returns where the last record ended, so that a
 * file split into chunks at line starts can be checked (a split inside a quoted field shows as a
 * mismatch and is redone by the caller).
 *
 * <p>Empty lines are skipped (like FastCSV). A record with another number of fields than the header
 * is reported, not given as a row. A record longer than {@link #MAX_RECORD} bytes (an unclosed
 * quote, in practice) is reported and skipped up to the next line end, so that the rows after it
 * are not shifted. A record cut by the end of the file is reported as unclosed if it is in a quoted
 * field, and otherwise given like any other (too short if it lacks fields).
 *
 * <p>Memory: one buffer ({@code bufferSize}, growing up to {@link #MAX_RECORD} for a long record)
 * and one {@link CsvRow}. Not thread-safe: one scanner per thread.
 */
final class CsvScanner {

  /** The longest record accepted: {@value} bytes (a SIRENE row is below 2 KB). */
  static final int MAX_RECORD = 1 << 20;

  /** A source of bytes: a stream, or a range of a file. */
  interface Source {
    /** Reads up to {@code len} bytes; returns -1 at the end. */
    int read(byte[] b, int off, int len) throws IOException;
  }

  /** Receives the records. */
  interface Visitor {
    /**
     * Receives the header, when the scanner reads one.
     *
     * @param names the column names, decoded, a leading BOM removed
     * @return the number of fields every record must have
     */
    int header(String[] names);

    /**
     * Receives a record with the right number of fields.
     *
     * @return false to stop the scan
     */
    boolean row(CsvRow row);

    /**
     * Receives a record that cannot be used: wrong number of fields, unclosed quote, too long.
     *
     * @param line the line where it starts, relative to the first line of the scan
     * @param code why
     * @param fields how many fields were found
     * @param raw the start of the record, for the report
     */
    void malformed(long line, OpenDataErrorCode code, int fields, String raw);
  }

  private final Source source;
  private final long start;
  private final long end;
  private final boolean hasHeader;
  private final Visitor visitor;
  private final Runnable onRefill;
  private byte[] buf;
  private int lim;
  private boolean eof;
  private int expected = -1;
  private final CsvRow row;
  private long lines;
  private long bytesRead;

  /**
   * Creates a scanner.
   *
   * @param source the bytes, positioned at {@code start}
   * @param start the absolute offset of the first byte of the source
   * @param end the absolute offset where the range ends (records starting at or after it are left
   *     to the next chunk); {@link Long#MAX_VALUE} for the whole source
   * @param hasHeader true if the first record is the header
   * @param expectedFields the number of fields of a record when there is no header, else ignored
   * @param bufferSize the initial buffer size, at least 16
   * @param visitor receives the records
   * @param onRefill called after each read of the source (for progress)
   */
  CsvScanner(
      Source source,
      long start,
      long end,
      boolean hasHeader,
      int expectedFields,
      int bufferSize,
      Visitor visitor,
      Runnable onRefill) {
    this.source = source;
    this.start = start;
    this.end = end;
    this.hasHeader = hasHeader;
    this.visitor = visitor;
    this.onRefill = onRefill;
    this.buf = new byte[Math.max(16, bufferSize)];
    if (!hasHeader) {
      expected = expectedFields;
    }
    this.row = new CsvRow(hasHeader ? MAX_COLUMNS : Math.max(1, expected) + 1);
  }

  /** The most columns a header may have: {@value}. */
  static final int MAX_COLUMNS = 4096;

  private boolean headerOnly;

  /**
   * Scans the header only.
   *
   * @return the absolute offset just after the header
   */
  long scanHeader() throws IOException {
    headerOnly = true;
    return scan();
  }

  /** The physical lines consumed so far (line ends read, quoted ones included). */
  long lines() {
    return lines;
  }

  /** The bytes read from the source so far. */
  long bytesRead() {
    return bytesRead;
  }

  /**
   * Scans the range.
   *
   * @return the absolute offset just after the last record scanned
   */
  long scan() throws IOException {
    int pos = 0;
    long base = start; // absolute offset of buf[0]
    boolean headerPending = hasHeader;
    fill(0);
    while (true) {
      if (pos >= lim) {
        if (eof) {
          return base + pos;
        }
        base += pos;
        lim = 0;
        pos = 0;
        fill(0);
        continue;
      }
      if (base + pos >= end) {
        return base + pos;
      }
      int next = parse(pos, false);
      if (next == NEED_MORE) {
        if (!eof) {
          if (pos == 0 && lim == buf.length) {
            if (buf.length >= MAX_RECORD) {
              visitor.malformed(lines + 1, OpenDataErrorCode.ROW_TOO_LONG, 0, text(buf, 0, 200));
              // skip the record up to the next line end, ignoring quotes
              long skipped = skipLine(pos);
              base += skipped;
              pos = 0;
              lines++;
              continue;
            }
            byte[] bigger = new byte[Math.min(MAX_RECORD, buf.length * 2)];
            System.arraycopy(buf, 0, bigger, 0, lim);
            buf = bigger;
          } else {
            System.arraycopy(buf, pos, buf, 0, lim - pos);
            base += pos;
            lim -= pos;
            pos = 0;
          }
          fill(lim);
          continue;
        }
        next = parse(pos, true);
      }
      if (next == EMPTY_LINE) {
        pos = emptyLineEnd;
        continue;
      }
      if (headerPending) {
        headerPending = false;
        if (row.fields > row.seps.length) {
          throw new IOException("the header has more than " + MAX_COLUMNS + " columns");
        }
        String[] names = new String[row.fields];
        for (int i = 0; i < row.fields; i++) {
          names[i] = row.string(i).strip();
        }
        if (names.length > 0 && names[0].startsWith("\uFEFF")) {
          names[0] = names[0].substring(1).strip();
        }
        expected = visitor.header(names);
        ensureCapacity(expected + 1);
        pos = next;
        if (headerOnly) {
          return base + pos;
        }
        continue;
      }
      pos = next;
      if (unclosed) {
        visitor.malformed(row.line, OpenDataErrorCode.ROW_UNCLOSED_QUOTE, row.fields, row.raw());
      } else if (row.fields < expected) {
        visitor.malformed(row.line, OpenDataErrorCode.ROW_TOO_SHORT, row.fields, row.raw());
      } else if (row.fields > expected) {
        visitor.malformed(row.line, OpenDataErrorCode.ROW_TOO_LONG, row.fields, row.raw());
      } else if (!visitor.row(row)) {
        return base + pos;
      }
    }
  }

  private void ensureCapacity(int capacity) {
    if (row.seps.length < capacity) {
      row.seps = new int[capacity];
    }
  }

  private static final int NEED_MORE = -1;
  private static final int EMPTY_LINE = -2;
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long LOW7 = 0x7F7F7F7F7F7F7F7FL;
  private static final long COMMAS = 0x2C2C2C2C2C2C2C2CL;
  private static final long LINE_ENDS = 0x0A0A0A0A0A0A0A0AL;
  private static final long QUOTES = 0x2222222222222222L;
  private int emptyLineEnd;
  private boolean unclosed;

  /** The high bit of each byte of {@code x} that is zero, exactly (no false positive). */
  private static long zeros(long x) {
    return ~(((x & LOW7) + LOW7) | x | LOW7);
  }

  /**
   * Parses the record starting at {@code p}: finds its separators eight bytes at a time (SWAR: the
   * bytes equal to {@code ,}, {@code \n} or {@code "} of a 64-bit word, exactly), and a quoted
   * field byte by byte.
   *
   * @param atEof true if no more bytes will come: the end of the buffer ends the record
   * @return the position after the record's line end, {@link #NEED_MORE} or {@link #EMPTY_LINE}
   */
  private int parse(int p, boolean atEof) {
    final byte[] b = buf;
    final int limit = lim;
    final int[] seps = row.seps;
    final int cap = seps.length;
    int n = 0;
    int fieldStart = p;
    long nl = 0;
    unclosed = false;
    if (p < limit && (b[p] == '\n' || (b[p] == '\r' && p + 1 < limit && b[p + 1] == '\n'))) {
      emptyLineEnd = b[p] == '\n' ? p + 1 : p + 2;
      lines++;
      return EMPTY_LINE;
    }
    int i = p;
    scan:
    while (true) {
      int special;
      if (i + 8 <= limit) {
        long w = (long) LONGS.get(b, i);
        long m = zeros(w ^ COMMAS) | zeros(w ^ LINE_ENDS) | zeros(w ^ QUOTES);
        if (m == 0) {
          i += 8;
          continue;
        }
        while (true) {
          int j = i + (Long.numberOfTrailingZeros(m) >>> 3);
          byte c = b[j];
          if (c == ',') {
            if (n < cap) {
              seps[n] = j;
            }
            n++;
            fieldStart = j + 1;
          } else if (c == '\n') {
            special = j;
            break;
          } else if (j == fieldStart) {
            special = j;
            break;
          }
          m &= m - 1;
          if (m == 0) {
            i += 8;
            continue scan;
          }
        }
      } else {
        int j = i;
        while (j < limit) {
          byte c = b[j];
          if (c == ',') {
            if (n < cap) {
              seps[n] = j;
            }
            n++;
            fieldStart = j + 1;
          } else if (c == '\n' || (c == '"' && j == fieldStart)) {
            break;
          }
          j++;
        }
        if (j >= limit) {
          break;
        }
        special = j;
      }
      if (b[special] == '\n') {
        int e = (special > fieldStart && b[special - 1] == '\r') ? special - 1 : special;
        if (n < cap) {
          seps[n] = e;
        }
        n++;
        row.buf = b;
        row.rowStart = p;
        row.fields = n;
        row.line = lines + 1;
        lines += nl + 1;
        return special + 1;
      }
      // a quoted field: to its closing quote, byte by byte
      int j = special + 1;
      while (true) {
        if (j >= limit) {
          if (!atEof) {
            return NEED_MORE;
          }
          unclosed = true;
          i = limit;
          break scan;
        }
        byte q = b[j];
        if (q == '"') {
          if (j + 1 >= limit && !atEof) {
            return NEED_MORE;
          }
          if (j + 1 < limit && b[j + 1] == '"') {
            j += 2;
            continue;
          }
          break;
        }
        if (q == '\n') {
          nl++;
        }
        j++;
      }
      i = j + 1;
      fieldStart = -1; // a quote after the closing quote is literal
    }
    if (!atEof) {
      return NEED_MORE;
    }
    // the last record of the source, without a line end
    int e = (limit > fieldStart && b[limit - 1] == '\r') ? limit - 1 : limit;
    if (n < cap) {
      seps[n] = e;
    }
    n++;
    row.buf = b;
    row.rowStart = p;
    row.fields = n;
    row.line = lines + 1;
    lines += nl;
    return limit;
  }

  /** Skips from {@code p} to just after the next line end; returns the bytes skipped. */
  private long skipLine(int p) throws IOException {
    long skipped = 0;
    int i = p;
    while (true) {
      while (i < lim) {
        if (buf[i++] == '\n') {
          int rest = lim - i;
          System.arraycopy(buf, i, buf, 0, rest);
          lim = rest;
          return skipped + i;
        }
      }
      skipped += lim;
      lim = 0;
      i = 0;
      if (eof) {
        return skipped;
      }
      fill(0);
      if (lim == 0 && eof) {
        return skipped;
      }
    }
  }

  private void fill(int from) throws IOException {
    int off = from;
    while (off < buf.length && !eof) {
      int n = source.read(buf, off, buf.length - off);
      if (n < 0) {
        eof = true;
      } else {
        off += n;
        bytesRead += n;
      }
      if (n > 0) {
        break;
      }
    }
    lim = off;
    onRefill.run();
  }

  /** The header of a file decoded, for error messages. */
  static String text(byte[] bytes, int from, int to) {
    return new String(bytes, from, to - from, StandardCharsets.UTF_8);
  }
}
