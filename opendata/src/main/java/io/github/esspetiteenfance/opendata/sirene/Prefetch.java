package io.github.esspetiteenfance.opendata.sirene;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Reads a stream in a thread of its own, a few blocks ahead of its consumer: a compressed file is
 * inflated on one core while the scanner parses on another. Memory: at most {@value #BLOCKS} blocks
 * of {@value #BLOCK} bytes.
 */
final class Prefetch implements InputFile.OpenSource {

  static final int BLOCK = 1 << 20;
  static final int BLOCKS = 4;
  private static final byte[] END = new byte[0];

  private final InputStream in;
  private final BlockingQueue<byte[]> queue = new ArrayBlockingQueue<>(BLOCKS);
  private final Thread reader;
  private volatile IOException failure;
  private volatile boolean closed;
  private byte[] current;
  private int currentLength;
  private int position;

  Prefetch(InputStream in, String name) {
    this.in = in;
    this.reader = new Thread(this::fill, "sirene-inflate-" + name);
    reader.setDaemon(true);
    reader.start();
  }

  private void fill() {
    try {
      while (!closed) {
        byte[] block = new byte[BLOCK];
        int n = in.readNBytes(block, 0, BLOCK);
        if (n <= 0) {
          break;
        }
        byte[] exact = n == BLOCK ? block : java.util.Arrays.copyOf(block, n);
        while (!closed && !queue.offer(exact, 100, TimeUnit.MILLISECONDS)) {
          // wait for the consumer
        }
        if (n < BLOCK) {
          break;
        }
      }
    } catch (IOException e) {
      failure = e;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      try {
        while (!closed && !queue.offer(END, 100, TimeUnit.MILLISECONDS)) {
          // wait for the consumer
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (current == null || position == currentLength) {
      if (current == END) {
        return -1;
      }
      try {
        current = queue.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted", e);
      }
      currentLength = current.length;
      position = 0;
      if (current == END) {
        if (failure != null) {
          throw failure;
        }
        return -1;
      }
    }
    int n = Math.min(len, currentLength - position);
    System.arraycopy(current, position, b, off, n);
    position += n;
    return n;
  }

  @Override
  public void close() throws IOException {
    closed = true;
    reader.interrupt();
    try {
      reader.join(1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    in.close();
  }
}
