package io.github.esspetiteenfance.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.esspetiteenfance.establishment.Establishment;
import io.github.esspetiteenfance.json.testmodel.Catalog;
import io.github.esspetiteenfance.testing.EstablishmentGenerators;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The streaming fast path is never more lenient than the shape check: whatever it accepts, the
 * tree-walking path accepts with the same value; and valid documents take the fast path.
 */
class FastPathPropertyTest {

  static <T> void agree(EssJsonReader<T> reader, byte[] doc) {
    agree(reader, doc, reader.readFast(doc));
    agree(reader, doc, reader.readFastThroughTheStrictParser(doc));
  }

  private static <T> void agree(EssJsonReader<T> reader, byte[] doc, T fast) {
    if (fast == null) {
      return;
    }
    T slow;
    try {
      slow = reader.readSlow(doc);
    } catch (JsonDocumentException e) {
      throw new AssertionError(
          "the fast path accepted a document the shape check refuses: "
              + e.getMessage()
              + "\n"
              + new String(doc, StandardCharsets.UTF_8),
          e);
    }
    assertThat(slow).isEqualTo(fast);
  }

  /**
   * Each encoded value takes the fast path to the same value, and a random mutation of it is never
   * accepted by the fast path when the shape check refuses it.
   */
  private static <T> void neverMoreLenient(
      EssJsonReader<T> reader,
      org.quicktheories.core.Gen<T> values,
      java.util.function.Function<T, String> encode) {
    qt().withExamples(1000)
        .forAll(values, longs().all())
        .checkAssert(
            (value, seed) -> {
              byte[] doc = encode.apply(value).getBytes(StandardCharsets.UTF_8);
              assertThat(reader.readFast(doc)).isEqualTo(value);
              agree(reader, HostileInputPropertyTest.mutate(doc, seed));
            });
  }

  @Test
  void fastPath_mutatedCatalog_isNeverMoreLenient() {
    neverMoreLenient(Fixtures.catalogReader(), ModelGenerators.catalogs(), Fixtures::encode);
  }

  @Test
  void fastPath_mutatedEstablishment_isNeverMoreLenient() {
    neverMoreLenient(
        EssJson.reader(Establishment.class),
        EstablishmentGenerators.establishments(),
        EssJson::encode);
  }

  @Test
  void fastPath_mutatedComplianceReport_isNeverMoreLenient() {
    neverMoreLenient(
        EssJson.reader(io.github.esspetiteenfance.regulation.ComplianceReport.class),
        ModelGenerators.anyComplianceReports(),
        EssJson::encode);
  }

  @Test
  void fastPath_mutatedConsistencyReport_isNeverMoreLenient() {
    neverMoreLenient(
        EssJson.reader(io.github.esspetiteenfance.indicator.ConsistencyReport.class),
        ModelGenerators.anyConsistencyReports(),
        EssJson::encode);
  }

  @Test
  void fastPath_lenient_isNeverMoreLenient() {
    EssJsonReader<Catalog> reader = Fixtures.catalogReader().lenient();
    qt().withExamples(300)
        .forAll(ModelGenerators.catalogs(), longs().all())
        .checkAssert(
            (catalog, seed) ->
                agree(
                    reader,
                    HostileInputPropertyTest.mutate(
                        Fixtures.encode(catalog).getBytes(StandardCharsets.UTF_8), seed)));
  }

  @Test
  void fastPath_everyInvalidDocumentOfTheSchemaTest_isRefused() {
    EssJsonReader<Catalog> reader = Fixtures.catalogReader();
    JsonSchemaTest.invalidDocuments()
        .forEach(
            args -> {
              com.fasterxml.jackson.databind.node.ObjectNode doc =
                  (com.fasterxml.jackson.databind.node.ObjectNode)
                      Fixtures.TEST_MAPPER.valueToTree(Fixtures.catalog());
              @SuppressWarnings("unchecked")
              java.util.function.Consumer<com.fasterxml.jackson.databind.node.ObjectNode> mutation =
                  (java.util.function.Consumer<com.fasterxml.jackson.databind.node.ObjectNode>)
                      args.get()[1];
              mutation.accept(doc);
              assertThat(reader.readFast(doc.toString().getBytes(StandardCharsets.UTF_8)))
                  .as((String) args.get()[0])
                  .isNull();
            });
  }

