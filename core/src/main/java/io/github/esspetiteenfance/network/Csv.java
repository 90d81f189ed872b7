package io.github.esspetiteenfance.network;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the small RFC 4180 CSV files bundled with the library: comma-separated, fields optionally
 * quoted with {@code "}, a doubled quote inside a quoted field, one record per line, a header line.
 *
 * <p>A malformed bundled file is a library bug, reported with {@link IllegalStateException}.
 */
final class Csv {

  private Csv() {}

  /**
   * Reads a bundled CSV resource into rows keyed by the header's column names.
   *
   * @param anchor the class whose package holds the resource, not null
   * @param resource the resource name, relative to the anchor's package, not null
   * @return the rows in file order, not null
   */
  static List<Map<String, String>> read(Class<?> anchor, String resource) {
    InputStream in = anchor.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("ess-petite-enfance bug: missing resource " + resource);
    }
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      List<String> header = split(reader.readLine(), resource, 1);
      List<Map<String, String>> rows = new ArrayList<>();
      String line;
      int number = 1;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        List<String> fields = split(line, resource, number);
        if (fields.size() != header.size()) {
          throw new IllegalStateException(
              "ess-petite-enfance bug: "
                  + resource
                  + " line "
                  + number
                  + " has "
                  + fields.size()
                  + " fields, expected "
                  + header.size());
        }
        Map<String, String> row = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
          row.put(header.get(i), fields.get(i));
        }
        rows.add(row);
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String> split(String line, String resource, int number) {
    if (line == null) {
      throw new IllegalStateException("ess-petite-enfance bug: " + resource + " is empty");
    }
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    if (quoted) {
      throw new IllegalStateException(
          "ess-petite-enfance bug: " + resource + " line " + number + " has an open quote");
    }
    fields.add(field.toString());
    return fields;
  }
}
