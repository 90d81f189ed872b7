package io.github.esspetiteenfance.json;

import static io.github.esspetiteenfance.json.Failures.failure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.esspetiteenfance.json.testmodel.Catalog;
import io.github.esspetiteenfance.legal.LegalBasis;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class EssJsonReaderTest {

  private static final EssJsonReader<Catalog> READER = Fixtures.catalogReader();

  static ObjectNode tree(Object value) {
    return (ObjectNode) Fixtures.TEST_MAPPER.valueToTree(value);
  }

  @Test
  void read_validDocument_returnsTheValue() {
    String json = Fixtures.encode(Fixtures.catalog());
    assertThat(READER.read(json)).isEqualTo(Fixtures.catalog());
    assertThat(READER.read(json.getBytes(StandardCharsets.UTF_8))).isEqualTo(Fixtures.catalog());
    assertThat(READER.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))))
        .isEqualTo(Fixtures.catalog());
    assertThat(READER.read(new StringReader(json))).isEqualTo(Fixtures.catalog());
  }

  @Test
  void read_manyStructuralProblems_reportsThemAllWithPointers() {
    ObjectNode doc = tree(Fixtures.catalog());
    doc.put("colour", "red"); // unknown
    doc.remove("month"); // missing
    doc.putNull("opens"); // null
    doc.put("year", "2026"); // wrong type
    doc.put("visitors", 1.5); // not an integer
    doc.put("trial", "3 months"); // bad format
    ObjectNode first = (ObjectNode) doc.withArray("places").get(0);
    first.put("capacity", 3_000_000_000L); // out of int range
    first.put("code", "AB124"); // invalid identifier (core code)
    ObjectNode second = (ObjectNode) doc.withArray("places").get(1);
    second.withArray("colours").add("purple"); // unknown code
    ((ObjectNode) doc.withArray("places").get(2)).put("type", "creche"); // unknown type
    doc.withObjectProperty("prices").put("blue", 1); // unknown map key
    doc.withObjectProperty("counts").put("ab123", 1); // identifier key not canonical
    doc.withObjectProperty("counts").put("AB124", 1); // invalid identifier key
    ((ObjectNode) doc.withArray("rates").get(0))
        .withObjectProperty("basis")
        .put("confidence", "SURE");

    JsonDocumentException e = failure(READER, doc.toString());

    assertThat(e.problems())
        .extracting(JsonProblem::pointer, JsonProblem::code)
        .containsExactlyInAnyOrder(
            tuple("/colour", "json.property.unknown"),
            tuple("/month", "json.property.missing"),
            tuple("/opens", "json.value.null"),
            tuple("/year", "json.value.wrong-type"),
            tuple("/visitors", "json.value.wrong-type"),
            tuple("/trial", "json.value.invalid-format"),
            tuple("/places/0/capacity", "json.value.out-of-range"),
            tuple("/places/0/code", "test.code.checksum"),
            tuple("/places/1/colours/2", "json.value.unknown-code"),
            tuple("/places/2/type", "json.type.unknown"),
            tuple("/prices/blue", "json.value.unknown-code"),
            tuple("/counts/ab123", "json.value.not-canonical"),
            tuple("/counts/AB124", "test.code.checksum"),
            tuple("/rates/0/basis/confidence", "json.value.unknown-code"));
    assertThat(e.code()).isEqualTo("json.document.invalid");
  }

  @Test
  void read_problem_hasFrenchAndEnglishMessagesAndRejectedValue() {
    ObjectNode doc = tree(Fixtures.catalog());
    doc.put("colour", "red");
    JsonProblem p = failure(READER, doc.toString()).problems().get(0);
    assertThat(p.message(Locale.ENGLISH)).isEqualTo("Unknown property 'colour'.");
    assertThat(p.message(Locale.FRENCH)).isEqualTo("Propriété inconnue « colour ».");
    assertThat(p.rejectedValue()).hasToString("\"red\"");
    assertThat(p.isDomainProblem()).isFalse();
  }

  @Test
  void read_domainInvariants_areAllReportedAtTheirPath() {
    ObjectNode doc = tree(Fixtures.catalog());
    ((ObjectNode) doc.withArray("places").get(0).get("ages")).put("maxMonths", 1);
    ((ObjectNode) doc.withArray("places").get(2).get("ages")).put("minMonths", 60);
    ((ObjectNode) doc.withArray("rates").get(1).get("basis").get("validity"))
        .put("start", "2020-01-01");
    ((ObjectNode) doc.get("basis")).put("text", " ");

    JsonDocumentException e = failure(READER, doc.toString());

    assertThat(e.problems())
        .extracting(JsonProblem::pointer, JsonProblem::code)
        .containsExactlyInAnyOrder(
            tuple("/places/0/ages/maxMonths", "test.age.reversed"),
            tuple("/places/2/ages/maxMonths", "test.age.reversed"),
            tuple("/rates", "legal.timeline.overlap"),
            tuple("/basis/text", "value.blank"));
    JsonProblem age =
        e.problems().stream().filter(p -> p.code().equals("test.age.reversed")).findFirst().get();
    assertThat(age.isDomainProblem()).isTrue();
    assertThat(age.rejectedValue()).isEqualTo(1);
    assertThat(age.message(Locale.FRENCH)).isEqualTo("L'âge maximum 1 est inférieur au minimum 2.");
  }

  @Test
  void read_reversedPeriod_isReportedAtTheEnd() {
    String json =
        "{\"text\":\"t\",\"article\":\"\",\"validity\":{\"start\":\"2020-02-01\",\"end\":\"2020-01-01\"},"
            + "\"confidence\":\"CONFIRMED\",\"source\":\"s\",\"descriptionFr\":\"\","
            + "\"descriptionEn\":\"\"}";
    JsonDocumentException e = failure(EssJson.reader(LegalBasis.class), json);
    assertThat(e.problems())
        .extracting(JsonProblem::pointer, JsonProblem::code)
        .containsExactly(tuple("/validity/end", "legal.period.reversed"));
  }

  @Test
  void lenient_ignoresUnknownPropertiesOnly() {
    ObjectNode doc = tree(Fixtures.catalog());
    doc.put("colour", "red");
    ((ObjectNode) doc.withArray("places").get(0)).put("extra", 1);
    assertThat(READER.lenient().read(doc.toString())).isEqualTo(Fixtures.catalog());
    doc.remove("title");
    assertThat(failure(READER.lenient(), doc.toString()).codes())
        .containsExactly("json.property.missing");
  }

  @Test
  void read_missingType_isReported() {
    ObjectNode doc = tree(Fixtures.catalog());
    ((ObjectNode) doc.withArray("places").get(1)).remove("type");
    assertThat(failure(READER, doc.toString()).problems())
        .extracting(JsonProblem::pointer, JsonProblem::code)
        .containsExactly(tuple("/places/1", "json.type.missing"));
  }

  @Test
  void read_classNameOrObjectAsType_isRefused() {
    ObjectNode doc = tree(Fixtures.catalog());
    ((ObjectNode) doc.withArray("places").get(0)).put("type", "java.lang.Object");
    ((ObjectNode) doc.withArray("places").get(1))
        .put("type", "io.github.esspetiteenfance.json.testmodel.Place$Playground");
    assertThat(failure(READER, doc.toString()).problems())
        .extracting(JsonProblem::pointer, JsonProblem::code)
        .containsExactly(
            tuple("/places/0/type", "json.type.unknown"),
            tuple("/places/1/type", "json.type.unknown"));
  }

  @Test
  void read_duplicateSetElement_isReported() {
    ObjectNode doc = tree(Fixtures.catalog());
    ((ObjectNode) doc.withArray("places").get(1)).withArray("colours").add("red");
    assertThat(failure(READER, doc.toString()).problems())
        .extracting(JsonProblem::pointer, JsonProblem::code)
        .containsExactly(tuple("/places/1/colours/2", "json.array.duplicate-element"));
  }

  @Test
  void read_nullArrayElementAndNullRoot_areReported() {
    ObjectNode doc = tree(Fixtures.catalog());
    doc.withArray("places").addNull();
    assertThat(failure(READER, doc.toString()).problems())
        .extracting(JsonProblem::pointer, JsonProblem::code)
        .containsExactly(tuple("/places/3", "json.value.null"));
    assertThat(failure(READER, "null").codes()).containsExactly("json.value.null");
  }

  @Test
  void read_wrongRootType_isReported() {
    assertThat(failure(READER, "[]").problems())
        .extracting(JsonProblem::pointer, JsonProblem::code)
        .containsExactly(tuple("", "json.value.wrong-type"));
  }

  @Test
  void read_pointer_escapesSlashAndTilde() {
    ObjectNode doc = tree(Fixtures.catalog());
    doc.put("a/b~c", 1);
    assertThat(failure(READER, doc.toString()).problems().get(0).pointer()).isEqualTo("/a~1b~0c");
  }

  @Test
  void read_syntaxErrors_areReportedOnce() {
    assertThat(failure(READER, "").codes()).containsExactly("json.document.empty");
    assertThat(failure(READER, "   ").codes()).containsExactly("json.document.empty");
    assertThat(failure(READER, "{\"title\":").codes()).containsExactly("json.syntax.truncated");
    assertThat(failure(READER, "{\"title\" 1}").codes()).containsExactly("json.syntax.malformed");
    assertThat(failure(READER, "{'title':1}").codes()).containsExactly("json.syntax.malformed");
    assertThat(failure(READER, "{\"a\":1} {}").codes())
        .containsExactly("json.syntax.trailing-content");
    assertThat(failure(READER, "{\"a\":1} x").codes())
        .containsExactly("json.syntax.trailing-content");
    assertThat(failure(READER, "{\"a\":NaN}").codes()).containsExactly("json.syntax.malformed");
    assertThat(failure(READER, "{\"a\":01}").codes()).containsExactly("json.syntax.malformed");
    assertThat(failure(READER, "{\"a\":1 /* c */}").codes())
        .containsExactly("json.syntax.malformed");
  }

  @Test
  void read_duplicateKey_isReportedWithItsPointer() {
    JsonDocumentException e = failure(READER, "{\"places\":[{\"name\":\"a\",\"name\":\"b\"}]}");
    assertThat(e.problems())
        .extracting(JsonProblem::pointer, JsonProblem::code)
        .containsExactly(tuple("/places/0/name", "json.syntax.duplicate-key"));
    assertThat(e.problems().get(0).message(Locale.ENGLISH)).contains("'name'");
  }

  @Test
  void read_invalidUtf8_isMalformed() {
    byte[] bad = {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
    assertThat(failure(READER, bad).codes()).containsExactly("json.syntax.malformed");
  }

  @Test
  void read_tooManyProblems_isCapped() {
    JsonLimits limits = JsonLimits.builder().maxProblems(5).build();
    ObjectNode doc = tree(Fixtures.catalog());
    for (int i = 0; i < 20; i++) {
      doc.put("x" + i, i);
    }
    JsonDocumentException e = failure(READER.withLimits(limits), doc.toString());
    assertThat(e.problems()).hasSize(6);
    assertThat(e.problems().get(5).code()).isEqualTo("json.problems.too-many");
  }

  @Test
  void exception_message_listsTheProblems() {
    ObjectNode doc = tree(Fixtures.catalog());
    doc.remove("title");
    JsonDocumentException e = failure(READER, doc.toString());
    assertThat(e.getMessage())
        .startsWith("[json.document.invalid] The JSON document is invalid: 1 problem(s).")
        .contains("/title [json.property.missing] The required property 'title' is missing.");
    assertThat(e.message(Locale.FRENCH))
        .contains("La propriété obligatoire « title » est absente.");
    assertThat(e.field()).contains("/title");
  }

  @Test
  void reader_unmappedType_isRefusedAtCreation() {
    assertThatThrownBy(() -> EssJson.reader(Object.class))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> EssJson.reader(Thread.class))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void read_listDocument_works() {
    EssJsonReader<List<LegalBasis>> reader =
        EssJson.newReader(
            new com.fasterxml.jackson.core.type.TypeReference<List<LegalBasis>>() {}.getType());
    String json =
        "[" + EssJson.encode(Fixtures.CSP) + "," + EssJson.encode(Fixtures.CIRCULAIRE) + "]";
    assertThat(reader.read(json)).containsExactly(Fixtures.CSP, Fixtures.CIRCULAIRE);
    assertThat(failure(reader, "[" + EssJson.encode(Fixtures.CSP) + ",{}]").problems())
        .extracting(JsonProblem::pointer)
        .contains("/1/text", "/1/source");
  }
}