  @Test
  void fastPath_scalarsForRecordsAndPaddedCodes_areRefused() {
    EssJsonReader<io.github.esspetiteenfance.structure.Structure> reader =
        EssJson.reader(io.github.esspetiteenfance.structure.Structure.class);
    String json = EssJson.encode(StandardFixtures.microCreche());
    for (String[] change :
        new String[][] {
          {"{\"places\":12}", "12"},
          {"{\"year\":2017}", "2017"},
          {"\"PAJE_CMG\"", "\" PAJE_CMG\""},
          {"\"MONDAY\"", "\"MONDAY \""},
          {"\"SATURDAY\"", "\"saturday\""},
          {"\"MONTESSORI\"", "0"},
          {"\"inspirationOnly\":true", "\"inspirationOnly\":1"},
          {"\"inspirationOnly\":true", "\"inspirationOnly\":\"true\""},
          {"\"minMonths\":2", "\"minMonths\":\"2\""},
          {"\"minMonths\":2", "\"minMonths\":2.0"},
          {"\"opens\":\"06:00:00\"", "\"opens\":\"06:00:00Z\""},
          {"\"opens\":\"06:00:00\"", "\"opens\":[6,0]"},
          {"\"slots\":[", "\"slots\":[[],"},
          {"\"type\":\"micro-creche\"", "\"type\":\"micro-creche \""}
        }) {
      assertThat(json).contains(change[0]);
      String changed = json.replace(change[0], change[1]);
      assertThat(reader.readFast(changed.getBytes(StandardCharsets.UTF_8))).as(changed).isNull();
      Failures.failure(reader, changed);
    }
  }

  @Test
  void fastPath_dataset_isUsed() {
    EssJsonReader<List<Establishment>> reader = EssJson.reader(EssDocument.ESTABLISHMENTS);
    List<Establishment> seed = io.github.esspetiteenfance.testing.SeedPortraits.all();
    assertThat(reader.readFast(EssJson.encode(seed).getBytes(StandardCharsets.UTF_8)))
        .isEqualTo(seed);
  }

  @Test
  void mayHoldNullToken_agreesWithANaiveSearch() {
    qt().withExamples(5000)
        .forAll(strings().betweenCodePoints('j', 'v').ofLengthBetween(0, 12))
        .checkAssert(
            text -> {
              String json = "[\"" + text;
              assertThat(EssJsonReader.mayHoldNullToken(bytes(json)))
                  .as(json)
                  .isEqualTo(json.contains("null"));
            });
  }

  @Test
  void mayHoldNullToken_examples() {
    assertThat(EssJsonReader.mayHoldNullToken(bytes("{\"a\":null}"))).isTrue();
    assertThat(EssJsonReader.mayHoldNullToken(bytes("null"))).isTrue();
    assertThat(EssJsonReader.mayHoldNullToken(bytes("[nul, ull]"))).isFalse();
    assertThat(EssJsonReader.mayHoldNullToken(bytes("{\"annulled\":1}"))).isTrue();
    assertThat(EssJsonReader.mayHoldNullToken(bytes("{\"a\":1}"))).isFalse();
    assertThat(EssJsonReader.mayHoldNullToken(bytes("1"))).isTrue();
    assertThat(EssJsonReader.mayHoldNullToken("{\"a\":1}".getBytes(StandardCharsets.UTF_16BE)))
        .isTrue();
    assertThat(EssJsonReader.mayHoldNullToken("{\"a\":1}".getBytes(StandardCharsets.UTF_16LE)))
        .isTrue();
    assertThat(EssJsonReader.mayHoldNullToken("{\"a\":1}".getBytes(StandardCharsets.UTF_16)))
        .isTrue();
  }

  @Test
  void fastPath_nullFreeDocuments_refuseDuplicateKeys() {
    EssJsonReader<io.github.esspetiteenfance.structure.Structure> reader =
        EssJson.reader(io.github.esspetiteenfance.structure.Structure.class);
    String json = EssJson.encode(StandardFixtures.microCreche());
    assertThat(json).doesNotContain("null").contains("\"type\":\"micro-creche\",");
    String duplicated =
        json.replace(
            "\"type\":\"micro-creche\",", "\"type\":\"micro-creche\",\"capacity\":{\"places\":9},");
    assertThat(duplicated).isNotEqualTo(json);
    byte[] doc = bytes(duplicated);
    assertThat(EssJsonReader.mayHoldNullToken(doc)).isFalse();
    assertThat(reader.readFast(doc)).isNull();
    assertThat(reader.readFastThroughTheStrictParser(doc)).isNull();
    assertThat(Failures.failure(reader, duplicated).problems())
        .extracting(JsonProblem::code)
        .contains("json.syntax.duplicate-key");
    assertThat(reader.readFast(bytes(json))).isEqualTo(StandardFixtures.microCreche());
  }

  @Test
  void read_nullInsideAText_takesTheStrictParserAndSucceeds() {
    EssJsonReader<Establishment> reader = EssJson.reader(Establishment.class);
    Establishment e =
        io.github.esspetiteenfance.testing.SeedPortraits.microScop()
            .withDescription("Une description qui dit null");
    byte[] doc = bytes(EssJson.encode(e));
    assertThat(EssJsonReader.mayHoldNullToken(doc)).isTrue();
    assertThat(reader.readFast(doc)).isEqualTo(e);
    assertThat(reader.read(doc)).isEqualTo(e);
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
