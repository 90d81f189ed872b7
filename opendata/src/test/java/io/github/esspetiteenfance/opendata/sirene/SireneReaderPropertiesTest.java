package io.github.esspetiteenfance.opendata.sirene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.github.esspetiteenfance.opendata.ProgressListener;
import io.github.esspetiteenfance.opendata.RowAccounting;
import io.github.esspetiteenfance.opendata.RowRejection;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.generators.SourceDSL;

/**
 * Properties of the SIRENE reader on the fixtures: the result does not depend on the order of the
 * columns, on unknown columns, on the quoting, on the compression, on the number of threads or
 * chunks (partial panoramas merged), and the accounting identity always holds.
 */
class SireneReaderPropertiesTest {

  @TempDir Path dir;

  private static List<List<String>> table(String resource) {
    List<List<String>> rows = new ArrayList<>();
    try (CsvReader<CsvRecord> reader =
        CsvReader.builder().ofCsvRecord(SireneFixtures.text(resource))) {
      reader.forEach(r -> rows.add(new ArrayList<>(r.getFields())));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }

  /** Moves the columns and adds unknown ones, the same way on every row. */
  private static List<List<String>> shuffleColumns(List<List<String>> table, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int columns = table.get(0).size();
    int extra = random.nextInt(4);
    List<Integer> order = new ArrayList<>();
    for (int c = 0; c < columns + extra; c++) {
      order.add(c);
    }
    Collections.shuffle(order, new java.util.Random(seed));
    List<List<String>> out = new ArrayList<>();
    for (int r = 0; r < table.size(); r++) {
      List<String> row = new ArrayList<>();
      for (int c : order) {
        if (c < columns) {
          row.add(table.get(r).get(c));
        } else {
          row.add(r == 0 ? "colonneInconnue" + c : r % 2 == 0 ? "x, \"y\"" : "");
        }
      }
      out.add(row);
    }
    return out;
  }

  private Path write(String name, String text) {
    try {
      Path p = dir.resolve(name);
      Files.writeString(p, text, StandardCharsets.UTF_8);
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private SireneResult compute(Path est, Path ul, int threads, int buffer, long minChunk) {
    return SirenePanorama.compute(
        SireneRequest.of(est, ul).withThreads(threads), ProgressListener.NONE, buffer, minChunk);
  }

  private SireneResult baseline() {
    return compute(
        SireneFixtures.copy(SireneFixtures.ESTABLISHMENTS_2026, dir),
        SireneFixtures.copy(SireneFixtures.UNITS_2026, dir),
        1,
        1 << 16,
        ChunkedRead.MIN_CHUNK);
  }

  /** What must not change: the panoramas and the accounting, rejections included. */
  private static void assertSame(SireneResult actual, SireneResult expected) {
    assertThat(actual.statutory()).isEqualTo(expected.statutory());
    assertThat(actual.statistical()).isEqualTo(expected.statistical());
    assertSameAccounting(actual.establishments(), expected.establishments());
    assertSameAccounting(actual.legalUnits(), expected.legalUnits());
  }

  private static void assertSameAccounting(RowAccounting actual, RowAccounting expected) {
    assertThat(actual.read()).isEqualTo(expected.read());
    assertThat(actual.accepted()).isEqualTo(expected.accepted());
    assertThat(actual.filtered()).isEqualTo(expected.filtered());
    assertThat(actual.rejectedByCode()).isEqualTo(expected.rejectedByCode());
    assertThat(actual.rejections())
        .extracting(RowRejection::line, RowRejection::column, r -> r.code().code())
        .isEqualTo(
            expected.rejections().stream()
                .map(
                    r -> org.assertj.core.groups.Tuple.tuple(r.line(), r.column(), r.code().code()))
                .toList());
  }

  @Test
  void anyOrderOfColumnsUnknownColumnsAndQuotingGiveTheSameResult() {
    SireneResult expected = baseline();
    List<List<String>> est = table(SireneFixtures.ESTABLISHMENTS_2026);
    List<List<String>> ul = table(SireneFixtures.UNITS_2026);
    qt().withExamples(30)
        .forAll(SourceDSL.longs().all(), SourceDSL.integers().between(0, 3))
        .checkAssert(
            (seed, ends) -> {
              Path e =
                  write(
                      "e.csv",
                      CsvScannerPropertiesTest.write(
                          shuffleColumns(est, seed), seed, (ends & 1) == 1, (ends & 2) == 2));
              Path u =
                  write(
                      "u.csv",
                      CsvScannerPropertiesTest.write(
                          shuffleColumns(ul, ~seed), seed + 1, (ends & 1) == 0, true));
              assertSame(compute(e, u, 1, 1 << 16, ChunkedRead.MIN_CHUNK), expected);
            });
  }

  @Test
  void gzipAndZipFilesGiveTheSameResultAsPlainOnes() throws IOException {
    SireneResult expected = baseline();
    Path est = SireneFixtures.copy(SireneFixtures.ESTABLISHMENTS_2026, dir);
    Path ul = SireneFixtures.copy(SireneFixtures.UNITS_2026, dir);
    Path estGz = dir.resolve("StockEtablissement_utf8.csv.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(estGz))) {
      Files.copy(est, out);
    }
    Path ulZip = dir.resolve("StockUniteLegale_utf8.zip");
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(ulZip))) {
      out.putNextEntry(new ZipEntry("StockUniteLegale_utf8.csv"));
      Files.copy(ul, out);
      out.closeEntry();
    }

    SireneResult compressed = compute(estGz, ulZip, 2, 64, 16);

    assertThat(compressed.statutory()).isEqualTo(expected.statutory());
    assertThat(compressed.statistical()).isEqualTo(expected.statistical());
    assertThat(compressed.establishments().filtered())
        .isEqualTo(expected.establishments().filtered());
    assertThat(compressed.establishments().rejections())
        .extracting(RowRejection::line)
        .isEqualTo(
            expected.establishments().rejections().stream().map(RowRejection::line).toList());
    assertThat(compressed.legalUnits().accepted()).isEqualTo(expected.legalUnits().accepted());
  }

  /**
   * The fixture's rows repeated, some with a line end inside a quoted sign (so that a chunk may
   * start inside quotes and must be read again): the same result with 1 thread and a large buffer
   * or with several threads, small chunks and small buffers. The partial panoramas of the chunks
   * merge into the panorama of one pass.
   */
  @Test
  void anySplitIntoChunksAndThreadsGivesTheSameResult() {
    List<List<String>> est = table(SireneFixtures.ESTABLISHMENTS_2026);
    int sign = est.get(0).indexOf("enseigne1Etablissement");
    Path ul = SireneFixtures.copy(SireneFixtures.UNITS_2026, dir);
    qt().withExamples(25)
        .forAll(
            SourceDSL.integers().between(1, 30),
            SourceDSL.integers().between(2, 4),
            SourceDSL.integers().between(16, 2048),
            SourceDSL.longs().between(64, 4096))
        .checkAssert(
            (repeats, threads, buffer, minChunk) -> {
              List<List<String>> big = new ArrayList<>();
              big.add(est.get(0));
              SplittableRandom random = new SplittableRandom(repeats * 31L + buffer);
              for (int i = 0; i < repeats; i++) {
                for (List<String> row : est.subList(1, est.size())) {
                  List<String> copy = new ArrayList<>(row);
                  if (random.nextInt(3) == 0) {
                    copy.set(sign, "CRECHE\nSUR DEUX LIGNES, \"BIS\"");
                  }
                  big.add(copy);
                }
              }
              Path e = write("big.csv", CsvScannerPropertiesTest.write(big, repeats, false, true));
              SireneResult one = compute(e, ul, 1, 1 << 20, ChunkedRead.MIN_CHUNK);
              SireneResult many = compute(e, ul, threads, buffer, minChunk);
              assertSame(many, one);
              assertThat(one.establishments().read()).isEqualTo((est.size() - 1L) * repeats);
            });
  }

  @Test
  void everyRowIsAccountedForWhateverIsWrongWithIt() {
    List<List<String>> est = table(SireneFixtures.ESTABLISHMENTS_2026);
    Path ul = SireneFixtures.copy(SireneFixtures.UNITS_2026, dir);
    qt().withExamples(40)
        .forAll(SourceDSL.longs().all(), SourceDSL.integers().between(1, 3))
        .checkAssert(
            (seed, threads) -> {
              SplittableRandom random = new SplittableRandom(seed);
              StringBuilder text = new StringBuilder();
              text.append(String.join(",", est.get(0))).append('\n');
              int rows = 0;
              int broken = 0;
              for (int i = 0; i < 60; i++) {
                List<String> row = new ArrayList<>(est.get(1 + random.nextInt(est.size() - 1)));
                switch (random.nextInt(6)) {
                  case 0 -> {
                    row = row.subList(0, random.nextInt(row.size()));
                    broken++;
                  }
                  case 1 -> {
                    row.add("de trop");
                    broken++;
                  }
                  case 2 ->
                      row.set(random.nextInt(row.size()), "\u0000\u001b[31m" + "x".repeat(200));
                  default -> {}
                }
                if (row.isEmpty()) {
                  row = List.of("", "");
                }
                List<List<String>> one = List.of(row);
                text.append(CsvScannerPropertiesTest.write(one, seed + i, false, true));
                rows++;
              }
              Path e = write("mutated.csv", text.toString());
              RowAccounting a = compute(e, ul, threads, 256, 512).establishments();
              assertThat(a.read()).isEqualTo(rows);
              assertThat(a.accepted() + a.filteredCount() + a.rejected()).isEqualTo(a.read());
              assertThat(
                      a.rejectedByCode().getOrDefault("opendata.row.too-short", 0L)
                          + a.rejectedByCode().getOrDefault("opendata.row.too-long", 0L))
                  .isEqualTo(broken);
              assertThat(a.rejections())
                  .allSatisfy(
                      r -> {
                        assertThat(r.value().length())
                            .isLessThanOrEqualTo(RowRejection.MAX_ECHO + 1);
                        assertThat(r.value().chars()).noneMatch(Character::isISOControl);
                        assertThat(r.message(java.util.Locale.FRENCH)).doesNotContain("\u001b");
                      });
            });
  }

  @Test
  void aTruncatedLastLineIsRejectedOrReadAndTheRowsBeforeItDoNotChange() {
    String text = SireneFixtures.text(SireneFixtures.ESTABLISHMENTS_2026);
    int lastLineStart = text.lastIndexOf('\n', text.length() - 2) + 1;
    SireneResult expected = baseline();
    Path ul = SireneFixtures.copy(SireneFixtures.UNITS_2026, dir);
    qt().withExamples(30)
        .forAll(SourceDSL.integers().between(lastLineStart + 1, text.length() - 2))
        .checkAssert(
            cut -> {
              Path e = write("cut.csv", text.substring(0, cut));
              RowAccounting a = compute(e, ul, 1, 64, 512).establishments();
              assertThat(a.read()).isEqualTo(expected.establishments().read());
              assertThat(a.rejections().stream().filter(r -> r.line() < 18).map(RowRejection::line))
                  .containsExactlyElementsOf(
                      expected.establishments().rejections().stream()
                          .filter(r -> r.line() < 18)
                          .map(RowRejection::line)
                          .toList());
            });
  }
}
