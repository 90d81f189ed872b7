package io.github.esspetiteenfance.regulation;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The direction of an establishment: the director's time (or the référent technique's, for a
 * micro-crèche before 1 Sept 2026), the deputy's, how many micro-crèches the director runs, and,
 * for a micro-crèche from 1 Sept 2026 (décret 2025-304 art. 2), whether the director holds a
 * diplôme d'État, was the référent technique in post on that date, and the support a qualified
 * professional gives them.
 *
 * <p>Build one with {@link #of(BigDecimal)} when only the time is known, or with {@link
 * #builder()}. A fact not known is empty: the rule that needs it is not checked.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param directorFte the director's time in full-time equivalents, not negative
 * @param deputyDirectorFte the deputy director's time, empty if not known
 * @param microCrechesDirected the number of micro-crèches the director runs, this one included,
 *     empty if not known; positive if present
 * @param directorHoldsDiploma whether the director holds a diplôme d'État of those required of a
 *     director (CSP R2324-34, R2324-35; which ones is UNCONFIRMED), empty if not known
 * @param formerReferentTechnique whether the director was the micro-crèche's référent technique in
 *     post on 1 Sept 2026, empty if not known
 * @param qualifiedSupportHoursPerYear hours over the year a qualified professional supports a
 *     director kept without the diploma, not negative, empty if not known
 * @param qualifiedSupportHoursLowestQuarter those hours in the quarter that had the fewest, not
 *     negative, empty if not known
 */
@Value.Builder
public record Direction(
    BigDecimal directorFte,
    Optional<BigDecimal> deputyDirectorFte,
    Optional<Integer> microCrechesDirected,
    Optional<Boolean> directorHoldsDiploma,
    Optional<Boolean> formerReferentTechnique,
    Optional<BigDecimal> qualifiedSupportHoursPerYear,
    Optional<BigDecimal> qualifiedSupportHoursLowestQuarter) {

  /**
   * Creates a direction.
   *
   * @throws io.github.esspetiteenfance.InvalidValueException if a time or a count is negative
   */
  public Direction {
    Inputs.nonNegative("directorFte", directorFte);
    deputyDirectorFte.ifPresent(d -> Inputs.nonNegative("deputyDirectorFte", d));
    microCrechesDirected.ifPresent(n -> Inputs.positive("microCrechesDirected", n));
    Objects.requireNonNull(directorHoldsDiploma, "directorHoldsDiploma");
    Objects.requireNonNull(formerReferentTechnique, "formerReferentTechnique");
    qualifiedSupportHoursPerYear.ifPresent(
        h -> Inputs.nonNegative("qualifiedSupportHoursPerYear", h));
    qualifiedSupportHoursLowestQuarter.ifPresent(
        h -> Inputs.nonNegative("qualifiedSupportHoursLowestQuarter", h));
  }

  /**
   * Obtains a direction of which only the director's time is known.
   *
   * @param directorFte the director's time in FTE, not negative
   * @return the direction
   */
  public static Direction of(BigDecimal directorFte) {
    return new Direction(
        directorFte,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  /**
   * Obtains a builder of Direction (the generated {@code DirectionBuilder}); copy an instance with
   * {@code builder().from(x)}.
   *
   * @return a new builder, not null
   */
  public static DirectionBuilder builder() {
    return DirectionBuilder.builder();
  }
}
