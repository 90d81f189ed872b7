package io.github.esspetiteenfance.examples;

import java.util.Objects;

/**
 * A dataset as the report reads it: the validated {@link SeedDataset}, its free texts in French and
 * in English ({@link SeedTexts}), and the name of the document it was read from.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param dataset the dataset, not null
 * @param texts its free texts, translated or as written; not null
 * @param name the name of the document, such as {@code "pays-de-la-loire.json"}; not null
 */
public record LoadedDataset(SeedDataset dataset, SeedTexts texts, String name) {

  /** Creates a loaded dataset. */
  public LoadedDataset {
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(texts, "texts");
    Objects.requireNonNull(name, "name");
  }

  /**
   * Returns a free text of the dataset in a language.
   *
   * @param pointer the JSON Pointer of the text in the dataset document, not null
   * @param texts the language, not null
   * @return the text, not null
   * @see SeedTexts#text(String, java.util.Locale)
   */
  public String text(String pointer, Texts texts) {
    return this.texts.text(pointer, texts.locale());
  }
}
