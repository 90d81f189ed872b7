package io.github.esspetiteenfance.opendata.sirene;

import io.github.esspetiteenfance.opendata.OpenDataErrorCode;
import io.github.esspetiteenfance.opendata.OpenDataException;
import io.github.esspetiteenfance.opendata.ProgressListener;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Reads a file with one {@link CsvScanner} per chunk, in parallel for a plain file: the file is
 * split at line starts into {@code threads} chunks; a split that fell inside a quoted field (a
 * chunk's last record ends past the next chunk's start) is detected and the next chunk is read
 * again from the right place. A compressed file is read by one scanner.
 */
final class ChunkedRead {

  /** The smallest chunk worth a thread: {@value} bytes. */
  static final long MIN_CHUNK = 1 << 22;

  /** A header of a file, as a reader needs it. */
  interface Header {
    /** The number of fields of the header. */
    int fields();
  }

  /**
   * A chunk read: its visitor, and the number to add to its line numbers.
   *
   * @param visitor the visitor, with its counts
   * @param lineOffset the number of physical lines before the chunk's first line
   */
  record Part<V>(V visitor, long lineOffset) {}

  private ChunkedRead() {}

  /**
   * Reads a file.
   *
   * @param file the file
   * @param threads the largest number of threads, at least 1
   * @param bufferSize the buffer size of each scanner
   * @param minChunk the smallest chunk worth a thread, such as {@link #MIN_CHUNK}
   * @param header checks the header (throws {@link OpenDataException} for a missing column)
   * @param factory creates the visitor of a chunk
   * @param listener told of the progress
   * @return the chunks in file order
   */
  static <H extends Header, V extends ChunkVisitor> List<Part<V>> run(
      InputFile file,
      int threads,
      int bufferSize,
      long minChunk,
      Function<String[], H> header,
      Function<H, V> factory,
      ProgressListener listener) {
    file.resetBytesRead();
    Ticker ticker = new Ticker(file, listener);
    try {
      List<Part<V>> parts;
      if (file.format() == InputFile.Format.PLAIN && threads > 1 && file.size() > 2 * minChunk) {
        parts = parallel(file, threads, bufferSize, minChunk, header, factory, ticker);
      } else {
        parts = sequential(file, bufferSize, header, factory, ticker);
      }
      ticker.report();
      return parts;
    } catch (IOException | RuntimeException e) {
      if (e instanceof OpenDataException o) {
        throw o;
      }
      throw InputFile.unreadable(file.path(), e);
    }
  }

  /**
   * Reads the header of a file only, to check it before a long read of another file.
   *
   * @return the column names
   * @throws OpenDataException if the file cannot be read or has no header
   */
  static String[] header(InputFile file) {
    HeaderScan scan;
    try (InputFile.OpenSource source = file.stream()) {
      scan = scanHeader(source);
    } catch (IOException | RuntimeException e) {
      throw InputFile.unreadable(file.path(), e);
    }
    return scan.names(file);
  }

  /**
   * The header of a file and where its records start.
   *
   * @param found the column names, null if the file has no header
   * @param end the offset just after the header
   * @param lines the physical lines the header took
   */
  private record HeaderScan(String[] found, long end, long lines) {
    String[] names(InputFile file) {
      if (found == null) {
        throw new OpenDataException(OpenDataErrorCode.HEADER_MISSING, file.name(), "", null);
      }
      return found;
    }
  }

  /** Scans the header of a source, and nothing more. */
  private static HeaderScan scanHeader(InputFile.OpenSource source) throws IOException {
    String[][] names = new String[1][];
    CsvScanner scanner =
        new CsvScanner(
            source,
            0,
            Long.MAX_VALUE,
            true,
            -1,
            1 << 16,
            new CsvScanner.Visitor() {
              @Override
              public int header(String[] n) {
                names[0] = n;
                return n.length;
              }

              @Override
              public boolean row(CsvRow row) {
                return false;
              }

              @Override
              public void malformed(long line, OpenDataErrorCode code, int f, String raw) {}
            },
            () -> {});
    long end = scanner.scanHeader();
    return new HeaderScan(names[0], end, scanner.lines());
  }

  private static <H extends Header, V extends ChunkVisitor> List<Part<V>> sequential(
      InputFile file,
      int bufferSize,
      Function<String[], H> header,
      Function<H, V> factory,
      Ticker ticker)
      throws IOException {
    List<V> made = new ArrayList<>(1);
    try (InputFile.OpenSource source = file.stream()) {
      CsvScanner.Visitor first =
          new CsvScanner.Visitor() {
            private V v;

            @Override
            public int header(String[] names) {
              H h = header.apply(names);
              v = factory.apply(h);
              made.add(v);
              return h.fields();
            }

            @Override
            public boolean row(CsvRow row) {
              return v.row(row);
            }

            @Override
            public void malformed(long line, OpenDataErrorCode code, int fields, String raw) {
              v.malformed(line, code, fields, raw);
            }
          };
      long[] last = {0};
      CsvScanner scanner =
          new CsvScanner(
              source,
              0,
              Long.MAX_VALUE,
              true,
              -1,
              bufferSize,
              first,
              () -> {
                if (!made.isEmpty()) {
                  long rows = made.get(0).rows;
                  ticker.rows(rows - last[0]);
                  last[0] = rows;
                }
              });
      scanner.scan();
      if (made.isEmpty()) {
        throw new OpenDataException(OpenDataErrorCode.HEADER_MISSING, file.name(), "", null);
      }
      ticker.rows(made.get(0).rows - last[0]);
    }
    return List.of(new Part<>(made.get(0), 0));
  }

