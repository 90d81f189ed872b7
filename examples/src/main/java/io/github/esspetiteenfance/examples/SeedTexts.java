package io.github.esspetiteenfance.examples;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.esspetiteenfance.InvalidValueException;
import java.io.IOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The free texts of a dataset document in French and in English: its source line, the portraits'
 * titles and summaries, the descriptions, milestones and origins, the declared legal forms, the
 * notes of the figures' sources.
 *
 * <p>The core model keeps one text per field, in the language it was written in (a user's own data
 * is in one language). The bundled seed dataset is shown to French and English readers, so its
 * translations live beside it, in {@code pays-de-la-loire.translations.json}: each entry gives the
 * JSON Pointers of the dataset's fields that hold one text ({@code
 * "/portraits/0/establishments/0/operator/origin/note"}), which language is the {@code original},
 * and the text in {@code fr} and in {@code en}. The seed's texts are French originals and their
 * English versions the project's translations; the notes the project wrote in English have French
 * versions by the project. Names of texts and organizations are not free texts and are never
 * translated.
 *
 * <p>Nothing falls back silently: when a translations document is read, every free text of the
 * dataset ({@link #FREE_TEXTS}) must have a translation, every pointer must point to a free text,
 * and the dataset's text must be the translation's original (so that editing a text without its
 * translation fails). A dataset given without a translations document is shown as written, and the
 * report says so.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SeedTexts {

  /**
   * The JSON Pointers of the free texts of the dataset format, as patterns: every other text of a
   * dataset document is a name (of a text, an organization, an establishment, a network) or a code.
   */
  public static final List<Pattern> FREE_TEXTS =
      List.of(
          Pattern.compile("/source"),
          Pattern.compile("/figures/title"),
          Pattern.compile("/figures/figures/\\d+/source/note"),
          Pattern.compile("/portraits/\\d+/(title|summary)"),
          Pattern.compile("/portraits/\\d+/establishments/\\d+/description"),
          Pattern.compile("/portraits/\\d+/establishments/\\d+/history/\\d+/description"),
          Pattern.compile("/portraits/\\d+/establishments/\\d+/operator/legalForm/wording"),
          Pattern.compile("/portraits/\\d+/establishments/\\d+/operator/origin/note"),
          Pattern.compile("/portraits/\\d+/establishments/\\d+/structure/[A-Za-z]+/\\d+/label"));

  private static final Set<String> ENTRY_PROPERTIES = Set.of("at", "original", "fr", "en");
  private static final Set<String> DOCUMENT_PROPERTIES = Set.of("about", "dataset", "texts");

  private final Map<String, String> written;
  private final Map<String, Translation> translations;
  private final Optional<String> source;

  private SeedTexts(
      Map<String, String> written, Map<String, Translation> translations, Optional<String> source) {
    this.written = Map.copyOf(written);
    this.translations = Map.copyOf(translations);
    this.source = source;
  }

  /** One text in both languages, and which of them is the original. */
  private record Translation(String fr, String en, Locale original) {

    String in(Locale locale) {
      return "fr".equals(locale.getLanguage()) ? fr : en;
    }

    String originalText() {
      return in(original);
    }
  }

  /**
   * Reads the free texts of the bundled seed dataset with their translations.
   *
   * @return the texts, translated; not null
   */
  public static SeedTexts bundled() {
    return DatasetLoader.loadWithTexts(Optional.empty()).texts();
  }

  /**
   * Reads the free texts of a dataset document and their translations.
   *
   * @param dataset the dataset document, already read and validated as a {@link SeedDataset}; not
   *     null
   * @param translations the translations document, empty to show the texts as written
   * @param name the name of the translations document for messages, not null
   * @return the texts, not null
   * @throws InvalidValueException with code {@link ExamplesErrorCode#TRANSLATIONS_MALFORMED},
   *     {@link ExamplesErrorCode#TRANSLATION_UNRESOLVED}, {@link
   *     ExamplesErrorCode#TRANSLATION_STALE} or {@link ExamplesErrorCode#TRANSLATION_MISSING}; the
   *     field is the JSON Pointer into the translations document, or into the dataset for a stale
   *     or missing text
   */
  static SeedTexts read(byte[] dataset, Optional<byte[]> translations, String name) {
    Objects.requireNonNull(name, "name");
    Map<String, String> written = new LinkedHashMap<>();
    collect(tree(dataset, "dataset", name), "", written);
    if (translations.isEmpty()) {
      return new SeedTexts(written, Map.of(), Optional.empty());
    }
    JsonNode document = tree(translations.get(), "", name);
    if (!document.isObject()) {
      throw malformed("", document, name, "not a JSON object", "pas un objet JSON");
    }
    properties(document, "", DOCUMENT_PROPERTIES, name);
    JsonNode texts = document.path("texts");
    if (!texts.isArray()) {
      throw malformed(
          "/texts",
          texts,
          name,
          "an array of texts is required",
          "un tableau de textes est requis");
    }
    Map<String, Translation> byPointer = new LinkedHashMap<>();
    for (int i = 0; i < texts.size(); i++) {
      String at = "/texts/" + i;
      JsonNode entry = texts.get(i);
      if (!entry.isObject()) {
        throw malformed(at, entry, name, "not a JSON object", "pas un objet JSON");
      }
      properties(entry, at, ENTRY_PROPERTIES, name);
      Translation translation =
          new Translation(
              text(entry, at, "fr", name),
              text(entry, at, "en", name),
              language(entry.path("original"), at + "/original", name));
      JsonNode pointers = entry.path("at");
      if (!pointers.isArray() || pointers.isEmpty()) {
        throw malformed(
            at + "/at",
            pointers,
            name,
            "a non-empty array of JSON Pointers",
            "un tableau non vide de JSON Pointers");
      }
      for (int j = 0; j < pointers.size(); j++) {
        JsonNode pointer = pointers.get(j);
        String where = at + "/at/" + j;
        if (!pointer.isTextual()) {
          throw malformed(
              where, pointer, name, "a JSON Pointer is a text", "un JSON Pointer est un texte");
        }
        String target = pointer.asText();
        if (!written.containsKey(target)) {
          throw new InvalidValueException(
              ExamplesErrorCode.TRANSLATION_UNRESOLVED, target, target, name);
        }
        if (byPointer.put(target, translation) != null) {
          throw malformed(
              where,
              pointer,
              name,
              "this pointer is already translated",
              "ce pointeur est déjà traduit");
        }
        if (!written.get(target).equals(translation.originalText())) {
          throw new InvalidValueException(
              ExamplesErrorCode.TRANSLATION_STALE,
              target,
              written.get(target),
              name,
              translation.originalText());
        }
      }
    }
    for (Map.Entry<String, String> text : written.entrySet()) {
      if (!byPointer.containsKey(text.getKey())) {
        throw new InvalidValueException(
            ExamplesErrorCode.TRANSLATION_MISSING, text.getKey(), text.getValue(), name);
      }
    }
    return new SeedTexts(written, byPointer, Optional.of(name));
  }

  /**
   * Returns a free text of the dataset in a language: its translation, or the text as written if
   * the dataset came without translations ({@link #isTranslated()} is false).
   *
   * @param pointer the JSON Pointer of the text in the dataset document, such as {@code
   *     "/portraits/0/summary"}; not null
   * @param locale French for {@code fr}, English otherwise; not null
   * @return the text, not null
   * @throws IllegalArgumentException if the pointer is not a free text of the dataset (a bug of the
   *     caller: names and codes are read from the model)
   */
  public String text(String pointer, Locale locale) {
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(locale, "locale");
    if (!written.containsKey(pointer)) {
      throw new IllegalArgumentException(pointer + " is not a free text of the dataset");
    }
    Translation translation = translations.get(pointer);
    return translation == null ? written.get(pointer) : translation.in(locale);
  }

  /**
   * Checks if the texts come with their translations, rather than as written.
   *
   * @return true if every free text has a French and an English version
   */
  public boolean isTranslated() {
    return source.isPresent();
  }

  /**
   * Returns the name of the translations document, if the texts are translated.
   *
   * @return the name, such as {@code "pays-de-la-loire.translations.json"}; empty if the texts are
   *     shown as written
   */
  public Optional<String> translations() {
    return source;
  }

  /**
   * Returns the JSON Pointers of the free texts of the dataset, in document order.
   *
   * @return the pointers, not null
   */
  public Set<String> pointers() {
    return Set.copyOf(written.keySet());
  }

  /**
   * Checks if a JSON Pointer of a dataset document is the place of a free text ({@link
   * #FREE_TEXTS}).
   *
   * @param pointer the pointer, not null
   * @return true for a free text
   */
  public static boolean isFreeText(String pointer) {
    return FREE_TEXTS.stream().anyMatch(p -> p.matcher(pointer).matches());
  }

  private static void collect(JsonNode node, String pointer, Map<String, String> written) {
    if (node.isTextual() && isFreeText(pointer)) {
      written.put(pointer, node.asText());
    } else if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        collect(field.getValue(), pointer + "/" + escape(field.getKey()), written);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collect(node.get(i), pointer + "/" + i, written);
      }
    }
  }

  private static String escape(String property) {
    return property.replace("~", "~0").replace("/", "~1");
  }

  private static JsonNode tree(byte[] bytes, String what, String name) {
    try {
      JsonNode node = new ObjectMapper().readTree(bytes);
      if (node == null) {
        throw malformed("", "", name, "empty document", "document vide");
      }
      return node;
    } catch (JsonProcessingException e) {
      throw malformed(
          "",
          what,
          name,
          "not JSON: " + e.getOriginalMessage(),
          "pas du JSON : " + e.getOriginalMessage());
    } catch (IOException e) {
      throw malformed("", what, name, e.toString(), e.toString());
    }
  }

  private static void properties(JsonNode object, String at, Set<String> allowed, String name) {
    for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
      String property = it.next();
      if (!allowed.contains(property)) {
        throw malformed(
            at + "/" + escape(property), property, name, "unknown property", "propriété inconnue");
      }
    }
  }

  private static String text(JsonNode entry, String at, String language, String name) {
    JsonNode text = entry.path(language);
    if (!text.isTextual() || text.asText().isBlank()) {
      throw malformed(
          at + "/" + language,
          text,
          name,
          "a text in this language is required",
          "un texte dans cette langue est requis");
    }
    return text.asText();
  }

  private static Locale language(JsonNode original, String at, String name) {
    return switch (original.asText("")) {
      case "fr" -> Locale.FRENCH;
      case "en" -> Locale.ENGLISH;
      default ->
          throw malformed(
              at, original, name, "\"fr\" or \"en\" is required", "« fr » ou « en » est requis");
    };
  }

  private static InvalidValueException malformed(
      String at, Object value, String name, String whyEn, String whyFr) {
    return new InvalidValueException(
        ExamplesErrorCode.TRANSLATIONS_MALFORMED, at, String.valueOf(value), name, whyEn, whyFr);
  }
}
