package io.github.esspetiteenfance.examples;

import io.github.esspetiteenfance.InvalidValueException;
import io.github.esspetiteenfance.validation.ModelValidator;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Loads the dataset of the report: the bundled seed dataset, or a document given on the command
 * line.
 */
final class DatasetLoader {

  private DatasetLoader() {}

  /**
   * Loads and validates a dataset.
   *
   * @param file a document to read instead of the bundled dataset, if given
   * @return the valid dataset, not null
   * @throws io.github.esspetiteenfance.EssPetiteEnfanceException if the dataset is invalid
   */
  static SeedDataset load(Optional<Path> file) {
    if (file.isPresent()) {
      throw new InvalidValueException(
          ExamplesErrorCode.UNREADABLE,
          "dataset",
          file.get(),
          "reading a dataset document needs the json module (not yet available)");
    }
    return validate(SeedDatasets.paysDeLaLoire());
  }

  /**
   * Validates a dataset with the library's Bean Validation service: every constraint of every
   * organization, structure and establishment.
   *
   * @param dataset the dataset, not null
   * @return the dataset, not null
   * @throws io.github.esspetiteenfance.validation.ValidationException listing every problem
   */
  static SeedDataset validate(SeedDataset dataset) {
    return ModelValidator.shared().validate(dataset).orThrow();
  }

  /** Returns the name of the dataset for messages. */
  static String describe(Optional<Path> file) {
    return file.map(Path::toString).orElse("pays-de-la-loire (bundled)");
  }
}
