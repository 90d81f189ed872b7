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
 * checked for consistency.
 */
public final class DatasetLoader {

  /** The bundled document, beside this class. */
  static final String RESOURCE = "pays-de-la-loire.json";

  private DatasetLoader() {}

  /**
   * Loads and validates a dataset.
   *
   * @param file a document to read instead of the bundled dataset, if given
   * @return the valid dataset, not null
   * @throws io.github.esspetiteenfance.EssPetiteEnfanceException if the dataset is invalid: a
   *     {@link JsonDocumentException} listing every problem of the document with its JSON Pointer,
   *     or an {@link InvalidValueException} if the file cannot be read or its figures contradict
   *     each other
   */
  public static SeedDataset load(Optional<Path> file) {
    if (file.isEmpty()) {
      return bundled();
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file.get());
    } catch (IOException e) {
      throw new InvalidValueException(
          ExamplesErrorCode.UNREADABLE, "dataset", file.get(), e.toString());
    }
    return validate(EssJson.reader(SeedDataset.class).read(bytes));
  }

  /**
   * Reads the bundled dataset.
   *
   * @return the dataset, not null
   * @throws IllegalStateException if the bundled document is missing or invalid (a bug)
   */
  static SeedDataset bundled() {
    try (InputStream in = DatasetLoader.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("ess-petite-enfance bug: " + RESOURCE + " is missing");
      }
      return validate(EssJson.reader(SeedDataset.class).read(in));
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
