package io.github.esspetiteenfance.opendata.sirene;

import io.github.esspetiteenfance.opendata.OpenDataErrorCode;
import io.github.esspetiteenfance.opendata.OpenDataException;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A SIRENE stock file as INSEE distributes it: plain CSV, gzip ({@code .csv.gz}) or a zip archive
 * holding the CSV ({@code .zip}), recognised by its first bytes whatever its name. Counts the bytes
 * read from the file (compressed bytes for a compressed file) for progress reports.
 */
final class InputFile {

  /** The kinds of file. */
  enum Format {
    PLAIN,
    GZIP,
    ZIP
  }

  private final Path path;
  private final Format format;
  private final long size;
  private final AtomicLong bytesRead = new AtomicLong();

  private InputFile(Path path, Format format, long size) {
    this.path = path;
    this.format = format;
    this.size = size;
  }

  /**
   * Opens a file and recognises its format.
   *
   * @throws OpenDataException with code {@link OpenDataErrorCode#FILE_UNREADABLE}
   */
  static InputFile open(Path path) {
    try {
      long size = Files.size(path);
      byte[] magic = new byte[4];
      int n;
      try (InputStream in = Files.newInputStream(path)) {
        n = in.readNBytes(magic, 0, 4);
      }
      Format format = Format.PLAIN;
      if (n >= 2 && (magic[0] & 0xff) == 0x1f && (magic[1] & 0xff) == 0x8b) {
        format = Format.GZIP;
      } else if (n >= 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4) {
        format = Format.ZIP;
      }
      return new InputFile(path, format, size);
    } catch (IOException | RuntimeException e) {
      throw unreadable(path, e);
    }
  }

  static OpenDataException unreadable(Path path, Exception e) {
    String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return new OpenDataException(
        OpenDataErrorCode.FILE_UNREADABLE, String.valueOf(path.getFileName()), why, e);
  }

  String name() {
    return String.valueOf(path.getFileName());
  }

  Path path() {
    return path;
  }

  Format format() {
    return format;
  }

  long size() {
    return size;
  }

  long bytesRead() {
    return bytesRead.get();
  }

  /** Starts counting the bytes read again (before a full read). */
  void resetBytesRead() {
    bytesRead.set(0);
  }

  /** A source of the uncompressed bytes from the start, and what closes it. */
  interface OpenSource extends CsvScanner.Source, AutoCloseable {
    @Override
    void close() throws IOException;
  }

  /** Opens the whole content (uncompressed), from the start. */
  OpenSource stream() throws IOException {
    InputStream raw = new Counting(Files.newInputStream(path), bytesRead);
    InputStream in;
    switch (format) {
      case GZIP -> in = new GZIPInputStream(raw, 1 << 16);
      case ZIP -> {
        ZipInputStream zip = new ZipInputStream(new BufferedInputStream(raw, 1 << 16));
        ZipEntry entry;
        while ((entry = zip.getNextEntry()) != null) {
          if (!entry.isDirectory() && entry.getName().toLowerCase(Locale.ROOT).endsWith(".csv")) {
            break;
          }
        }
        if (entry == null) {
          zip.close();
          throw new IOException("no .csv entry in the zip archive");
        }
        in = zip;
      }
      default -> in = raw;
    }
    if (format != Format.PLAIN) {
      return new Prefetch(in, name());
    }
    InputStream content = in;
    return new OpenSource() {
      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        return content.read(b, off, len);
      }

      @Override
      public void close() throws IOException {
        content.close();
      }
    };
  }

  /** Opens a plain file from an offset, with positional reads (one per thread). */
  OpenSource range(long from) throws IOException {
    FileChannel channel = FileChannel.open(path, StandardOpenOption.READ);
    return new OpenSource() {
      private long position = from;

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        int n = channel.read(ByteBuffer.wrap(b, off, len), position);
        if (n > 0) {
          position += n;
          bytesRead.addAndGet(n);
        }
        return n;
      }

      @Override
      public void close() throws IOException {
        channel.close();
      }
    };
  }

  /** Finds the first line start at or after an offset of a plain file (its size if none). */
  long lineStartAtOrAfter(long offset) throws IOException {
    if (offset <= 0) {
      return 0;
    }
    try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
      ByteBuffer window = ByteBuffer.allocate(1 << 16);
      long position = offset - 1;
      while (position < size) {
        window.clear();
        int n = channel.read(window, position);
        if (n <= 0) {
          break;
        }
        byte[] a = window.array();
        for (int i = 0; i < n; i++) {
          if (a[i] == '\n') {
            return position + i + 1;
          }
        }
        position += n;
      }
      return size;
    }
  }

  /** Counts the bytes read from the file. */
  private static final class Counting extends FilterInputStream {
    private final AtomicLong count;

    Counting(InputStream in, AtomicLong count) {
      super(in);
      this.count = count;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count.incrementAndGet();
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count.addAndGet(n);
      }
      return n;
    }
  }
}
