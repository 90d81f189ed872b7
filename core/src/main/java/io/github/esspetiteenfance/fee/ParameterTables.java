package io.github.esspetiteenfance.fee;

import io.github.esspetiteenfance.InvalidValueException;
import io.github.esspetiteenfance.legal.Confidence;
import io.github.esspetiteenfance.legal.LegalBasis;
import io.github.esspetiteenfance.legal.ValidityPeriod;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads the bundled parameter tables ({@code taux-effort.csv}, {@code plancher-plafond.csv}).
 *
 * <p>Format: separator {@code ;}, {@code #} comments, one header line; see the README beside the
 * files.
 */
final class ParameterTables {

  /** One row of a table: its key columns, its value and its legal basis. */
  record Row(List<String> keys, String value, LegalBasis basis) {}

  private ParameterTables() {}

  /**
   * Reads a bundled table.
   *
   * @param name the file name beside this class, not null
   * @param keyColumns the number of columns before {@code start}
   * @return the rows, not null
   */
  static List<Row> readResource(String name, int keyColumns) {
    InputStream in = ParameterTables.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("ess-petite-enfance bug: missing resource " + name);
    }
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return read(reader, name, keyColumns);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a table: {@code keyColumns} key columns, then {@code start;end;value;confidence;text;
   * article;source}.
   *
   * @throws InvalidValueException with {@link FeeErrorCode#DATA_MALFORMED} on a malformed line
   */
  static List<Row> read(Reader reader, String name, int keyColumns) throws IOException {
    BufferedReader lines = new BufferedReader(reader);
    List<Row> rows = new ArrayList<>();
    boolean header = true;
    int number = 0;
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      number++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (header) {
        header = false;
        continue;
      }
      rows.add(row(line, name + ":" + number, keyColumns));
    }
    return rows;
  }

  private static Row row(String line, String where, int keyColumns) {
    String[] cells = line.split(";", -1);
    if (cells.length != keyColumns + 7) {
      throw malformed(where, line, "expected " + (keyColumns + 7) + " cells, got " + cells.length);
    }
    try {
      int i = keyColumns;
      ValidityPeriod period = new ValidityPeriod(date(cells[i]), date(cells[i + 1]));
      LegalBasis basis =
          new LegalBasis(
              cells[i + 4], cells[i + 5], period, Confidence.valueOf(cells[i + 3]), cells[i + 6]);
      return new Row(List.of(cells).subList(0, keyColumns), cells[i + 2], basis);
    } catch (DateTimeParseException | IllegalArgumentException e) {
      throw malformed(where, line, e.getMessage());
    }
  }

  private static LocalDate date(String cell) {
    return cell.isEmpty() ? null : LocalDate.parse(cell);
  }

  static InvalidValueException malformed(String where, String line, String reason) {
    return new InvalidValueException(
        FeeErrorCode.DATA_MALFORMED, where, line, Objects.toString(reason));
  }

  static BigDecimal amount(Row row) {
    try {
      return new BigDecimal(row.value());
    } catch (NumberFormatException e) {
      throw malformed(row.basis().validity().toString(), row.value(), "not a number");
    }
  }
}
