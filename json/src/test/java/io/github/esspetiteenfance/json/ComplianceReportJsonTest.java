package io.github.esspetiteenfance.json;

import static io.github.esspetiteenfance.json.Failures.failure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import io.github.esspetiteenfance.diagnostic.Argument;
import io.github.esspetiteenfance.diagnostic.Finding;
import io.github.esspetiteenfance.regulation.ComplianceReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Compliance reports and findings as JSON documents: typed arguments read back exactly, and the
 * strict reader refuses anything else with the documented problems, like the schema.
 */
class ComplianceReportJsonTest {

  private static final ObjectMapper MAPPER = EssJson.mapper();
  private static final EssJsonReader<ComplianceReport> READER =
      EssJson.reader(ComplianceReport.class);
  private static final Schema SCHEMA =
      JsonSchemaTest.schema(EssJsonSchemas.text("compliance-report").orElseThrow());

  /** The registered argument type names, in registration order. */
  static final List<String> ARGUMENT_TYPES =
      List.copyOf(JsonModel.standard().subtypesOf(Argument.class).keySet());

  /** Names that are not registered: class names, Java names, other spellings. */
  static final List<String> HOSTILE_TYPE_NAMES =
      List.of(
          "java.lang.Integer",
          "java.math.BigDecimal",
          "java.lang.Object",
          "io.github.esspetiteenfance.diagnostic.Argument$IntegerValue",
          "IntegerValue",
          "Integer",
          "INTEGER",
          "integer ",
          "int",
          "long",
          "double",
          "string",
          "local-date",
          "year-month",
          "category",
          "",
          "labelled");

  static ObjectNode reportTree() {
    return (ObjectNode) MAPPER.valueToTree(StandardFixtures.complianceReport());
  }

  static ObjectNode argument(ObjectNode report, int finding, int argument) {
    return (ObjectNode)
        report.withArray("findings").get(finding).withArray("arguments").get(argument);
  }

  @Test
  void model_registersEveryKindOfArgument() {
    assertThat(ARGUMENT_TYPES)
        .containsExactly("integer", "decimal", "text", "date", "month", "term", "phrase");
    assertThat(JsonModel.standard().documents())
        .containsEntry("compliance-report", ComplianceReport.class)
        .containsEntry("finding", Finding.class);
  }

  @Test
  void read_goldenReport_givesTheReportAndItsMessages() throws IOException {
    ComplianceReport expected = StandardFixtures.complianceReport();
    ComplianceReport read = READER.read(GoldenFilesTest.golden("compliance-report"));
    assertThat(read).isEqualTo(expected);
    assertThat(read.message(Locale.FRENCH)).isEqualTo(expected.message(Locale.FRENCH));
    assertThat(read.message(Locale.ENGLISH))
        .contains(
            "INFORMATION [regulation.category] Category on this date: micro-crèche (12 places).",
            "INFORMATION [regulation.not-checked] indoor area (référentiel bâtimentaire) not checked: the"
                + " authorisation request was filed before 1 September 2022.");
    assertThat(read.isCompliant()).isFalse();
  }

