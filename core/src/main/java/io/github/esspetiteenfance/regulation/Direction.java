package io.github.esspetiteenfance.regulation;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The direction of an establishment: the director's time (or the référent technique's, for a
 * micro-crèche before 1 Sept 2026), the deputy's, and how many micro-crèches the director runs.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param directorFte the director's time in full-time equivalents, not negative
 * @param deputyDirectorFte the deputy director's time, empty if not known
 * @param microCrechesDirected the number of micro-crèches the director runs, this one included,
 *     empty if not known; positive if present
 */
public record Direction(
    BigDecimal directorFte,
    Optional<BigDecimal> deputyDirectorFte,
    Optional<Integer> microCrechesDirected) {

  /** Creates a direction. */
  public Direction {
    Inputs.nonNegative("directorFte", directorFte);
    deputyDirectorFte.ifPresent(d -> Inputs.nonNegative("deputyDirectorFte", d));
    microCrechesDirected.ifPresent(n -> Inputs.positive("microCrechesDirected", n));
  }

  /**
   * Obtains a direction of which only the director's time is known.
   *
   * @param directorFte the director's time in FTE, not negative
   * @return the direction
   */
  public static Direction of(BigDecimal directorFte) {
    return new Direction(directorFte, Optional.empty(), Optional.empty());
  }
}
