package io.github.esspetiteenfance.json;

import static io.github.esspetiteenfance.json.Failures.capture;
import static io.github.esspetiteenfance.json.Failures.failure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.esspetiteenfance.establishment.Establishment;
import io.github.esspetiteenfance.organization.Organization;
import io.github.esspetiteenfance.testing.SeedPortraits;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The reproductions of issue #16 (defects D1–D5, D7, D9, D10 found by a hostile-input run against
 * 77138dc), each of which fails on that commit.
 */
class HostileRegressionTest {

  private static final EssJsonReader<Organization> ORGANIZATIONS =
      EssJson.reader(EssDocument.ORGANIZATION);
  private static final EssJsonReader<List<Establishment>> DATASETS =
      EssJson.reader(EssDocument.ESTABLISHMENTS);

  private static ObjectNode organization() {
    return (ObjectNode) tree(EssJson.encode(StandardFixtures.association()));
  }

  private static JsonNode tree(String json) {
    try {
      return EssJson.mapper().readTree(json);
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void d1_refusedTerritoryReference_isNotCached() {
    String padded = "departement:" + " ".repeat(9_980) + "44";
    ObjectNode doc = organization();
    doc.putArray("territories").add(padded);

    JsonDocumentException e = failure(ORGANIZATIONS, doc.toString());

    assertThat(e.codes()).containsExactly("json.value.not-canonical");
    assertThat(TerritoryText.isCached(padded)).isFalse();
    ORGANIZATIONS.read(organization().toString());
    assertThat(TerritoryText.isCached("departement:44")).isTrue();
  }

  @Test
  void d2_exception_holdsNoTreeAndBoundedMessages() {
    ArrayNode big = EssJson.mapper().createArrayNode();
    for (int i = 0; i < 10_000; i++) {
      big.add(organization());
    }

    JsonDocumentException e = failure(ORGANIZATIONS, big.toString());

    assertThat(e.rejectedValue()).isNotInstanceOf(JsonNode.class).hasToString("[…]");
    assertThat(e.problems().get(0).rejectedValue()).isEqualTo("[…]");
    assertThat(e.getMessage()).hasSizeLessThan(JsonDocumentException.MAX_MESSAGE_LENGTH);
  }

  @Test
  void d2_longTextValue_isCutInTheProblemAndItsMessage() {
    ObjectNode doc = organization();
    doc.put("activity", "8".repeat(5_000));

    JsonProblem p = failure(ORGANIZATIONS, doc.toString()).problems().get(0);

    assertThat(p.rejectedValue()).isInstanceOf(String.class);
    assertThat(p.rejectedValue().toString())
        .hasSizeLessThan(JsonProblem.MAX_VALUE_LENGTH + 30)
        .endsWith("… (5000 characters)");
    assertThat(p.message(Locale.ENGLISH)).hasSizeLessThanOrEqualTo(JsonProblem.MAX_MESSAGE_LENGTH);
    // the length of the cut text is written in the reader's language
    assertThat(p.message(Locale.ENGLISH)).contains("(5000 characters)");
    assertThat(p.message(Locale.FRENCH)).contains("(5000 caractères)").doesNotContain("characters");
  }

  @Test
  void d2_longTextOfAJsonLevelProblem_lengthInTheReadersLanguage() {
    ObjectNode doc = organization();
    doc.put("declaredStatus", "X".repeat(5_000));

    JsonProblem p = failure(ORGANIZATIONS, doc.toString()).problems().get(0);

    assertThat(p.isDomainProblem()).isFalse();
    assertThat(p.message(Locale.ENGLISH)).contains("(5000 characters)");
    assertThat(p.message(Locale.FRENCH)).contains("(5000 caractères)").doesNotContain("characters");
  }

  @Test
  void d5_noPartialObjectReachableFromTheException() {
    List<Establishment> seed = SeedPortraits.all();
    ArrayNode doc = (ArrayNode) tree(EssJson.encode(seed));
    ((ObjectNode) doc.get(2).get("sites").get(0)).put("name", " ");

    JsonDocumentException e = failure(DATASETS, doc.toString());

    assertThat(e.problems())
        .extracting(JsonProblem::pointer, JsonProblem::code)
        .containsExactly(tuple("/2/sites/0/name", "value.blank"));
    assertThat(e.getCause()).isNull();
    assertThat(e.getSuppressed()).isEmpty();
    for (JsonProblem p : e.problems()) {
      assertThat(p.rejectedValue()).isNotInstanceOf(Establishment.class);
      assertThat(p.errorCode().getClass().getName())
          .doesNotContain("Problem"); // no validation report, no validated object
    }
  }

  @Test
  void d5_domainProblem_keepsNoModelObject() {
    Establishment e = SeedPortraits.lesPolichinelles();
    ObjectNode doc = (ObjectNode) tree(EssJson.encode(e));
    ArrayNode sites = (ArrayNode) doc.get("sites");
    sites.add(sites.get(0).deepCopy());

    JsonProblem p =
        failure(EssJson.reader(EssDocument.ESTABLISHMENT), doc.toString()).problems().get(0);

    assertThat(p.code()).isEqualTo("establishment.sites.duplicate");
    assertThat(p.rejectedValue()).isInstanceOf(String.class);
    assertThat(p.isDomainProblem()).isTrue();
    assertThat(p.message(Locale.FRENCH)).isNotBlank();
  }

  @Test
  void d9_duplicatedSite_isReportedAtTheElement() {
    ObjectNode doc = (ObjectNode) tree(EssJson.encode(SeedPortraits.lesPolichinelles()));
    ArrayNode sites = (ArrayNode) doc.get("sites");
    sites.add(sites.get(0).deepCopy());

    JsonDocumentException e = failure(EssJson.reader(EssDocument.ESTABLISHMENT), doc.toString());

    assertThat(e.problems())
        .extracting(JsonProblem::pointer, JsonProblem::code)
        .containsExactly(tuple("/sites/1", "establishment.sites.duplicate"));
  }

  @Test
  void d7_byteOrderMark_isIgnoredByEveryEntryPoint() {
    String json = EssJson.encode(StandardFixtures.association());
    Organization expected = StandardFixtures.association();
    byte[] utf8 = ("\uFEFF" + json).getBytes(StandardCharsets.UTF_8);

    assertThat(ORGANIZATIONS.read("\uFEFF" + json)).isEqualTo(expected);
    assertThat(ORGANIZATIONS.read(new StringReader("\uFEFF" + json))).isEqualTo(expected);
    assertThat(ORGANIZATIONS.read(utf8)).isEqualTo(expected);
    assertThat(ORGANIZATIONS.read(new ByteArrayInputStream(utf8))).isEqualTo(expected);
    assertThat(DATASETS.read("\uFEFF[" + EssJson.encode(SeedPortraits.lesPolichinelles()) + "]"))
        .hasSize(1);
  }

  @Test
  void d7_longNumber_hasTheSameCodesFromBytesAndFromText() {
    for (int digits = 38; digits <= 44; digits++) {
      ObjectNode doc = (ObjectNode) tree(EssJson.encode(StandardFixtures.hourlyRate()));
      String json = doc.toString().replaceFirst(":(\\d+\\.?\\d*)", ":" + "1".repeat(digits));
      EssJsonReader<?> reader = EssJson.reader(EssDocument.HOURLY_RATE);
      List<String> fromText = codes(() -> reader.read(json));
      List<String> fromBytes = codes(() -> reader.read(json.getBytes(StandardCharsets.UTF_8)));
      List<String> fromReader = codes(() -> reader.read(new StringReader(json)));
      assertThat(fromBytes).as("%d digits", digits).isEqualTo(fromText).isEqualTo(fromReader);
    }
  }

  private static List<String> codes(java.util.function.Supplier<?> read) {
    try {
      read.get();
      return List.of();
    } catch (JsonDocumentException e) {
      return e.codes();
    }
  }

  @Test
  void d10_datasetBeyondTheDocumentLimits_isReadElementByElement() {
    List<Establishment> seed = SeedPortraits.all();
    List<Establishment> many = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      many.addAll(seed);
    }
    String json = EssJson.encode(many);
    long longest =
        seed.stream()
            .mapToLong(e -> EssJson.encode(e).getBytes(StandardCharsets.UTF_8).length)
            .max()
            .orElseThrow();
    JsonLimits small =
        JsonLimits.builder().maxDocumentLength(longest + 10).maxTokenCount(2_000).build();
    assertThat((long) json.length()).isGreaterThan(10 * small.maxDocumentLength());

    assertThat(DATASETS.withLimits(small).read(json)).isEqualTo(many);
    assertThat(
            DATASETS
                .withLimits(small)
                .read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))))
        .isEqualTo(many);
  }

  @Test
  void d10_elementBeyondTheLimits_isRefusedAtItsIndex() {
    List<Establishment> seed = SeedPortraits.all();
    String json = EssJson.encode(seed);
    JsonLimits tiny = JsonLimits.builder().maxTokenCount(5).build();

    JsonDocumentException e = failure(DATASETS.withLimits(tiny), json);

    assertThat(e.problems()).hasSize(seed.size());
    assertThat(e.problems().get(1).pointer()).isEqualTo("/1");
    assertThat(e.problems().get(1).code()).isEqualTo("json.limit.token-count");
  }

  @Test
  void listDocument_wrongRootOrTrailingContent_isRefused() {
    assertThat(failure(DATASETS, "{}").codes()).containsExactly("json.value.wrong-type");
    assertThat(failure(DATASETS, "").codes()).containsExactly("json.document.empty");
    assertThat(failure(DATASETS, "[] []").codes()).containsExactly("json.syntax.trailing-content");
    assertThat(failure(DATASETS, "[{}").codes()).endsWith("json.syntax.truncated");
    assertThat(failure(DATASETS, "[{\"name\"").codes()).containsExactly("json.syntax.truncated");
    assertThat(DATASETS.read("[]")).isEmpty();
  }

  @Test
  void freeText_withControlCharacterOrLoneSurrogate_isRefusedAtItsPointer() {
    ObjectNode doc = organization();
    doc.put("name", "Crèche\u0000Les Lutins");
    JsonDocumentException nul = failure(ORGANIZATIONS, doc.toString());
    doc.put("name", "Crèche \uD800");
    JsonDocumentException surrogate =
        capture(() -> ORGANIZATIONS.read(doc.toString().replace("\\uD800", "\\ud800")));

    assertThat(nul.problems())
        .extracting(JsonProblem::pointer, JsonProblem::code)
        .containsExactly(tuple("/name", "model.text.invalid-character"));
    assertThat(nul.getMessage()).doesNotContain("\u0000");
    assertThat(surrogate.codes()).containsExactly("model.text.invalid-character");
  }
}