  @Test
  void read_manyProblems_reportsThemAllWithPointersAndCodes() {
    ObjectNode doc = reportTree();
    doc.put("colour", "red");
    doc.remove("date");
    ((ObjectNode) doc.withArray("findings").get(0)).putNull("bases");
    argument(doc, 1, 1).put("type", "java.lang.Integer");
    argument(doc, 1, 2).remove("type");
    argument(doc, 2, 1).put("name", 7);
    argument(doc, 2, 2).put("value", "2");
    argument(doc, 3, 1).put("value", "2022-02-30");
    argument(doc, 4, 0).put("value", 12);
    argument(doc, 4, 1).put("value", "0.10");
    argument(doc, 4, 3).put("label", "micro-crèche");
    ((ObjectNode) doc.withArray("findings").get(5)).put("code", "regulation.unknown");
    argument(doc, 5, 0).putNull("name");
    ((ObjectNode) doc.withArray("findings").get(5)).withArray("arguments").add(12);

    JsonDocumentException e = failure(READER, doc.toString());

    assertThat(e.problems())
        .extracting(JsonProblem::pointer, JsonProblem::code)
        .containsExactlyInAnyOrder(
            tuple("/colour", "json.property.unknown"),
            tuple("/date", "json.property.missing"),
            tuple("/findings/0/bases", "json.value.null"),
            tuple("/findings/1/arguments/1/type", "json.type.unknown"),
            tuple("/findings/1/arguments/2", "json.type.missing"),
            tuple("/findings/2/arguments/1/name", "json.value.wrong-type"),
            tuple("/findings/2/arguments/2/value", "json.value.wrong-type"),
            tuple("/findings/3/arguments/1/value", "json.value.invalid-format"),
            tuple("/findings/4/arguments/0/value", "json.value.wrong-type"),
            tuple("/findings/4/arguments/1/value", "json.value.wrong-type"),
            tuple("/findings/4/arguments/3/label", "json.property.unknown"),
            tuple("/findings/5/code", "json.value.rejected"),
            tuple("/findings/5/arguments/0/name", "json.value.null"),
            tuple("/findings/5/arguments/2", "json.value.wrong-type"));
    JsonProblem unknownType =
        e.problems().stream()
            .filter(p -> p.pointer().equals("/findings/1/arguments/1/type"))
            .findFirst()
            .orElseThrow();
    assertThat(unknownType.message(Locale.ENGLISH))
        .isEqualTo(
            "Unknown type \"java.lang.Integer\"; allowed types: integer, decimal, text, date,"
                + " month, term, phrase.");
    assertThat(unknownType.message(Locale.FRENCH)).startsWith("Type inconnu \"java.lang.Integer\"");
  }

  @Test
  void read_readmeExample_givesTheMessagesTheReadmeShows() throws IOException {
    ObjectNode doc = reportTree();
    argument(doc, 1, 1).put("type", "java.lang.Integer");
    argument(doc, 2, 2).put("value", "2");
    ((ObjectNode) doc.withArray("findings").get(5)).withArray("arguments").add("PREMISES");
    JsonDocumentException e = failure(READER, doc.toString());
    String readme =
        java.nio.file.Files.readString(java.nio.file.Path.of("README.md"), StandardCharsets.UTF_8)
            .replace("\r\n", "\n");
    assertThat(readme).contains(e.getMessage());

    ObjectNode broken = reportTree();
    ((ObjectNode) broken.withArray("findings").get(0).withArray("bases").get(0)).put("source", " ");
    JsonProblem problem = failure(READER, broken.toString()).problems().get(0);
    assertThat(readme.replace("\n", " "))
        .contains(
            problem.pointer() + " [" + problem.code() + "] " + problem.message(Locale.ENGLISH));
  }

  @Test
  void read_brokenBasis_reportsTheCoreCodeAtItsPointer() {
    ObjectNode doc = reportTree();
    ((ObjectNode) doc.withArray("findings").get(0).withArray("bases").get(0)).put("source", " ");

    JsonDocumentException e = failure(READER, doc.toString());

    assertThat(e.problems())
        .extracting(JsonProblem::pointer, JsonProblem::code)
        .containsExactly(tuple("/findings/0/bases/0/source", "value.blank"));
  }

  @Test
  void read_everyArgumentTypeNameThatIsNotRegistered_isUnknown() {
    for (String name : HOSTILE_TYPE_NAMES) {
      ObjectNode doc = reportTree();
      argument(doc, 1, 1).put("type", name);
      JsonDocumentException e = failure(READER, doc.toString());
      assertThat(e.problems())
          .as(name)
          .extracting(JsonProblem::pointer, JsonProblem::code)
          .containsExactly(tuple("/findings/1/arguments/1/type", "json.type.unknown"));
      assertThat(READER.readFast(doc.toString().getBytes(StandardCharsets.UTF_8))).isNull();
    }
  }

