package io.github.esspetiteenfance.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.esspetiteenfance.establishment.Establishment;
import io.github.esspetiteenfance.testing.SeedPortraits;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading and writing streams of documents: JSON Lines and streamed arrays. */
class StreamingTest {

  private static final EssJsonReader<Establishment> READER =
      EssJson.reader(EssDocument.ESTABLISHMENT);

  private static InputStream utf8(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void writeLines_thenReadLines_roundTrips() {
    List<Establishment> seed = SeedPortraits.all();
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    long written = EssJson.writeLines(seed.iterator(), out);
    List<Establishment> back = new ArrayList<>();
    List<JsonDocumentException> refused = new ArrayList<>();
    JsonStreamSummary summary =
        READER.readLines(new ByteArrayInputStream(out.toByteArray()), back::add, refused::add);

    assertThat(written).isEqualTo(seed.size());
    assertThat(out.toString(StandardCharsets.UTF_8).split("\n")).hasSize(seed.size());
    assertThat(back).isEqualTo(seed);
    assertThat(refused).isEmpty();
    assertThat(summary).isEqualTo(new JsonStreamSummary(seed.size(), seed.size(), 0));
  }

  @Test
  void readLines_badLines_areReportedWithTheirIndexAndReadingGoesOn() {
    String good = EssJson.encode(SeedPortraits.lesPolichinelles());
    String bad = good.replaceFirst("\"Les Polichinelles\"", "\" \"");
    String text =
        "\uFEFF"
            + good
            + "\r\n"
            + "{\"name\":\n" // line 1: truncated
            + "\n" // line 2: blank, skipped
            + bad
            + "\n" // line 3: a domain problem
            + "x".repeat(5_000)
            + "\n" // line 4: too long for the limit below
            + good; // line 5, without a final line end
    List<Establishment> accepted = new ArrayList<>();
    List<JsonDocumentException> refused = new ArrayList<>();
    JsonLimits limits =
        JsonLimits.builder()
            .maxDocumentLength(good.getBytes(StandardCharsets.UTF_8).length + 2)
            .build();

    JsonStreamSummary summary =
        READER.withLimits(limits).readLines(utf8(text), accepted::add, refused::add);

    assertThat(summary)
        .as(refused.stream().map(e -> e.element() + " " + e.codes()).toList().toString())
        .isEqualTo(new JsonStreamSummary(5, 2, 3));
    assertThat(accepted).hasSize(2);
    assertThat(refused).extracting(e -> e.element().getAsLong()).containsExactly(1L, 3L, 4L);
    assertThat(refused.get(0).problems().get(0).pointer()).startsWith("/1");
    assertThat(refused.get(1).problems())
        .extracting(JsonProblem::pointer, JsonProblem::code)
        .contains(tuple("/3/name", "value.blank"));
    assertThat(refused.get(2).codes()).containsExactly("json.limit.document-size");
  }

  @Test
  void writeArray_thenReadArray_roundTripsAndGoesOnAfterABadElement() {
    List<Establishment> seed = SeedPortraits.all();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    EssJson.writeArray(seed.iterator(), out);
    String array = out.toString(StandardCharsets.UTF_8);
    assertThat(EssJson.read(EssDocument.ESTABLISHMENTS, array)).isEqualTo(seed);

    String withBad = array.replaceFirst("\"name\":\"[^\"]+\"", "\"name\":\"\"");
    List<Establishment> accepted = new ArrayList<>();
    List<JsonDocumentException> refused = new ArrayList<>();
    JsonStreamSummary summary = READER.readArray(utf8(withBad), accepted::add, refused::add);

    assertThat(summary.read()).isEqualTo(seed.size());
    assertThat(summary.refused()).isEqualTo(1);
    assertThat(accepted).isEqualTo(seed.subList(1, seed.size()));
    assertThat(refused.get(0).element()).hasValue(0);
    assertThat(refused.get(0).problems().get(0).pointer()).startsWith("/0/");
  }

  @Test
  void readArray_malformedStream_stopsAtTheElementWithItsIndex() {
    String one = EssJson.encode(SeedPortraits.lesPolichinelles());
    List<Establishment> accepted = new ArrayList<>();
    List<JsonDocumentException> refused = new ArrayList<>();

    JsonStreamSummary summary =
        READER.readArray(utf8("[" + one + "," + one + ",{\"name\":]"), accepted::add, refused::add);

    assertThat(summary).isEqualTo(new JsonStreamSummary(3, 2, 1));
    assertThat(refused.get(0).element()).hasValue(2);
    assertThat(refused.get(0).codes()).containsExactly("json.syntax.malformed");
  }

  @Test
  void essDocuments_matchTheModelAndHaveTheirSchema() {
    assertThat(EssDocument.values())
        .extracting(EssDocument::name)
        .containsExactlyElementsOf(JsonModel.standard().documents().keySet());
    for (EssDocument<?> document : EssDocument.values()) {
      assertThat(document.schema()).contains("\"$id\"").contains(document.name());
      assertThat(EssDocument.valueOf(document.name())).containsSame(document);
      assertThat(JsonModel.standard().documents().get(document.name())).isEqualTo(document.type());
    }
    assertThat(EssDocument.valueOf("nothing")).isEmpty();
  }
}
