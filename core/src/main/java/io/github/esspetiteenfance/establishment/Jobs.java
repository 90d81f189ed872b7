package io.github.esspetiteenfance.establishment;

import io.github.esspetiteenfance.CommonErrorCode;
import io.github.esspetiteenfance.InvalidValueException;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The jobs of an establishment in a year: a headcount, full-time equivalents (ETP), a Sirene
 * headcount band, or several of them.
 *
 * <p>Sources give different figures: the structure's own headcount, its ETP, or only the Sirene
 * band. Whether they agree (ETP at most the headcount, the headcount in the band) is not an
 * invariant, because they may come from different sources; {@link #isConsistent()} tells.
 *
 * <p>The FTE is normalised without trailing zeros (at least scale 0): {@code 2.50} becomes {@code
 * 2.5}, so equal amounts are equal records.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param year the reference year, {@value #MIN_YEAR} to {@value #MAX_YEAR}
 * @param headcount the number of people employed, if known; zero or more
 * @param fte the full-time equivalents, if known; zero or more
 * @param band the Sirene headcount band, if known
 */
public record Jobs(
    @Min(MIN_YEAR) @Max(MAX_YEAR) int year,
    Optional<@Min(0) Integer> headcount,
    Optional<@DecimalMin("0") BigDecimal> fte,
    Optional<TrancheEffectif> band) {

  /** The first supported year. */
  public static final int MIN_YEAR = 1900;

  /** The last supported year. */
  public static final int MAX_YEAR = 9999;

  /**
   * Creates the jobs of a year.
   *
   * @throws InvalidValueException with code {@link EstablishmentErrorCode#YEAR_OUT_OF_RANGE},
   *     {@link CommonErrorCode#NEGATIVE} or {@link EstablishmentErrorCode#JOBS_EMPTY}
   */
  public Jobs {
    Objects.requireNonNull(headcount, "headcount");
    Objects.requireNonNull(fte, "fte");
    Objects.requireNonNull(band, "band");
    if (year < MIN_YEAR || year > MAX_YEAR) {
      throw new InvalidValueException(
          EstablishmentErrorCode.YEAR_OUT_OF_RANGE,
          "year",
          year,
          String.valueOf(MIN_YEAR),
          String.valueOf(MAX_YEAR));
    }
    headcount.ifPresent(
        n -> {
          if (n < 0) {
            throw new InvalidValueException(CommonErrorCode.NEGATIVE, "headcount", n);
          }
        });
    fte.ifPresent(
        f -> {
          if (f.signum() < 0) {
            throw new InvalidValueException(CommonErrorCode.NEGATIVE, "fte", f);
          }
        });
    fte = fte.map(Jobs::normalise);
    if (headcount.isEmpty() && fte.isEmpty() && band.isEmpty()) {
      throw new InvalidValueException(EstablishmentErrorCode.JOBS_EMPTY, "jobs", null);
    }
  }

  private static BigDecimal normalise(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  /**
   * Obtains a headcount.
   *
   * @param year the year
   * @param headcount the number of people employed, zero or more
   * @return the jobs, not null
   */
  public static Jobs ofHeadcount(int year, int headcount) {
    return new Jobs(year, Optional.of(headcount), Optional.empty(), Optional.empty());
  }

  /**
   * Obtains full-time equivalents.
   *
   * @param year the year
   * @param fte the full-time equivalents, zero or more, not null
   * @return the jobs, not null
   */
  public static Jobs ofFte(int year, BigDecimal fte) {
    return new Jobs(year, Optional.empty(), Optional.of(fte), Optional.empty());
  }

  /**
   * Obtains a Sirene band.
   *
   * @param year the year of the band
   * @param band the band, not null
   * @return the jobs, not null
   */
  public static Jobs ofBand(int year, TrancheEffectif band) {
    return new Jobs(year, Optional.empty(), Optional.empty(), Optional.of(band));
  }

  /**
   * Returns the band as given, or the band of the headcount when only the headcount is known.
   *
   * @return the band, empty if neither is known; not null
   */
  public Optional<TrancheEffectif> effectiveBand() {
    return band.or(() -> headcount.map(TrancheEffectif::containing));
  }

  /**
   * Checks if the figures agree: the FTE is at most the headcount, and the headcount is in the band
   * (an employer band when the headcount is positive).
   *
   * @return true if every pair of known figures agrees
   */
  public boolean isConsistent() {
    boolean fteFits =
        headcount.isEmpty()
            || fte.isEmpty()
            || fte.get().compareTo(BigDecimal.valueOf(headcount.get())) <= 0;
    boolean bandFits =
        headcount.isEmpty() || band.isEmpty() || band.get().contains(headcount.get());
    return fteFits && bandFits;
  }
}
