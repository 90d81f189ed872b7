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
import io.github.esspetiteenfance.diagnostic.Severity;
import io.github.esspetiteenfance.indicator.CheckCode;
import io.github.esspetiteenfance.indicator.ConsistencyReport;
import io.github.esspetiteenfance.indicator.CountRange;
import io.github.esspetiteenfance.testing.IndicatorGenerators;
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
 * Consistency reports of figures and their findings as JSON documents: typed arguments read back
 * exactly, and the strict reader refuses anything else with the documented problems, like the
 * schema.
 */
class ConsistencyReportJsonTest {

  private static final ObjectMapper MAPPER = EssJson.mapper();
  private static final EssJsonReader<ConsistencyReport> READER =
      EssJson.reader(ConsistencyReport.class);
  private static final Schema SCHEMA =
      JsonSchemaTest.schema(EssJsonSchemas.text("consistency-report").orElseThrow());

  /** The registered argument type names, in registration order. */
  static final List<String> ARGUMENT_TYPES =
      List.copyOf(JsonModel.standard().subtypesOf(Argument.class).keySet());

  /** Names that are not registered: class names, Java names, the regulation's names. */
  static final List<String> HOSTILE_TYPE_NAMES =
      List.of(
          "java.lang.String",
          "java.lang.Object",
          "io.github.esspetiteenfance.diagnostic.Argument$PhraseValue",
          "io.github.esspetiteenfance.indicator.Quantity",
          "QuantityValue",
          "Quantity",
          "QUANTITY",
          "quantity ",
          "count-range",
          "indicator",
          "value",
          "indicator-value",
          "eaje-category",
          "finding",
          "");

  /** The contradiction of the golden report: quantity, range, range, quantity. */
  private static final int CONTRADICTION = 2;

  static ObjectNode reportTree() {
    return (ObjectNode) MAPPER.valueToTree(StandardFixtures.consistencyReport());
  }

  static ObjectNode finding(ObjectNode report, int finding) {
    return (ObjectNode) report.withArray("findings").get(finding);
  }

  static ObjectNode argument(ObjectNode report, int finding, int argument) {
    return (ObjectNode) finding(report, finding).withArray("arguments").get(argument);
  }

  static ObjectNode implication(ObjectNode report, int implication) {
    return (ObjectNode) report.withArray("implications").get(implication);
  }

  @Test
  void model_registersEveryKindOfArgument() {
    assertThat(ARGUMENT_TYPES)
        .containsExactly("integer", "decimal", "text", "date", "month", "term", "phrase");
    assertThat(JsonModel.standard().documents())
        .containsEntry("consistency-report", ConsistencyReport.class)
        .containsEntry("indicator-finding", Finding.class);
  }

  @Test
  void goldenReport_holdsTheSeedFiguresAndAContradiction() {
    ConsistencyReport report = StandardFixtures.consistencyReport();
    assertThat(report.isConsistent()).isFalse();
    assertThat(report.findings(Severity.ERROR))
        .extracting(Finding::code)
        .containsExactly(CheckCode.CONTRADICTION);
    assertThat(report.findings().get(CONTRADICTION).arguments())
        .extracting(a -> JsonModel.standard().typeName(a.getClass()).orElseThrow())
        .containsExactly("phrase", "phrase", "phrase");
    assertThat(report.implications()).isNotEmpty();
  }

