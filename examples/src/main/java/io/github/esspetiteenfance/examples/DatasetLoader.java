package io.github.esspetiteenfance.examples;

import io.github.esspetiteenfance.InvalidValueException;
import io.github.esspetiteenfance.indicator.ConsistencyChecker;
import io.github.esspetiteenfance.indicator.ConsistencyReport;
import io.github.esspetiteenfance.json.EssJson;
import io.github.esspetiteenfance.json.JsonDocumentException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Loads the dataset of the report: the bundled JSON document {@value #RESOURCE}, or a document
 * given on the command line, read with the {@code json} module's strict validating reader, then
 * checked for consistency; with {@link #loadWithTexts(Optional)}, also the translations of its free
 * texts ({@link SeedTexts}).
 */
public final class DatasetLoader {

  /** The bundled document, beside this class. */
  static final String RESOURCE = "pays-de-la-loire.json";

  /** The translations of the bundled document's free texts, beside this class. */
  static final String TRANSLATIONS = "pays-de-la-loire.translations.json";

  private DatasetLoader() {}

  /**
   * Loads and validates a dataset.
   *
   * @param file a document to read instead of the bundled dataset, if given
   * @return the valid dataset, not null
   * @throws io.github.esspetiteenfance.EssPetiteEnfanceException if the dataset is invalid: a
   *     {@link JsonDocumentException} listing every problem of the document with its JSON Pointer,
   *     or an {@link InvalidValueException} if the file cannot be read, its figures contradict each
   *     other or its translations are wrong
   */
  public static SeedDataset load(Optional<Path> file) {
    return loadWithTexts(file).dataset();
  }

  /**
   * Loads and validates a dataset with its free texts in French and in English.
   *
   * <p>The bundled dataset is read with its translations, {@value #TRANSLATIONS}. A document given
   * as a file is read with the translations beside it, {@code <name>.translations.json} for {@code
   * <name>.json}, if that file exists; otherwise its texts are shown as written ({@link
   * SeedTexts#isTranslated()} is false).
   *
   * @param file a document to read instead of the bundled dataset, if given
   * @return the valid dataset and its texts, not null
   * @throws io.github.esspetiteenfance.EssPetiteEnfanceException if the dataset is invalid (as
   *     {@link #load(Optional)}), or an {@link InvalidValueException} with a code {@code
   *     examples.translations.*} if its translations are malformed, stale or incomplete
   */
  public static LoadedDataset loadWithTexts(Optional<Path> file) {
    if (file.isEmpty()) {
      byte[] dataset = resource(RESOURCE);
      return new LoadedDataset(
          validate(EssJson.reader(SeedDataset.class).read(dataset)),
          SeedTexts.read(dataset, Optional.of(resource(TRANSLATIONS)), TRANSLATIONS),
          RESOURCE);
    }
    byte[] bytes = read(file.get());
    SeedDataset dataset = validate(EssJson.reader(SeedDataset.class).read(bytes));
    Path translations = translationsOf(file.get());
    Optional<byte[]> texts =
        Files.isRegularFile(translations) ? Optional.of(read(translations)) : Optional.empty();
    return new LoadedDataset(
        dataset, SeedTexts.read(bytes, texts, translations.toString()), file.get().toString());
  }

  /**
   * Returns where the translations of a dataset file are looked for: {@code x.translations.json}
   * beside {@code x.json}.
   *
   * @param file the dataset file, not null
   * @return the translations file, not null
   */
  public static Path translationsOf(Path file) {
    String name = file.getFileName().toString();
    String stem = name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
    return file.resolveSibling(stem + ".translations.json");
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new InvalidValueException(ExamplesErrorCode.UNREADABLE, "dataset", file, e.toString());
    }
  }

  /**
   * Reads the bundled dataset.
   *
   * @return the dataset, not null
   * @throws IllegalStateException if the bundled document is missing or invalid (a bug)
   */
  static SeedDataset bundled() {
    return validate(EssJson.reader(SeedDataset.class).read(resource(RESOURCE)));
  }

  private static byte[] resource(String name) {
    try (InputStream in = DatasetLoader.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("ess-petite-enfance bug: " + name + " is missing");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Checks what the reader cannot: that the published figures can all be true.
   *
   * @param dataset the dataset, not null
   * @return the dataset, not null
   * @throws InvalidValueException with code {@link ExamplesErrorCode#FIGURES_INCONSISTENT} if the
   *     figures contradict each other
   */
  static SeedDataset validate(SeedDataset dataset) {
    ConsistencyReport consistency = ConsistencyChecker.check(dataset.figures());
    if (!consistency.isConsistent()) {
      throw new InvalidValueException(
          ExamplesErrorCode.FIGURES_INCONSISTENT,
          "figures",
          dataset.figures().id(),
          consistency.message(Locale.ENGLISH).strip(),
          consistency.message(Locale.FRENCH).strip());
    }
    return dataset;
  }

  /** Returns the name of the dataset for messages. */
  static String describe(Optional<Path> file) {
    return file.map(Path::toString).orElse(RESOURCE);
  }
}
