package io.github.esspetiteenfance.json;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a UTF-8 stream into lines with bounded memory: a line longer than the limit is skipped to
 * its end without being held, and returned as {@link #TOO_LONG}. Not thread-safe.
 */
final class JsonLines {

  /** Returned for a line longer than the limit. */
  static final byte[] TOO_LONG = new byte[0];

  private static final byte[] BLANK = new byte[0];

  private final InputStream in;
  private final int limit;
  private final byte[] chunk = new byte[1 << 16];
  private int position;
  private int end;
  private byte[] line = new byte[1024];
  private long index = -1;
  private boolean eof;

  JsonLines(InputStream in, int limit) {
    this.in = in;
    this.limit = limit;
  }

  /** Returns the 0-based index of the line last returned by {@link #next()}. */
  long lineIndex() {
    return index;
  }

  /**
   * Returns the next line without its end ({@code \n}, {@code \r\n}): its bytes, an empty array for
   * a blank line (only spaces and tabs), {@link #TOO_LONG}, or null at the end of the stream.
   */
  byte[] next() throws IOException {
    int length = 0;
    boolean tooLong = false;
    boolean any = false;
    while (true) {
      if (position == end) {
        if (eof || !fill()) {
          if (!any) {
            return null;
          }
          break;
        }
      }
      any = true;
      int newline = -1;
      for (int i = position; i < end; i++) {
        if (chunk[i] == '\n') {
          newline = i;
          break;
        }
      }
      int stop = newline < 0 ? end : newline;
      int n = stop - position;
      if (!tooLong) {
        if ((long) length + n > limit) {
          tooLong = true;
        } else {
          if (length + n > line.length) {
            line = Arrays.copyOf(line, Math.max(length + n, Math.min(limit, line.length * 2)));
          }
          System.arraycopy(chunk, position, line, length, n);
          length += n;
        }
      }
      position = stop;
      if (newline >= 0) {
        position++;
        break;
      }
    }
    index++;
    if (tooLong) {
      shrink();
      return TOO_LONG;
    }
    int from = 0;
    if (index == 0
        && length >= 3
        && line[0] == (byte) 0xEF
        && line[1] == (byte) 0xBB
        && line[2] == (byte) 0xBF) {
      from = 3;
    }
    int to = length;
    if (to > from && line[to - 1] == '\r') {
      to--;
    }
    boolean blank = true;
    for (int i = from; i < to && blank; i++) {
      blank = line[i] == ' ' || line[i] == '\t';
    }
    byte[] result = blank ? BLANK : Arrays.copyOfRange(line, from, to);
    shrink();
    return result;
  }

  /** Releases a large line buffer, so that one long line does not hold memory for the rest. */
  private void shrink() {
    if (line.length > 1 << 20) {
      line = new byte[1024];
    }
  }

  private boolean fill() throws IOException {
    int n = in.read(chunk, 0, chunk.length);
    if (n <= 0) {
      eof = n < 0;
      if (n == 0) {
        // a stream that returns 0 bytes is read again, byte by byte
        int b = in.read();
        if (b < 0) {
          eof = true;
          return false;
        }
        chunk[0] = (byte) b;
        position = 0;
        end = 1;
        return true;
      }
      return false;
    }
    position = 0;
    end = n;
    return true;
  }
}
