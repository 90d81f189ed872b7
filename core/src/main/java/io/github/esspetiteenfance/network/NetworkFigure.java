package io.github.esspetiteenfance.network;

import io.github.esspetiteenfance.CommonErrorCode;
import io.github.esspetiteenfance.InvalidValueException;
import io.github.esspetiteenfance.territory.Territory;
import java.time.Year;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A figure a network publishes: what it counts, the quantity with its qualifier, the territory it
 * covers, the year, the source's own words and the source.
 *
 * <p>The territory of a figure may be smaller than the network's: Familles Rurales is national, its
 * figures in the seed are for Pays de la Loire. When the source gives no year, {@link #year()} is
 * empty rather than guessed.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param kind what is counted, not null
 * @param quantity the count with its qualifier, not null
 * @param scope the territory the figure covers, not null
 * @param year the year of the figure, empty if the source does not give it
 * @param wording the source's words, such as {@code "plus de 100 000 personnes"}; not blank
 * @param source where it was read, not null
 */
@Value.Builder
public record NetworkFigure(
    FigureKind kind,
    Quantity quantity,
    Territory scope,
    Optional<Year> year,
    String wording,
    Citation source) {

  /**
   * Creates a figure.
   *
   * @throws InvalidValueException with code {@link CommonErrorCode#BLANK} if the wording is blank
   */
  public NetworkFigure {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(quantity, "quantity");
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(year, "year");
    Objects.requireNonNull(wording, "wording");
    Objects.requireNonNull(source, "source");
    io.github.esspetiteenfance.internal.TextChecks.characters(wording, "wording");
    if (wording.isBlank()) {
      throw new InvalidValueException(CommonErrorCode.BLANK, "wording", wording);
    }
  }
}
