package io.github.esspetiteenfance.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads the CSV files bundled with the library, in one dialect: UTF-8, one record per line, comma
 * separator, RFC 4180 quoting ({@code "}, a doubled quote inside a quoted field), lines starting
 * with {@code #} are comments, blank lines are skipped, a header line, and every record has as many
 * fields as the header.
 *
 * <p>A missing or malformed bundled file is a defect of the library's jar, not of the caller's
 * input: it fails with {@link MalformedException}, which names the resource and the line. Not part
 * of the public API.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ResourceCsv {

  private static final char SEPARATOR = ',';

  private ResourceCsv() {}

  /**
   * Reads a resource bundled beside a class.
   *
   * @param anchor the class whose package holds the resource, not null
   * @param resource the resource name, relative to the anchor's package, not null
   * @return the table, not null
   * @throws MalformedException if the resource is missing or malformed
   * @throws UncheckedIOException if it cannot be read
   */
  public static Table read(Class<?> anchor, String resource) {
    Objects.requireNonNull(resource, "resource");
    InputStream in = anchor.getResourceAsStream(resource);
    if (in == null) {
      throw new MalformedException(resource, 0, "is missing");
    }
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return read(reader, resource);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read bundled resource " + resource, e);
    }
  }

  /**
   * Reads a CSV text; the reader is not closed.
   *
   * @param reader the text, not null
   * @param resource the name used in errors, not null
   * @return the table, not null
   * @throws MalformedException if the text is malformed
   * @throws UncheckedIOException if it cannot be read
   */
  public static Table read(Reader reader, String resource) {
    Objects.requireNonNull(resource, "resource");
    BufferedReader lines = new BufferedReader(reader, 1 << 16);
    List<String> header = null;
    Map<String, Integer> columns = null;
    List<Row> rows = new ArrayList<>();
    int number = 0;
    try {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        List<String> fields = split(line, resource, number);
        if (header == null) {
          header = fields;
          columns = columns(header, resource, number);
          continue;
        }
        if (fields.size() != header.size()) {
          throw new MalformedException(
              resource,
              number,
              "has " + fields.size() + " fields, expected " + header.size() + ": " + line);
        }
        rows.add(new Row(resource, number, line, fields, columns));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read bundled resource " + resource, e);
    }
    if (header == null) {
      throw new MalformedException(resource, number, "has no header line");
    }
    return new Table(resource, header, rows);
  }

  private static Map<String, Integer> columns(List<String> header, String resource, int number) {
    Map<String, Integer> columns = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      if (columns.put(header.get(i), i) != null) {
        throw new MalformedException(resource, number, "repeats the column " + header.get(i));
      }
    }
    return Collections.unmodifiableMap(columns);
  }

  private static List<String> split(String line, String resource, int number) {
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
      } else if (c == SEPARATOR) {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    if (quoted) {
      throw new MalformedException(resource, number, "has an open quote");
    }
    fields.add(field.toString());
    return List.copyOf(fields);
  }

  /**
   * The content of a CSV resource: its header and its records.
   *
   * @param resource the resource name
   * @param header the column names, in file order
   * @param rows the records, in file order
   */
  public record Table(String resource, List<String> header, List<Row> rows) {

    /**
     * Obtains a table, copying its lists.
     *
     * @param resource the resource name, not null
     * @param header the column names, not null
     * @param rows the records, not null
     */
    public Table {
      Objects.requireNonNull(resource, "resource");
      header = List.copyOf(header);
      rows = List.copyOf(rows);
    }

    /**
     * Checks that the header is exactly the given columns.
     *
     * @param expected the expected column names, in order
     * @return this table, not null
     * @throws MalformedException on another header
     */
    public Table requireHeader(String... expected) {
      if (!header.equals(List.of(expected))) {
        throw new MalformedException(
            resource,
            1,
            "has an unexpected header "
                + String.join(",", header)
                + " (expected "
                + String.join(",", expected)
                + ")");
      }
      return this;
    }
  }

  /**
   * One record of a CSV resource.
   *
   * <p>This class is immutable and thread-safe.
   */
  public static final class Row {

    private final String resource;
    private final int line;
    private final String text;
    private final List<String> fields;
    private final Map<String, Integer> columns;

    private Row(
        String resource, int line, String text, List<String> fields, Map<String, Integer> columns) {
      this.resource = resource;
      this.line = line;
      this.text = text;
      this.fields = fields;
      this.columns = columns;
    }

    /**
     * Returns the number of the line of this record in the resource, from 1.
     *
     * @return the line number
     */
    public int line() {
      return line;
    }

    /**
     * Returns the text of the line, as read.
     *
     * @return the line, not null
     */
    public String text() {
      return text;
    }

    /**
     * Returns the fields of this record, unquoted.
     *
     * @return the fields in order, unmodifiable, not null
     */
    public List<String> fields() {
      return fields;
    }

    /**
     * Returns a field by position.
     *
     * @param index the position, from 0
     * @return the field, not null
     * @throws MalformedException if the record has no such field
     */
    public String get(int index) {
      if (index < 0 || index >= fields.size()) {
        throw new MalformedException(resource, line, "has no field " + index);
      }
      return fields.get(index);
    }

    /**
     * Returns a field by the name of its column in the header.
     *
     * @param column the column name, not null
     * @return the field, not null
     * @throws MalformedException if the header has no such column
     */
    public String get(String column) {
      Integer index = columns.get(column);
      if (index == null) {
        throw new MalformedException(resource, line, "has no column " + column);
      }
      return get(index);
    }

    @Override
    public String toString() {
      return resource + ":" + line + ": " + text;
    }
  }

  /**
   * A missing or malformed bundled CSV resource: a defect of the library's jar.
   *
   * <p>This class is immutable and thread-safe.
   */
  public static final class MalformedException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    /** The resource name. */
    private final String resource;

    /** The line number, from 1, or 0 for the whole resource. */
    private final int line;

    /**
     * Obtains an exception.
     *
     * @param resource the resource name, not null
     * @param line the line number, from 1, or 0 for the whole resource
     * @param message what is wrong, such as {@code "has an open quote"}
     */
    public MalformedException(String resource, int line, String message) {
      super(
          "ess-petite-enfance bug: "
              + resource
              + (line > 0 ? " line " + line : "")
              + " "
              + message);
      this.resource = resource;
      this.line = line;
    }

    /**
     * Returns the resource name.
     *
     * @return the name, not null
     */
    public String resource() {
      return resource;
    }

    /**
     * Returns the line number, from 1, or 0 when the error concerns the whole resource.
     *
     * @return the line number
     */
    public int line() {
      return line;
    }
  }
}
