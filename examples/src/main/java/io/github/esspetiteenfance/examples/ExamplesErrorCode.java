package io.github.esspetiteenfance.examples;

import io.github.esspetiteenfance.ErrorCode;

/** The error codes of the examples module: an invalid dataset document or translations document. */
public enum ExamplesErrorCode implements ErrorCode {
  /** A text of the dataset is blank. */
  BLANK("examples.dataset.blank"),
  /** A list of the dataset that must not be empty is empty. */
  EMPTY("examples.dataset.empty"),
  /** Two entries of the dataset share a key that must be unique. */
  DUPLICATE("examples.dataset.duplicate"),
  /** A published figure is out of its range (a negative count, a share above 100 %). */
  FIGURE_OUT_OF_RANGE("examples.dataset.figure-out-of-range"),
  /** Two published figures contradict each other: no count fits both. */
  FIGURES_INCONSISTENT("examples.dataset.figures-inconsistent"),
  /** A network key is not in core's reference set of networks. */
  UNKNOWN_NETWORK("examples.dataset.unknown-network"),
  /** The establishments of a portrait are run by different organizations. */
  OPERATOR_MISMATCH("examples.dataset.operator-mismatch"),
  /** The dataset document cannot be read. */
  UNREADABLE("examples.dataset.unreadable"),
  /**
   * The translations document of a dataset is not in its format (an unknown property, a missing or
   * blank language, a pointer listed twice).
   */
  TRANSLATIONS_MALFORMED("examples.translations.malformed"),
  /** A pointer of the translations does not point to a free text of the dataset. */
  TRANSLATION_UNRESOLVED("examples.translations.unresolved"),
  /** The dataset's text at a pointer is not the original the translation was made from. */
  TRANSLATION_STALE("examples.translations.stale"),
  /** A free text of the dataset has no translation. */
  TRANSLATION_MISSING("examples.translations.missing");

  private final String code;

  ExamplesErrorCode(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
