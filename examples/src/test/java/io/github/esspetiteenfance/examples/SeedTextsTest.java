package io.github.esspetiteenfance.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.esspetiteenfance.InvalidValueException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The translations of the seed dataset's free texts ({@link SeedTexts}): complete, in sync with the
 * dataset, and refused with a typed error when they are not.
 */
class SeedTextsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * The texts of a dataset document that are not free texts, by JSON Pointer: names (never
   * translated) and codes. A text of the document that is neither here nor in {@link
   * SeedTexts#FREE_TEXTS} fails {@link #bundled_everyTextOfTheDataset_isFreeTextNameOrCode()}.
   */
  private static final List<Pattern> NAMES =
      List.of(
          // the title of the seed text
          Pattern.compile("/title"),
          // the publisher (an organization) and the publication (a text) of a figure
          Pattern.compile("/figures/figures/\\d+/source/(publisher|dataset)"),
          // names of establishments, organizations, predecessors and partners
          Pattern.compile("/portraits/\\d+/establishments/\\d+/name"),
          Pattern.compile("/portraits/\\d+/establishments/\\d+/operator/name"),
          Pattern.compile("/portraits/\\d+/establishments/\\d+/operator/origin/predecessors/\\d+"),
          Pattern.compile("/portraits/\\d+/establishments/\\d+/partners/\\d+/name"),
          // the citation of a declared legal form: an organization and the title of a text
          Pattern.compile("/portraits/\\d+/establishments/\\d+/operator/legalForm/source"));

  /** Codes: enum constants, keys, territory references, activity codes. */
  private static final Pattern CODE =
      Pattern.compile("[A-Z0-9_]+|[a-z0-9-]+|(region|departement|commune):[0-9AB]+|[0-9.]+[A-Z]");

  @Test
  void bundled_everyFreeText_hasBothLanguages() {
    SeedTexts texts = SeedTexts.bundled();

    assertThat(texts.isTranslated()).isTrue();
    assertThat(texts.translations()).contains(DatasetLoader.TRANSLATIONS);
    assertThat(texts.pointers()).hasSize(49).contains("/source", "/portraits/3/summary");
    for (String pointer : texts.pointers()) {
      String fr = texts.text(pointer, Locale.FRENCH);
      String en = texts.text(pointer, Locale.ENGLISH);
      assertThat(fr).as(pointer).isNotBlank();
      assertThat(en).as(pointer).isNotBlank();
      SeedReportLanguageTest.assertFrench(pointer, fr);
      SeedReportLanguageTest.assertEnglish(pointer, en);
    }
    assertThat(texts.text("/portraits/0/title", Locale.FRENCH))
        .isEqualTo("Une crèche coopérative et écocitoyenne");
    assertThat(texts.text("/portraits/0/title", Locale.ENGLISH))
        .isEqualTo("A cooperative, eco-citizen crèche");
  }

  @Test
  void bundled_everyPointer_resolvesToTheOriginalText() throws IOException {
    JsonNode dataset = JSON.readTree(resource(DatasetLoader.RESOURCE));
    JsonNode translations = JSON.readTree(resource(DatasetLoader.TRANSLATIONS));
    Set<String> seen = new HashSet<>();
    for (JsonNode entry : translations.get("texts")) {
      String original = entry.get(entry.get("original").asText()).asText();
      for (JsonNode pointer : entry.get("at")) {
        JsonNode text = dataset.at(pointer.asText());
        assertThat(text.isTextual()).as(pointer.asText()).isTrue();
        assertThat(text.asText()).as(pointer.asText()).isEqualTo(original);
        assertThat(seen.add(pointer.asText())).as(pointer.asText()).isTrue();
      }
    }
    assertThat(seen).isEqualTo(SeedTexts.bundled().pointers());
  }

  @Test
  void bundled_everyTextOfTheDataset_isFreeTextNameOrCode() throws IOException {
    List<String> unclassified = new ArrayList<>();
    walk(JSON.readTree(resource(DatasetLoader.RESOURCE)), "", unclassified);
    assertThat(unclassified)
        .as("texts neither free text (SeedTexts.FREE_TEXTS), nor a name, nor a code")
        .isEmpty();
  }

  @Test
  void read_withoutTranslations_showsTheTextsAsWritten() {
    SeedTexts texts = SeedTexts.read(resource(DatasetLoader.RESOURCE), Optional.empty(), "none");

    assertThat(texts.isTranslated()).isFalse();
    assertThat(texts.translations()).isEmpty();
    assertThat(texts.text("/portraits/0/title", Locale.ENGLISH))
        .isEqualTo("Une crèche coopérative et écocitoyenne");
  }

  @Test
  void text_ofANameOrAnUnknownPointer_isRefused() {
    SeedTexts texts = SeedTexts.bundled();

    assertThatThrownBy(() -> texts.text("/title", Locale.ENGLISH))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> texts.text("/portraits/9/title", Locale.ENGLISH))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void read_missingTranslation_failsAtLoadTime() throws IOException {
    ObjectNode translations = bundledTranslations();
    ArrayNode texts = (ArrayNode) translations.get("texts");
    for (JsonNode entry : texts) {
      ArrayNode at = (ArrayNode) entry.get("at");
      if (at.get(0).asText().equals("/portraits/2/establishments/0/operator/origin/note")) {
        at.remove(0);
      }
    }

    assertThatThrownBy(() -> read(translations))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.errorCode()).isEqualTo(ExamplesErrorCode.TRANSLATION_MISSING);
              assertThat(e.field()).contains("/portraits/2/establishments/0/operator/origin/note");
              assertThat(e.message(Locale.FRENCH)).contains("n'a pas de traduction");
              assertThat(e.message(Locale.ENGLISH)).contains("has no translation");
            });
  }

  @Test
  void read_textChangedInTheDataset_failsAsStale() {
    String dataset =
        new String(resource(DatasetLoader.RESOURCE), StandardCharsets.UTF_8)
            .replace("Vente éphémère pour tester le projet.", "Vente éphémère.");

    assertThatThrownBy(
            () ->
                SeedTexts.read(
                    dataset.getBytes(StandardCharsets.UTF_8),
                    Optional.of(resource(DatasetLoader.TRANSLATIONS)),
                    "t.json"))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.errorCode()).isEqualTo(ExamplesErrorCode.TRANSLATION_STALE);
              assertThat(e.field()).contains("/portraits/1/establishments/0/history/0/description");
            });
  }

  @Test
  void read_pointerToNoFreeText_failsAsUnresolved() throws IOException {
    for (String pointer : List.of("/portraits/9/title", "/title", "/portraits/0/nothing")) {
      ObjectNode translations = bundledTranslations();
      ((ArrayNode) translations.get("texts").get(0).get("at")).add(pointer);

      assertThatThrownBy(() -> read(translations))
          .as(pointer)
          .isInstanceOfSatisfying(
              InvalidValueException.class,
              e -> {
                assertThat(e.errorCode()).isEqualTo(ExamplesErrorCode.TRANSLATION_UNRESOLVED);
                assertThat(e.field()).contains(pointer);
              });
    }
  }

  @Test
  void read_malformedTranslations_failWithThePointerIntoTheTranslations() throws IOException {
    ObjectNode unknown = bundledTranslations();
    ((ObjectNode) unknown.get("texts").get(1)).put("de", "Quelle");
    assertMalformed(unknown, "/texts/1/de");

    ObjectNode blank = bundledTranslations();
    ((ObjectNode) blank.get("texts").get(2)).put("en", " ");
    assertMalformed(blank, "/texts/2/en");

    ObjectNode missing = bundledTranslations();
    ((ObjectNode) missing.get("texts").get(2)).remove("fr");
    assertMalformed(missing, "/texts/2/fr");

    ObjectNode language = bundledTranslations();
    ((ObjectNode) language.get("texts").get(0)).put("original", "de");
    assertMalformed(language, "/texts/0/original");

    ObjectNode twice = bundledTranslations();
    ((ArrayNode) twice.get("texts").get(0).get("at")).add("/source");
    assertMalformed(twice, "/texts/0/at/1");

    ObjectNode empty = bundledTranslations();
    ((ObjectNode) empty.get("texts").get(0)).putArray("at");
    assertMalformed(empty, "/texts/0/at");

    assertThatThrownBy(
            () ->
                SeedTexts.read(
                    resource(DatasetLoader.RESOURCE),
                    Optional.of("{".getBytes(StandardCharsets.UTF_8)),
                    "t.json"))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.errorCode()).isEqualTo(ExamplesErrorCode.TRANSLATIONS_MALFORMED));
  }

  @Test
  void loadWithTexts_fileWithTranslationsBeside_isTranslated(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("copy.json");
    Files.write(file, resource(DatasetLoader.RESOURCE));

    LoadedDataset asWritten = DatasetLoader.loadWithTexts(Optional.of(file));
    assertThat(asWritten.texts().isTranslated()).isFalse();

    Files.write(dir.resolve("copy.translations.json"), resource(DatasetLoader.TRANSLATIONS));
    LoadedDataset translated = DatasetLoader.loadWithTexts(Optional.of(file));
    assertThat(translated.texts().isTranslated()).isTrue();
    assertThat(translated.text("/portraits/2/title", Texts.of(Locale.ENGLISH)))
        .isEqualTo("Understand, build, become");
    assertThat(DatasetLoader.translationsOf(Path.of("a", "b.json")))
        .isEqualTo(Path.of("a", "b.translations.json"));
  }

  private static void assertMalformed(ObjectNode translations, String pointer) {
    assertThatThrownBy(() -> read(translations))
        .as(pointer)
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.errorCode()).isEqualTo(ExamplesErrorCode.TRANSLATIONS_MALFORMED);
              assertThat(e.field()).contains(pointer);
              assertThat(e.message(Locale.FRENCH)).contains("mal formées");
            });
  }

  private static SeedTexts read(ObjectNode translations) throws IOException {
    return SeedTexts.read(
        resource(DatasetLoader.RESOURCE),
        Optional.of(JSON.writeValueAsBytes(translations)),
        "t.json");
  }

  private static ObjectNode bundledTranslations() throws IOException {
    return (ObjectNode) JSON.readTree(resource(DatasetLoader.TRANSLATIONS));
  }

  private static void walk(JsonNode node, String pointer, List<String> unclassified) {
    if (node.isTextual()) {
      boolean classified =
          SeedTexts.isFreeText(pointer)
              || NAMES.stream().anyMatch(p -> p.matcher(pointer).matches())
              || CODE.matcher(node.asText()).matches();
      if (!classified) {
        unclassified.add(pointer + " = " + node.asText());
      }
    } else if (node.isObject()) {
      node.fields()
          .forEachRemaining(f -> walk(f.getValue(), pointer + "/" + f.getKey(), unclassified));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(node.get(i), pointer + "/" + i, unclassified);
      }
    }
  }

  static byte[] resource(String name) {
    try (InputStream in = SeedTexts.class.getResourceAsStream(name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
