package io.github.esspetiteenfance.indicator;

import io.github.esspetiteenfance.CommonErrorCode;
import io.github.esspetiteenfance.InvalidValueException;
import java.util.Objects;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * The sums kept for one cell of a {@link Panorama} (a territory, a sector, a family, employer or
 * not): a commutative monoid under {@link #plus(Tally)}, with {@link #ZERO} as neutral element.
 *
 * <p>Every component is a sum or a maximum over the establishments of the cell, so a tally of any
 * split of the establishments, combined in any order, is the tally of all of them. The largest
 * lower and upper bounds of one establishment's jobs serve the dominance rule of statistical
 * secrecy ({@link SecrecyRule}).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param establishments the number of establishments, at least 0
 * @param establishmentsWithExactJobs how many of them have an exact job count (the others have a
 *     headcount band or unknown jobs), from 0 to {@code establishments}
 * @param jobs the sum of their jobs, exact only if every establishment's is; not null
 * @param largestJobsLower the largest lower bound of one establishment's jobs, at least 0
 * @param largestJobsUpper the largest upper bound of one establishment's jobs; empty if one is
 *     unbounded
 */
@Value.Builder
public record Tally(
    long establishments,
    long establishmentsWithExactJobs,
    CountRange jobs,
    long largestJobsLower,
    OptionalLong largestJobsUpper) {

  /** The tally of no establishment. */
  public static final Tally ZERO = new Tally(0, 0, CountRange.ZERO, 0, OptionalLong.of(0));

  /**
   * Creates a tally.
   *
   * @throws InvalidValueException with code {@link CommonErrorCode#NEGATIVE} if a count is
   *     negative, or {@link IndicatorErrorCode#SHARE_ABOVE_ONE} if more establishments have exact
   *     jobs than there are establishments
   */
  public Tally {
    Objects.requireNonNull(jobs, "jobs");
    Objects.requireNonNull(largestJobsUpper, "largestJobsUpper");
    if (establishments < 0 || establishmentsWithExactJobs < 0 || largestJobsLower < 0) {
      throw new InvalidValueException(CommonErrorCode.NEGATIVE, "establishments", establishments);
    }
    if (establishmentsWithExactJobs > establishments) {
      throw new InvalidValueException(
          IndicatorErrorCode.SHARE_ABOVE_ONE,
          "establishmentsWithExactJobs",
          establishmentsWithExactJobs,
          establishments);
    }
  }

  /**
   * Obtains the tally of one establishment.
   *
   * @param jobs its jobs, not null
   * @return the tally, not null
   */
  public static Tally of(CountRange jobs) {
    return new Tally(1, jobs.isExact() ? 1 : 0, jobs, jobs.lower(), jobs.upper());
  }

  /**
   * Returns the tally of the establishments of this tally and another's: sums and maxima.
   *
   * @param other the other tally, not null
   * @return the combined tally, not null
   */
  public Tally plus(Tally other) {
    OptionalLong upper =
        largestJobsUpper.isPresent() && other.largestJobsUpper.isPresent()
            ? OptionalLong.of(
                Math.max(largestJobsUpper.getAsLong(), other.largestJobsUpper.getAsLong()))
            : OptionalLong.empty();
    return new Tally(
        Math.addExact(establishments, other.establishments),
        Math.addExact(establishmentsWithExactJobs, other.establishmentsWithExactJobs),
        jobs.plus(other.jobs),
        Math.max(largestJobsLower, other.largestJobsLower),
        upper);
  }

  /**
   * Checks if every establishment of this tally has an exact job count.
   *
   * @return true if the jobs are exact
   */
  public boolean hasExactJobs() {
    return establishmentsWithExactJobs == establishments;
  }
}
