package io.github.esspetiteenfance.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.esspetiteenfance.json.testmodel.Catalog;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Truncated, mutated and oversized documents only ever produce the documented exception, with
 * well-formed problems: never another exception, never a partial object.
 */
class HostileInputPropertyTest {

  private static final EssJsonReader<Catalog> READER = Fixtures.catalogReader();

  /** Applies 1 to 4 random byte-level mutations chosen by a seed. */
  static byte[] mutate(byte[] doc, long seed) {
    Random random = new Random(seed);
    byte[] out = doc;
    int rounds = 1 + random.nextInt(4);
    for (int r = 0; r < rounds && out.length > 0; r++) {
      int at = random.nextInt(out.length);
      switch (random.nextInt(6)) {
        case 0 -> out[at] = (byte) random.nextInt(256); // flip a byte
        case 1 ->
            out =
                concat(
                    Arrays.copyOf(out, at),
                    Arrays.copyOfRange(
                        out,
                        Math.min(out.length, at + 1 + random.nextInt(8)),
                        out.length)); // delete
        case 2 -> out = Arrays.copyOf(out, at); // truncate
        case 3 -> { // insert a structural character
          byte[] tokens = "{}[],:\"\\0-.eE ntf".getBytes(StandardCharsets.US_ASCII);
          out =
              concat(
                  concat(
                      Arrays.copyOf(out, at), new byte[] {tokens[random.nextInt(tokens.length)]}),
                  Arrays.copyOfRange(out, at, out.length));
        }
        case 4 -> { // duplicate a segment
          int len = Math.min(out.length - at, 1 + random.nextInt(40));
          out =
              concat(
                  concat(Arrays.copyOf(out, at + len), Arrays.copyOfRange(out, at, at + len)),
                  Arrays.copyOfRange(out, at + len, out.length));
        }
        default -> out[at] = (byte) (out[at] ^ (1 << random.nextInt(8))); // flip a bit
      }
    }
    return out;
  }

  static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  /** Reads a document: it returns a value or throws a well-formed JsonDocumentException. */
  static <T> void readsOrReportsCleanly(EssJsonReader<T> reader, byte[] doc) {
    T value;
    try {
      value = reader.read(doc);
    } catch (JsonDocumentException e) {
      assertThat(e.problems()).isNotEmpty();
      for (JsonProblem p : e.problems()) {
        assertThat(p.pointer()).isNotNull();
        assertThat(p.pointer().isEmpty() || p.pointer().startsWith("/")).isTrue();
        assertThat(p.code()).isNotBlank();
        assertThat(p.message(Locale.ENGLISH)).isNotBlank();
        assertThat(p.message(Locale.FRENCH)).isNotBlank();
      }
      assertThat(e.getMessage()).isNotBlank();
      assertThat(e.message(Locale.FRENCH)).isNotBlank();
      return;
    }
    assertThat(value).isNotNull();
  }

  /** A random mutation of each encoded value is read, or refused with the documented exception. */
  private static <T> void mutationsReadOrReportCleanly(
      EssJsonReader<T> reader, org.quicktheories.core.Gen<T> values) {
    qt().withExamples(1000)
        .forAll(values, longs().all())
        .checkAssert(
            (value, seed) ->
                readsOrReportsCleanly(
                    reader, mutate(EssJson.encode(value).getBytes(StandardCharsets.UTF_8), seed)));
  }

  @Test
  void read_mutatedDocument_returnsAValueOrTheDocumentedException() {
    qt().withExamples(1000)
        .forAll(ModelGenerators.catalogs(), longs().all())
        .checkAssert(
            (catalog, seed) -> {
              byte[] doc = Fixtures.encode(catalog).getBytes(StandardCharsets.UTF_8);
              readsOrReportsCleanly(READER, mutate(doc, seed));
            });
  }

  @Test
  void read_mutatedEstablishment_returnsAValueOrTheDocumentedException() {
    mutationsReadOrReportCleanly(
        EssJson.reader(io.github.esspetiteenfance.establishment.Establishment.class),
        io.github.esspetiteenfance.testing.EstablishmentGenerators.establishments());
  }

  @Test
  void read_mutatedComplianceReport_returnsAValueOrTheDocumentedException() {
    mutationsReadOrReportCleanly(
        EssJson.reader(io.github.esspetiteenfance.regulation.ComplianceReport.class),
        ModelGenerators.anyComplianceReports());
  }

  @Test
  void read_mutatedConsistencyReport_returnsAValueOrTheDocumentedException() {
    mutationsReadOrReportCleanly(
        EssJson.reader(io.github.esspetiteenfance.indicator.ConsistencyReport.class),
        ModelGenerators.anyConsistencyReports());
  }

  @Test
  void read_truncatedDocument_isRefused() {
    qt().withExamples(1000)
        .forAll(ModelGenerators.catalogs(), integers().between(0, 1_000_000))
        .checkAssert(
            (catalog, cut) -> {
              byte[] doc = Fixtures.encode(catalog).getBytes(StandardCharsets.UTF_8);
              byte[] truncated = Arrays.copyOf(doc, cut % doc.length);
              try {
                READER.read(truncated);
                throw new AssertionError("a truncated document was accepted");
              } catch (JsonDocumentException e) {
                assertThat(e.codes())
                    .containsAnyOf(
                        "json.syntax.truncated", "json.document.empty", "json.syntax.malformed");
              }
            });
  }

  @Test
  void read_oversizedDocument_isRefusedWithTheSizeLimit() {
    JsonLimits small = JsonLimits.builder().maxDocumentLength(2_000).build();
    EssJsonReader<Catalog> reader = READER.withLimits(small);
    qt().withExamples(1000)
        .forAll(ModelGenerators.catalogs(), integers().between(0, 4_000))
        .checkAssert(
            (catalog, padding) -> {
              byte[] doc =
                  (Fixtures.encode(catalog) + " ".repeat(padding)).getBytes(StandardCharsets.UTF_8);
              if (doc.length <= small.maxDocumentLength()) {
                readsOrReportsCleanly(reader, doc);
                return;
              }
              for (Runnable read :
                  new Runnable[] {
                    () -> reader.read(doc), () -> reader.read(new ByteArrayInputStream(doc))
                  }) {
                try {
                  read.run();
                  throw new AssertionError("an oversized document was accepted");
                } catch (JsonDocumentException e) {
                  assertThat(e.codes()).containsExactly("json.limit.document-size");
                }
              }
            });
  }

  @Test
  void read_randomBytes_returnAValueOrTheDocumentedException() {
    qt().withExamples(1000)
        .forAll(longs().all(), integers().between(0, 300))
        .checkAssert(
            (seed, length) -> {
              byte[] noise = new byte[length];
              new Random(seed).nextBytes(noise);
              readsOrReportsCleanly(READER, noise);
            });
  }
}