  private static <H extends Header, V extends ChunkVisitor> List<Part<V>> parallel(
      InputFile file,
      int threads,
      int bufferSize,
      long minChunk,
      Function<String[], H> header,
      Function<H, V> factory,
      Ticker ticker)
      throws IOException {
    // the header, alone
    HeaderScan scan;
    try (InputFile.OpenSource source = file.range(0)) {
      scan = scanHeader(source);
    }
    H h = header.apply(scan.names(file));
    long headerEnd = scan.end();
    long headerLines = scan.lines();
    long size = file.size();
    int n = (int) Math.max(1, Math.min(threads, (size - headerEnd) / minChunk));
    long[] bounds = new long[n + 1];
    bounds[0] = headerEnd;
    bounds[n] = size;
    for (int k = 1; k < n; k++) {
      long nominal = headerEnd + (size - headerEnd) * k / n;
      bounds[k] = Math.max(bounds[k - 1], file.lineStartAtOrAfter(nominal));
    }
    List<Chunk<V>> chunks = new ArrayList<>();
    for (int k = 0; k < n; k++) {
      chunks.add(
          new Chunk<>(
              file, bounds[k], bounds[k + 1], h.fields(), bufferSize, factory.apply(h), ticker));
    }
    List<Thread> running = new ArrayList<>();
    for (Chunk<V> c : chunks.subList(1, chunks.size())) {
      Thread t = new Thread(c, "sirene-" + file.name() + "-" + running.size());
      t.start();
      running.add(t);
    }
    chunks.get(0).run();
    for (Thread t : running) {
      try {
        t.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted", e);
      }
    }
    for (Chunk<V> c : chunks) {
      c.rethrow();
    }
    // a chunk whose previous one ended past its start began inside a quoted field: read it again
    for (int k = 1; k < n; k++) {
      long previousEnd = chunks.get(k - 1).actualEnd;
      if (previousEnd != chunks.get(k).start) {
        Chunk<V> again =
            new Chunk<>(
                file,
                previousEnd,
                Math.max(previousEnd, chunks.get(k).end),
                h.fields(),
                bufferSize,
                factory.apply(h),
                ticker);
        again.run();
        again.rethrow();
        chunks.set(k, again);
      }
    }
    List<Part<V>> parts = new ArrayList<>();
    long offset = headerLines;
    for (Chunk<V> c : chunks) {
      parts.add(new Part<>(c.visitor, offset));
      offset += c.lines;
    }
    return parts;
  }

  /** One chunk of a plain file, read by one thread. */
  private static final class Chunk<V extends ChunkVisitor> implements Runnable {
    final InputFile file;
    final long start;
    final long end;
    final int fields;
    final int bufferSize;
    final V visitor;
    final Ticker ticker;
    long actualEnd;
    long lines;
    Exception failure;

    Chunk(
        InputFile file,
        long start,
        long end,
        int fields,
        int bufferSize,
        V visitor,
        Ticker ticker) {
      this.file = file;
      this.start = start;
      this.end = end;
      this.fields = fields;
      this.bufferSize = bufferSize;
      this.visitor = visitor;
      this.ticker = ticker;
    }

    @Override
    public void run() {
      if (start >= end) {
        actualEnd = start;
        return;
      }
      try (InputFile.OpenSource source = file.range(start)) {
        long[] last = {0};
        CsvScanner scanner =
            new CsvScanner(
                source,
                start,
                end,
                false,
                fields,
                bufferSize,
                visitor,
                () -> {
                  ticker.rows(visitor.rows - last[0]);
                  last[0] = visitor.rows;
                });
        actualEnd = scanner.scan();
        lines = scanner.lines();
        ticker.rows(visitor.rows - last[0]);
      } catch (IOException | RuntimeException e) {
        failure = e;
      }
    }

    void rethrow() throws IOException {
      if (failure instanceof IOException io) {
        throw io;
      }
      if (failure instanceof RuntimeException r) {
        throw r;
      }
    }
  }

  /** Reports the progress at most five times a second. */
  static final class Ticker {
    private final InputFile file;
    private final ProgressListener listener;
    private final AtomicLong rows = new AtomicLong();
    private final AtomicLong next = new AtomicLong(System.nanoTime());

    Ticker(InputFile file, ProgressListener listener) {
      this.file = file;
      this.listener = listener;
    }

    void rows(long delta) {
      rows.addAndGet(delta);
      long now = System.nanoTime();
      long due = next.get();
      if (now - due >= 0 && next.compareAndSet(due, now + 200_000_000L)) {
        report();
      }
    }

    void report() {
      listener.progress(
          new ProgressListener.Progress(file.name(), file.bytesRead(), file.size(), rows.get()));
    }
  }
}