  @Test
  void read_argumentOfAnotherKindThanItsCodeDeclares_isRefusedByTheArgumentTable() {
    // 12 is also a decimal, but the code declares an integer there
    for (String[] change :
        new String[][] {
          {"1", "1", "type", "decimal"},
          {"1", "2", "name", "micro-crèche"},
          {"1", "2", "vocabulary", "ratio-option"},
          {"5", "0", "name", "SOMETHING"},
          {"2", "1", "name", "one_per_six"}
        }) {
      ObjectNode wrong = reportTree();
      argument(wrong, Integer.parseInt(change[0]), Integer.parseInt(change[1]))
          .put(change[2], change[3]);
      assertThat(failure(READER, wrong.toString()).problems())
          .as(String.join(" ", change))
          .extracting(JsonProblem::pointer, JsonProblem::code)
          .containsExactly(tuple("/findings/" + change[0], "finding.argument.kind"));
    }
    ObjectNode fewer = reportTree();
    ((ArrayNode) fewer.withArray("findings").get(1).withArray("arguments")).remove(2);
    assertThat(failure(READER, fewer.toString()).problems())
        .extracting(JsonProblem::pointer, JsonProblem::code)
        .containsExactly(tuple("/findings/1/arguments", "finding.argument.count"));
    for (String[] change : new String[][] {{"text"}, {"date"}, {"month"}, {"term"}, {"phrase"}}) {
      ObjectNode wrong = reportTree();
      argument(wrong, 1, 1).put("type", change[0]);
      assertThat(failure(READER, wrong.toString()).problems())
          .as(change[0])
          .isNotEmpty()
          .allSatisfy(p -> assertThat(p.pointer()).startsWith("/findings/1/arguments/1/"));
    }
  }

  @Test
  void read_lenient_ignoresUnknownPropertiesOfArgumentsOnly() {
    ObjectNode doc = reportTree();
    argument(doc, 1, 1).put("label", "twelve");
    assertThat(READER.lenient().read(doc.toString()))
        .isEqualTo(StandardFixtures.complianceReport());
    argument(doc, 1, 1).put("type", "java.lang.Integer");
    assertThat(failure(READER.lenient(), doc.toString()).codes()).contains("json.type.unknown");
  }

  @Test
  void read_decimalWithAnExponent_isTheSameNumberWithScaleZero() {
    String json = EssJson.encode(StandardFixtures.complianceReport());
    assertThat(json).contains("{\"type\":\"decimal\",\"value\":0.10}");
    ComplianceReport read = READER.read(json.replace("\"value\":0.10}", "\"value\":1e3}"));
    Argument decimal = read.findings().get(4).arguments().get(1);
    assertThat(decimal).isEqualTo(new Argument.DecimalValue(new java.math.BigDecimal("1000")));
    assertThat(((Argument.DecimalValue) decimal).value().scale()).isZero();
    assertThat(READER.read(EssJson.encode(read))).isEqualTo(read);
  }

