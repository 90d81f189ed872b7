package io.github.esspetiteenfance.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.esspetiteenfance.json.testmodel.Catalog;
import io.github.esspetiteenfance.json.testmodel.TestModel;
import java.io.IOException;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The JSON Schemas agree with the format: valid documents validate, invalid ones do not. */
class JsonSchemaTest {

  private static final ObjectMapper MAPPER = EssJson.mapper();

  static Schema schema(String text) {
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(text);
  }

  static final Schema CATALOG =
      schema(
          new JsonSchemaGenerator(TestModel.MODEL).generate("catalog", Catalog.class).toString());

  @Test
  void everyDocument_hasAShippedSchemaEqualToTheGeneratedOne() throws IOException {
    Map<String, ObjectNode> generated = new JsonSchemaGenerator(JsonModel.standard()).generateAll();
    assertThat(generated).isNotEmpty();
    for (Map.Entry<String, ObjectNode> e : generated.entrySet()) {
      String shipped = EssJsonSchemas.text(e.getKey()).orElse(null);
      assertThat(shipped).as("schema of %s in the jar", e.getKey()).isNotNull();
      assertThat(MAPPER.readTree(shipped)).isEqualTo(MAPPER.readTree(e.getValue().toString()));
      assertThat(e.getValue().get("$schema").asText())
          .isEqualTo("https://json-schema.org/draft/2020-12/schema");
    }
    assertThat(EssJsonSchemas.text("no-such-document")).isEmpty();
  }

  @Test
  void goldenDocuments_validateAgainstTheirSchema() throws IOException {
    Schema legalBasis = schema(EssJsonSchemas.text("legal-basis").orElseThrow());
    assertThat(legalBasis.validate(MAPPER.readTree(GoldenFilesTest.golden("legal-basis"))))
        .isEmpty();
    assertThat(legalBasis.validate(MAPPER.readTree(GoldenFilesTest.golden("legal-basis-closed"))))
        .isEmpty();
    assertThat(CATALOG.validate(MAPPER.readTree(GoldenFilesTest.golden("catalog")))).isEmpty();
    for (String document :
        java.util.List.of(
            "establishment",
            "structure",
            "organization",
            "network",
            "indicator",
            "family",
            "monthly-contract",
            "hourly-rate",
            "compliance-report",
            "finding",
            "consistency-report",
            "indicator-finding")) {
      assertThat(
              schema(EssJsonSchemas.text(document).orElseThrow())
                  .validate(MAPPER.readTree(GoldenFilesTest.golden(document))))
          .as(document)
          .isEmpty();
    }
  }

  static ObjectNode place(ObjectNode doc, int i) {
    return (ObjectNode) doc.withArray("places").get(i);
  }

  static Stream<Arguments> invalidDocuments() {
    return Stream.of(
        invalid("unknown property", d -> d.put("colour", "red"), "json.property.unknown"),
        invalid("missing property", d -> d.remove("title"), "json.property.missing"),
        invalid("null value", d -> d.putNull("title"), "json.value.null"),
        invalid("null optional", d -> d.putNull("basis"), "json.value.null"),
        invalid("wrong type", d -> d.put("title", 12), "json.value.wrong-type"),
        invalid("float for integer", d -> d.put("visitors", 1.5), "json.value.wrong-type"),
        invalid(
            "int out of range",
            d -> place(d, 0).put("capacity", 1L << 40),
            "json.value.out-of-range"),
        invalid("identifier pattern", d -> place(d, 0).put("code", "A1"), "test.code.format"),
        invalid(
            "identifier not canonical",
            d -> place(d, 0).put("code", "ab123"),
            "json.value.not-canonical"),
        invalid(
            "unknown enum code",
            d -> place(d, 1).withArray("colours").add("purple"),
            "json.value.unknown-code"),
        invalid(
            "enum by Java name",
            d -> place(d, 1).withArray("colours").set(0, "LIGHT_BLUE"),
            "json.value.unknown-code"),
        invalid(
            "duplicate set element",
            d -> place(d, 1).withArray("colours").add("red"),
            "json.array.duplicate-element"),
        invalid("unknown type name", d -> place(d, 0).put("type", "creche"), "json.type.unknown"),
        invalid(
            "class name as type",
            d -> place(d, 0).put("type", "java.lang.Object"),
            "json.type.unknown"),
        invalid("missing type", d -> place(d, 0).remove("type"), "json.type.missing"),
        invalid(
            "property of another subtype",
            d -> place(d, 0).putArray("colours"),
            "json.property.unknown"),
        invalid(
            "bad date",
            d -> place(d, 1).withArray("openDays").set(0, "05/01/2026"),
            "json.value.invalid-format"),
        invalid("bad month", d -> d.put("month", "2026-1"), "json.value.invalid-format"),
        invalid(
            "unknown map key",
            d -> d.withObjectProperty("prices").put("blue", 1),
            "json.value.unknown-code"),
        invalid(
            "map key pattern", d -> d.withObjectProperty("counts").put("x", 1), "test.code.format"),
        invalid(
            "number as string",
            d -> d.withObjectProperty("prices").put("red", "12.5"),
            "json.value.wrong-type"));
  }

  private static Arguments invalid(String description, Consumer<ObjectNode> mutation, String code) {
    return Arguments.of(description, mutation, code);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidDocuments")
  void invalidDocument_failsTheSchemaAndTheReader(
      String description, Consumer<ObjectNode> mutation, String code) {
    ObjectNode doc = (ObjectNode) Fixtures.TEST_MAPPER.valueToTree(Fixtures.catalog());
    assertThat(CATALOG.validate(doc)).isEmpty();
    mutation.accept(doc);
    assertThat(CATALOG.validate(doc)).as(description).isNotEmpty();
    assertThat(Failures.failure(Fixtures.catalogReader(), doc.toString()).codes()).contains(code);
  }

  @Test
  void shippedSchemas_useEcmaRegularExpressionsOnly() {
    for (String document : JsonModel.standard().documents().keySet()) {
      assertThat(EssJsonSchemas.text(document).orElseThrow())
          .doesNotContainPattern("\\(\\?[a-zA-Z]");
    }
    assertThat(JsonSchemaGenerator.ecmaPattern("(?s).*\\S.*")).isEqualTo("[\\s\\S]*\\S[\\s\\S]*");
    assertThat(JsonSchemaGenerator.ecmaPattern("(?s)[.]a\\.")).isEqualTo("[.]a\\.");
    assertThat(JsonSchemaGenerator.ecmaPattern("^[0-9]{9}$")).isEqualTo("^[0-9]{9}$");
  }

  @Test
  void schema_describesIdentifiersTypesAndRequiredProperties() {
    JsonNode schema = new JsonSchemaGenerator(TestModel.MODEL).generate("catalog", Catalog.class);
    JsonNode nursery = schema.at("/$defs/Place/oneOf/0");
    assertThat(nursery.at("/properties/type/const").asText()).isEqualTo("nursery");
    assertThat(nursery.at("/properties/code/pattern").asText()).isEqualTo("^[A-Z]{2}[0-9]{3}$");
    assertThat(nursery.get("required").toString())
        .isEqualTo("[\"type\",\"name\",\"capacity\",\"ages\"]");
    assertThat(nursery.get("additionalProperties").asBoolean(true)).isFalse();
    assertThat(schema.toString()).doesNotContain("\"null\"");
  }
}
