package io.github.esspetiteenfance.territory;

import io.github.esspetiteenfance.internal.ResourceCsv;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Reads one of the bundled CSV files of this package: UTF-8, in the one dialect of {@link
 * ResourceCsv} (see the README beside the files).
 *
 * <p>A missing or malformed resource is a defect of the library's jar, not of the caller's input:
 * it fails with {@link IllegalStateException} or {@link UncheckedIOException}.
 */
final class CsvResource {

  private CsvResource() {}

  /**
   * Reads every data line of a resource of this package.
   *
   * @param name the file name, such as {@code "cog-2026-regions.csv"}
   * @param header the exact header line expected
   * @return the lines split on commas, each with as many fields as the header
   */
  static List<String[]> read(String name, String header) {
    return ResourceCsv.read(CsvResource.class, name)
        .requireHeader(header.split(",", -1))
        .rows()
        .stream()
        .map(row -> row.fields().toArray(String[]::new))
        .toList();
  }
}
