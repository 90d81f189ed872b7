package io.github.esspetiteenfance.territory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one of the bundled CSV files of this package: UTF-8, comma-separated, no quoting, a header
 * line (see the README beside the files).
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
    int columns = header.split(",", -1).length;
    List<String[]> rows = new ArrayList<>();
    try (InputStream in = CsvResource.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("Missing bundled resource " + name);
      }
      BufferedReader reader =
          new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
      String first = reader.readLine();
      if (!header.equals(first)) {
        throw new IllegalStateException(
            "Unexpected header in " + name + ": " + first + " (expected " + header + ")");
      }
      int number = 1;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        number++;
        String[] fields = line.split(",", -1);
        if (fields.length != columns) {
          throw new IllegalStateException(
              name + " line " + number + ": " + columns + " fields expected: " + line);
        }
        rows.add(fields);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read bundled resource " + name, e);
    }
    return rows;
  }
}
