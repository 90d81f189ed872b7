package io.github.esspetiteenfance.indicator;

import io.github.esspetiteenfance.CommonErrorCode;
import io.github.esspetiteenfance.InvalidValueException;
import io.github.esspetiteenfance.legal.Confidence;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where a figure comes from: its publisher, its dataset or publication, its vintage, an address,
 * and how sure the project is of it.
 *
 * <p>A figure quoted from a text whose publication could not be identified keeps the text as its
 * dataset, an empty vintage and {@link Confidence#UNCONFIRMED}; a figure the library computes has
 * {@link #computed()} as source ({@link Confidence#DERIVED}).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param publisher who published the figure, such as {@code "CRESS Pays de la Loire"}; not blank
 * @param dataset the dataset or publication, not blank
 * @param vintage the year or version of the data, empty if not known
 * @param url where the figure can be read, empty if none is known
 * @param confidence how sure the project is of the figure and its source, not null
 * @param note what is uncertain or how to read the figure; may be empty, not null
 */
@Value.Builder
public record Source(
    String publisher,
    String dataset,
    Optional<String> vintage,
    Optional<String> url,
    Confidence confidence,
    String note) {

  /**
   * Creates a source.
   *
   * @throws InvalidValueException with code {@link CommonErrorCode#BLANK} if the publisher or the
   *     dataset is blank
   */
  public Source {
    Objects.requireNonNull(publisher, "publisher");
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(vintage, "vintage");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(confidence, "confidence");
    Objects.requireNonNull(note, "note");
    io.github.esspetiteenfance.internal.TextChecks.characters(publisher, "publisher");
    if (publisher.isBlank()) {
      throw new InvalidValueException(CommonErrorCode.BLANK, "publisher", publisher);
    }
    io.github.esspetiteenfance.internal.TextChecks.characters(dataset, "dataset");
    if (dataset.isBlank()) {
      throw new InvalidValueException(CommonErrorCode.BLANK, "dataset", dataset);
    }
  }

  /**
   * Returns the source of the figures the library computes from records.
   *
   * @return the source, {@link Confidence#DERIVED}; not null
   */
  public static Source computed() {
    return new Source(
        "ess-petite-enfance",
        "computed from establishment records",
        Optional.empty(),
        Optional.empty(),
        Confidence.DERIVED,
        "");
  }

  /** Returns the publisher, the dataset, the vintage if known and the confidence. */
  @Override
  public String toString() {
    return publisher
        + ", "
        + dataset
        + vintage.map(v -> " (" + v + ")").orElse("")
        + " ["
        + confidence
        + "]";
  }
}