  @Test
  void read_goldenReport_givesTheReportAndItsText() throws IOException {
    ConsistencyReport expected = StandardFixtures.consistencyReport();
    ConsistencyReport read = READER.read(GoldenFilesTest.golden("consistency-report"));
    assertThat(read).isEqualTo(expected);
    for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH)) {
      assertThat(read.message(locale)).isEqualTo(expected.message(locale));
    }
    assertThat(read.message(Locale.ENGLISH))
        .contains(
            "ERROR [indicator.check.contradiction] The figures pdl-eaje-ess-establishment-share,"
                + " pdl-eaje-ess-establishments, pdl-eaje-establishments cannot all be true:"
                + " establishments (NAF:88.91A, all, employers), 52 Pays de la Loire would be both"
                + " 600 and 536 – 548.");
    assertThat(read.isConsistent()).isFalse();
  }

  @Test
  void indicatorFindingDocument_readsAlone() throws IOException {
    EssJsonReader<Finding> reader = EssJson.reader(Finding.class);
    Finding finding = reader.read(GoldenFilesTest.golden("indicator-finding"));
    assertThat(finding).isEqualTo(StandardFixtures.indicatorFinding());
    assertThat(finding.argumentValues())
        .hasSize(4)
        .contains("[42.5 %, 43.5 %)", "[49.5 %, 50.5 %)");
    for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH)) {
      assertThat(finding.message(locale))
          .isEqualTo(StandardFixtures.indicatorFinding().message(locale));
    }
    assertThat(finding)
        .hasToString(StandardFixtures.indicatorFinding().toString())
        .asString()
        .startsWith("ERROR [indicator.check.shares-disagree] ");
  }

  @Test
  void read_manyProblems_reportsThemAllWithPointersAndCodes() {
    ObjectNode doc = reportTree();
    doc.put("consistent", false);
    implication(doc, 0).remove("figures");
    ((ObjectNode) implication(doc, 1).get("range")).put("lower", "46");
    finding(doc, 0).put("severity", "FATAL");
    finding(doc, 1).putNull("about");
    argument(doc, CONTRADICTION, 0).put("type", "java.lang.String");
    argument(doc, CONTRADICTION, 1).remove("type");
    argument(doc, CONTRADICTION, 2).put("english", 548);
    finding(doc, CONTRADICTION).withArray("arguments").add("600");

    JsonDocumentException e = failure(READER, doc.toString());

    assertThat(e.problems())
        .extracting(JsonProblem::pointer, JsonProblem::code)
        .containsExactlyInAnyOrder(
            tuple("/consistent", "json.property.unknown"),
            tuple("/implications/0/figures", "json.property.missing"),
            tuple("/implications/1/range/lower", "json.value.wrong-type"),
            tuple("/findings/0/severity", "json.property.unknown"),
            tuple("/findings/1/about", "json.value.null"),
            tuple("/findings/2/arguments/0/type", "json.type.unknown"),
            tuple("/findings/2/arguments/1", "json.type.missing"),
            tuple("/findings/2/arguments/2/english", "json.value.wrong-type"),
            tuple("/findings/2/arguments/3", "json.value.wrong-type"));
    JsonProblem unknownType =
        e.problems().stream()
            .filter(p -> p.pointer().equals("/findings/2/arguments/0/type"))
            .findFirst()
            .orElseThrow();
    assertThat(unknownType.message(Locale.ENGLISH))
        .isEqualTo(
            "Unknown type \"java.lang.String\"; allowed types: integer, decimal, text, date,"
                + " month, term, phrase.");
  }

  @Test
  void read_readmeExample_givesTheMessagesTheReadmeShows() throws IOException {
    ObjectNode doc = reportTree();
    argument(doc, CONTRADICTION, 0).put("type", "java.lang.String");
    argument(doc, CONTRADICTION, 1).put("french", 600);
    finding(doc, CONTRADICTION).withArray("arguments").add("600");
    JsonDocumentException e = failure(READER, doc.toString());
    String readme =
        java.nio.file.Files.readString(java.nio.file.Path.of("README.md"), StandardCharsets.UTF_8)
            .replace("\r\n", "\n");
    assertThat(readme).contains(e.getMessage());

    ObjectNode broken = reportTree();
    ((ObjectNode) implication(broken, 0).get("range")).put("lower", 200);
    JsonProblem problem = failure(READER, broken.toString()).problems().get(0);
    assertThat(readme.replace("\n", " "))
        .contains(
            problem.pointer() + " [" + problem.code() + "] " + problem.message(Locale.ENGLISH));
  }

  @Test
  void read_reversedRange_reportsTheCoreCodeAtItsPointer() {
    ObjectNode doc = reportTree();
    ((ObjectNode) implication(doc, 0).get("range")).put("lower", 200);

    JsonDocumentException e = failure(READER, doc.toString());

    assertThat(e.problems())
        .extracting(JsonProblem::pointer, JsonProblem::code)
        .containsExactly(tuple("/implications/0/range/upper", "indicator.range.reversed"));
  }

  @Test
  void read_everyArgumentTypeNameThatIsNotRegistered_isUnknown() {
    for (String name : HOSTILE_TYPE_NAMES) {
      ObjectNode doc = reportTree();
      argument(doc, CONTRADICTION, 0).put("type", name);
      JsonDocumentException e = failure(READER, doc.toString());
      assertThat(e.problems())
          .as(name)
          .extracting(JsonProblem::pointer, JsonProblem::code)
          .containsExactly(tuple("/findings/2/arguments/0/type", "json.type.unknown"));
      assertThat(READER.readFast(doc.toString().getBytes(StandardCharsets.UTF_8))).isNull();
    }
  }

  @Test
  void read_argumentWithAnotherRegisteredType_isRefusedAtItsArgumentOrByTheArgumentTable() {
    for (String[] change :
        new String[][] {
          {"0", "integer", "/findings/2/arguments/0/"},
          {"0", "text", "/findings/2/arguments/0/"},
          {"1", "term", "/findings/2/arguments/1/"},
          {"1", "month", "/findings/2/arguments/1/"}
        }) {
      ObjectNode wrong = reportTree();
      argument(wrong, CONTRADICTION, Integer.parseInt(change[0])).put("type", change[1]);
      assertThat(failure(READER, wrong.toString()).problems())
          .as(change[1])
          .isNotEmpty()
          .allSatisfy(p -> assertThat(p.pointer()).startsWith(change[2]));
    }
    // a well-formed text where the code declares a quantity: the argument table refuses it
    ObjectNode text = reportTree();
    ObjectNode quantity = argument(text, CONTRADICTION, 0);
    quantity.removeAll();
    quantity.put("type", "text").put("value", "establishments");
    assertThat(failure(READER, text.toString()).problems())
        .extracting(JsonProblem::pointer, JsonProblem::code)
        .containsExactly(tuple("/findings/" + CONTRADICTION, "finding.argument.kind"));
  }

  @Test
  void read_lenient_ignoresUnknownPropertiesOnly() {
    ObjectNode doc = reportTree();
    argument(doc, CONTRADICTION, 1).put("label", "536 – 548");
    doc.put("consistent", false);
    assertThat(READER.lenient().read(doc.toString()))
        .isEqualTo(StandardFixtures.consistencyReport());
    argument(doc, CONTRADICTION, 1).put("type", "java.lang.Object");
    assertThat(failure(READER.lenient(), doc.toString()).codes()).contains("json.type.unknown");
  }

  /** Swaps the type of one argument for another name, registered or not. */
  @Test
  void read_anyArgumentWithAnotherTypeName_givesAValueOrProblemsAtThatArgument() {
    Gen<String> names =
        Generate.oneOf(Generate.pick(ARGUMENT_TYPES), Generate.pick(HOSTILE_TYPE_NAMES));
    qt().withExamples(1000)
        .forAll(IndicatorGenerators.consistencyReports(), Generate.range(0, 10_000), names)
        .checkAssert(
            (report, pick, name) -> {
              Optional<ConsistencyReport> read =
                  ArgumentTypeSwaps.swapAndRead(
                      READER,
                      MAPPER,
                      report,
                      report.findings().stream().map(f -> f.arguments().size()).toList(),
                      r -> r.findings().stream().map(f -> f.arguments()).toList(),
                      pick,
                      name,
                      ARGUMENT_TYPES);
              // the three kinds take values of different JSON shapes: only the same name reads
              read.ifPresent(r -> assertThat(r).isEqualTo(report));
            });
  }

  static Stream<Arguments> invalidReports() {
    return Stream.of(
        invalid("unknown property", d -> d.put("consistent", true), "json.property.unknown"),
        invalid("missing implications", d -> d.remove("implications"), "json.property.missing"),
        invalid("null findings", d -> d.putNull("findings"), "json.value.null"),
        invalid("findings not an array", d -> d.put("findings", "none"), "json.value.wrong-type"),
        invalid(
            "implication without range",
            d -> implication(d, 0).remove("range"),
            "json.property.missing"),
        invalid(
            "implication range as text",
            d -> implication(d, 0).put("range", "[186, 187]"),
            "json.value.wrong-type"),
        invalid(
            "implication range of another type",
            d -> ((ObjectNode) implication(d, 0).get("range")).put("type", "count"),
            "json.type.unknown"),
        invalid(
            "negative range bound",
            d -> ((ObjectNode) implication(d, 0).get("range")).put("lower", -1),
            "value.negative"),
        invalid(
            "implication figure null",
            d -> implication(d, 0).withArray("figures").addNull(),
            "json.value.null"),
        invalid(
            "unknown finding code",
            d -> finding(d, 0).put("code", "CONTRADICTION"),
            "json.value.rejected"),
        invalid(
            "severity is not a property",
            d -> finding(d, 0).put("severity", "INFO"),
            "json.property.unknown"),
        invalid("missing figures", d -> finding(d, 0).remove("about"), "json.property.missing"),
        invalid(
            "missing arguments", d -> finding(d, 0).remove("arguments"), "json.property.missing"),
        invalid(
            "argument without type",
            d -> argument(d, CONTRADICTION, 0).remove("type"),
            "json.type.missing"),
        invalid(
            "argument type as class name",
            d -> argument(d, CONTRADICTION, 0).put("type", "java.lang.String"),
            "json.type.unknown"),
        invalid(
            "argument type of the regulation",
            d -> argument(d, CONTRADICTION, 0).put("type", "subject"),
            "json.type.unknown"),
        invalid(
            "phrase without its French text",
            d -> argument(d, CONTRADICTION, 0).remove("french"),
            "json.property.missing"),
        invalid(
            "null phrase text",
            d -> argument(d, CONTRADICTION, 0).putNull("english"),
            "json.value.null"),
        invalid(
            "null argument",
            d -> finding(d, CONTRADICTION).withArray("arguments").addNull(),
            "json.value.null"),
        invalid(
            "bare argument value",
            d -> ((ArrayNode) finding(d, CONTRADICTION).withArray("arguments")).set(1, "536 – 548"),
            "json.value.wrong-type"),
        invalid(
            "phrase with a value",
            d -> argument(d, CONTRADICTION, 0).put("value", "establishments, 52 Pays de la Loire"),
            "json.property.unknown"),
        invalid(
            "phrase text as a number",
            d -> argument(d, CONTRADICTION, 1).put("french", 548),
            "json.value.wrong-type"),
        invalid(
            "text as a number",
            d -> argument(d, CONTRADICTION, 0).put("type", "text").put("value", 43),
            "json.value.wrong-type"),
        invalid(
            "property of another argument",
            d -> argument(d, CONTRADICTION, 1).put("label", "536 – 548"),
            "json.property.unknown"));
  }

  private static Arguments invalid(String description, Consumer<ObjectNode> mutation, String code) {
    return Arguments.of(description, mutation, code);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidReports")
  void invalidReport_failsTheFastPathAndTheReader(
      String description, Consumer<ObjectNode> mutation, String code) {
    ObjectNode doc = reportTree();
    assertThat(SCHEMA.validate(doc)).isEmpty();
    mutation.accept(doc);
    if (!code.startsWith("indicator.") && !code.startsWith("value.")) {
      // a core invariant (a range's bounds) is the reader's only; everything else the schema's too
      assertThat(SCHEMA.validate(doc)).as(description).isNotEmpty();
    }
    assertThat(READER.readFast(doc.toString().getBytes(StandardCharsets.UTF_8)))
        .as(description)
        .isNull();
    assertThat(failure(READER, doc.toString()).codes()).as(description).contains(code);
  }

  @Test
  void reversedRange_readsNeverButMayPassTheSchema() {
    ObjectNode doc = reportTree();
    ((ObjectNode) implication(doc, 0).get("range")).put("lower", 200);
    assertThat(READER.readFast(doc.toString().getBytes(StandardCharsets.UTF_8))).isNull();
    assertThat(failure(READER, doc.toString()).codes()).contains("indicator.range.reversed");
    assertThat(CountRange.between(186, 187))
        .isEqualTo(StandardFixtures.consistencyReport().implications().get(0).range());
  }
}
