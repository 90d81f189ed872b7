package io.github.esspetiteenfance.opendata;

/**
 * Told how far a long read has gone, to draw a progress bar. Called from the reading threads, at
 * most a few times a second: an implementation must be thread-safe and quick.
 */
@FunctionalInterface
public interface ProgressListener {

  /** A listener that does nothing. */
  ProgressListener NONE = progress -> {};

  /**
   * Tells how far the read has gone.
   *
   * @param progress the bytes and rows read so far, not null
   */
  void progress(Progress progress);

  /**
   * How far a read has gone.
   *
   * @param file the name of the file being read, not null
   * @param bytesRead the bytes of the file read so far (compressed bytes for a compressed file)
   * @param bytesTotal the size of the file in bytes, -1 if not known
   * @param rowsRead the rows read so far in this file
   */
  record Progress(String file, long bytesRead, long bytesTotal, long rowsRead) {}
}
