package io.github.esspetiteenfance.opendata.sirene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.github.esspetiteenfance.opendata.OpenDataErrorCode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * The byte scanner reads what FastCSV reads: same records, same fields, same starting lines, for
 * any table, any quoting (needed or not, doubled quotes, line ends inside quotes), LF or CRLF, with
 * or without a final line end, and any buffer size (records cut across buffer refills).
 */
class CsvScannerPropertiesTest {

  /** A field: text with the characters that matter to CSV. */
  private static Gen<String> fields() {
    Gen<String> alphabet =
        SourceDSL.integers()
            .between(0, 11)
            .map(
                i ->
                    switch (i) {
                      case 0 -> ",";
                      case 1 -> "\"";
                      case 2 -> "\n";
                      case 3 -> "\r\n";
                      case 4 -> " ";
                      case 5 -> "é";
                      case 6 -> "[ND]";
                      case 7 -> "88.91A";
                      default -> String.valueOf((char) ('a' + i));
                    });
    return SourceDSL.lists().of(alphabet).ofSizeBetween(0, 6).map(parts -> String.join("", parts));
  }

  /** A table of 2 to 6 columns: a header and 0 to 11 rows. */
  private static Gen<List<List<String>>> tables() {
    return SourceDSL.integers()
        .between(2, 6)
        .flatMap(
            columns ->
                SourceDSL.lists()
                    .of(SourceDSL.lists().of(fields()).ofSize(columns))
                    .ofSizeBetween(0, 11)
                    .map(
                        rows -> {
                          List<List<String>> table = new ArrayList<>();
                          List<String> header = new ArrayList<>();
                          for (int c = 0; c < columns; c++) {
                            header.add("column" + c);
                          }
                          table.add(header);
                          table.addAll(rows);
                          return table;
                        }));
  }

  /** Writes a table: quotes where needed, and at random elsewhere. */
  static String write(List<List<String>> table, long seed, boolean crlf, boolean finalEnd) {
    java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
    StringBuilder b = new StringBuilder();
    for (int r = 0; r < table.size(); r++) {
      List<String> row = table.get(r);
      for (int c = 0; c < row.size(); c++) {
        if (c > 0) {
          b.append(',');
        }
        String f = row.get(c);
        boolean needed =
            f.contains(",") || f.contains("\"") || f.contains("\n") || f.contains("\r");
        if (needed || random.nextInt(4) == 0) {
          b.append('"').append(f.replace("\"", "\"\"")).append('"');
        } else {
          b.append(f);
        }
      }
      if (r < table.size() - 1 || finalEnd) {
        b.append(crlf ? "\r\n" : "\n");
      }
    }
    return b.toString();
  }

  /** The records, fields and starting lines as FastCSV reads them. */
  private static List<String> fastCsv(String text) {
    List<String> out = new ArrayList<>();
    try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(text)) {
      for (CsvRecord r : reader) {
        out.add(r.getStartingLineNumber() + ":" + r.getFields());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** The records, fields and starting lines as the scanner reads them. */
  static List<String> scanner(String text, int bufferSize) {
    List<String> out = new ArrayList<>();
    ByteArrayInputStream in = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    CsvScanner.Visitor visitor =
        new CsvScanner.Visitor() {
          @Override
          public int header(String[] names) {
            out.add("1:" + List.of(names));
            return names.length;
          }

          @Override
          public boolean row(CsvRow row) {
            List<String> fields = new ArrayList<>();
            for (int i = 0; i < row.fields(); i++) {
              fields.add(row.string(i));
            }
            out.add(row.line() + ":" + fields);
            return true;
          }

          @Override
          public void malformed(long line, OpenDataErrorCode code, int fields, String raw) {
            out.add(line + ":" + code);
          }
        };
    try {
      new CsvScanner(in::read, 0, Long.MAX_VALUE, true, -1, bufferSize, visitor, () -> {}).scan();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  @Test
  void readsWhatFastCsvReads() {
    qt().forAll(
            tables(),
            SourceDSL.longs().all(),
            SourceDSL.integers().between(0, 3),
            SourceDSL.integers().between(16, 300))
        .checkAssert(
            (table, seed, ends, size) -> {
              String text = write(table, seed, (ends & 1) == 1, (ends & 2) == 2);
              assertThat(scanner(text, size)).isEqualTo(fastCsv(text));
            });
  }

  @Test
  void aRecordCutByTheEndOfTheFileInsideQuotesIsReportedNotRead() {
    String text = "a,b\n1,2\n3,\"unclosed";

    assertThat(scanner(text, 16)).containsExactly("1:[a, b]", "2:[1, 2]", "3:ROW_UNCLOSED_QUOTE");
  }

  @Test
  void aTruncatedLastLineIsTooShortAndTheRowsBeforeItStay() {
    String text = "a,b,c\n1,2,3\n4,5";

    assertThat(scanner(text, 16)).containsExactly("1:[a, b, c]", "2:[1, 2, 3]", "3:ROW_TOO_SHORT");
  }

  @Test
  void aRecordWithTooManyFieldsIsReportedAndTheNextRowsAreNotShifted() {
    String text = "a,b\n1,2,3\n4,5\n";

    assertThat(scanner(text, 16)).containsExactly("1:[a, b]", "2:ROW_TOO_LONG", "3:[4, 5]");
  }

  @Test
  void aLeadingByteOrderMarkIsNotPartOfTheFirstColumnName() {
    assertThat(scanner("\uFEFFsiren,b\n1,2\n", 64)).containsExactly("1:[siren, b]", "2:[1, 2]");
  }
}