  @Test
  void findingDocument_readsAlone() throws IOException {
    EssJsonReader<Finding> reader = EssJson.reader(Finding.class);
    Finding finding = reader.read(GoldenFilesTest.golden("finding"));
    assertThat(finding).isEqualTo(StandardFixtures.finding());
    assertThat(finding.argumentValues())
        .containsExactly(
            java.time.YearMonth.of(2024, 1),
            new java.math.BigDecimal("35.00"),
            new java.math.BigDecimal("40"));
    for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH)) {
      assertThat(finding.message(locale))
          .isEqualTo(StandardFixtures.finding().message(locale))
          .contains("2024-01");
    }
  }

  /** Swaps the type of one argument for another name, registered or not. */
  @Test
  void read_anyArgumentWithAnotherTypeName_givesAValueOrProblemsAtThatArgument() {
    Gen<String> names =
        Generate.oneOf(Generate.pick(ARGUMENT_TYPES), Generate.pick(HOSTILE_TYPE_NAMES));
    qt().withExamples(1000)
        .forAll(ModelGenerators.complianceReports(), Generate.range(0, 10_000), names)
        .checkAssert(
            (report, pick, name) -> {
              Optional<ComplianceReport> read =
                  ArgumentTypeSwaps.swapAndRead(
                      READER,
                      MAPPER,
                      report,
                      report.findings().stream().map(f -> f.arguments().size()).toList(),
                      r -> r.findings().stream().map(f -> f.arguments()).toList(),
                      pick,
                      name,
                      ARGUMENT_TYPES);
            });
  }

  static Stream<Arguments> invalidReports() {
    return Stream.of(
        invalid("unknown property", d -> d.put("compliant", true), "json.property.unknown"),
        invalid("missing kind", d -> d.remove("kind"), "json.property.missing"),
        invalid("null date", d -> d.putNull("date"), "json.value.null"),
        invalid("findings not an array", d -> d.put("findings", "none"), "json.value.wrong-type"),
        invalid(
            "missing arguments",
            d -> ((ObjectNode) d.withArray("findings").get(0)).remove("arguments"),
            "json.property.missing"),
        invalid(
            "unknown finding code",
            d -> ((ObjectNode) d.withArray("findings").get(0)).put("code", "CATEGORY"),
            "json.value.rejected"),
        invalid(
            "severity is not a property",
            d -> ((ObjectNode) d.withArray("findings").get(0)).put("severity", "INFO"),
            "json.property.unknown"),
        invalid(
            "argument without type", d -> argument(d, 1, 2).remove("type"), "json.type.missing"),
        invalid(
            "argument type as class name",
            d -> argument(d, 1, 1).put("type", "java.lang.Integer"),
            "json.type.unknown"),
        invalid(
            "argument type not a string",
            d -> argument(d, 1, 1).put("type", 1),
            "json.type.unknown"),
        invalid(
            "argument without value",
            d -> argument(d, 1, 1).remove("value"),
            "json.property.missing"),
        invalid("null argument value", d -> argument(d, 1, 1).putNull("value"), "json.value.null"),
        invalid(
            "null argument",
            d -> ((ArrayNode) d.withArray("findings").get(1).withArray("arguments")).addNull(),
            "json.value.null"),
        invalid(
            "bare argument value",
            d -> ((ArrayNode) d.withArray("findings").get(1).withArray("arguments")).set(1, 12),
            "json.value.wrong-type"),
        invalid(
            "integer as a string",
            d -> argument(d, 1, 1).put("value", "12"),
            "json.value.wrong-type"),
        invalid(
            "integer with a fraction",
            d -> argument(d, 1, 1).put("value", 12.5),
            "json.value.wrong-type"),
        invalid(
            "integer out of range",
            d -> argument(d, 1, 1).put("value", 1L << 40),
            "json.value.out-of-range"),
        invalid(
            "decimal as a string",
            d -> argument(d, 4, 1).put("value", "0.10"),
            "json.value.wrong-type"),
        invalid(
            "text as a number", d -> argument(d, 1, 0).put("value", 3), "json.value.wrong-type"),
        invalid(
            "bad date",
            d -> argument(d, 0, 1).put("value", "15/03/2022"),
            "json.value.invalid-format"),
        invalid(
            "bad month", d -> argument(d, 0, 1).put("type", "month"), "json.value.invalid-format"),
        invalid(
            "term with a value instead of a name",
            d -> argument(d, 1, 2).put("value", "MICRO_CRECHE"),
            "json.property.unknown"),
        invalid(
            "term without vocabulary",
            d -> argument(d, 1, 2).remove("vocabulary"),
            "json.property.missing"),
        invalid(
            "property of another argument",
            d -> argument(d, 1, 1).put("label", "twelve"),
            "json.property.unknown"));
  }

  private static Arguments invalid(String description, Consumer<ObjectNode> mutation, String code) {
    return Arguments.of(description, mutation, code);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidReports")
  void invalidReport_failsTheSchemaTheFastPathAndTheReader(
      String description, Consumer<ObjectNode> mutation, String code) {
    ObjectNode doc = reportTree();
    assertThat(SCHEMA.validate(doc)).isEmpty();
    mutation.accept(doc);
    assertThat(SCHEMA.validate(doc)).as(description).isNotEmpty();
    assertThat(READER.readFast(doc.toString().getBytes(StandardCharsets.UTF_8)))
        .as(description)
        .isNull();
    assertThat(failure(READER, doc.toString()).codes()).as(description).contains(code);
  }
}
