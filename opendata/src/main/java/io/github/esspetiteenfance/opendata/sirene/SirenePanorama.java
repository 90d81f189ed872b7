package io.github.esspetiteenfance.opendata.sirene;

import io.github.esspetiteenfance.opendata.OpenDataException;
import io.github.esspetiteenfance.opendata.ProgressListener;
import java.util.Objects;

/**
 * Computes the panorama of a sector from a pair of SIRENE stock files: the entry point of the
 * {@code sirene} package.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SirenePanorama {

  private SirenePanorama() {}

  /**
   * Reads a pair of SIRENE stock files and computes the panorama they describe.
   *
   * @param request the files, sector, territory and options; not null
   * @param listener told of the progress of the reads, such as {@link ProgressListener#NONE}; not
   *     null
   * @return the panoramas under both perimeters and the accounting of every row, not null
   * @throws OpenDataException if a file cannot be read or lacks a required column
   */
  public static SireneResult compute(SireneRequest request, ProgressListener listener) {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(listener, "listener");
    throw new UnsupportedOperationException("not yet implemented (issue #12.1)");
  }
}
