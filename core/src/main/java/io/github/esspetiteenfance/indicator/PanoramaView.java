package io.github.esspetiteenfance.indicator;

import io.github.esspetiteenfance.Fraction;
import io.github.esspetiteenfance.organization.EssFamily;
import io.github.esspetiteenfance.territory.France;
import io.github.esspetiteenfance.territory.Region;
import io.github.esspetiteenfance.territory.Territory;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The observatory indicators of a {@link Panorama}, with a secrecy rule, a source and a period:
 * establishments by family, the ESS share of establishments, the share of associations among ESS
 * establishments, ESS jobs, the ESS share of jobs, and a région compared with France.
 *
 * <p>Every indicator is {@link Origin#COMPUTED}, carries the view's source and period, and is
 * marked secret according to the view's {@link SecrecyRule}. Jobs are a {@link CountRange} (exact
 * when every establishment's jobs are); a share of jobs is then a {@link ShareRange}. A share whose
 * whole is zero is not defined: the methods return an empty {@code Optional}.
 *
 * <p>The populations count employer establishments only, as observatories do (see {@link
 * Population}); {@link #count(Measure, Territory, Population)} and {@link #share(Measure,
 * Territory, Population, Population)} take any population.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PanoramaView {

  private final Panorama panorama;
  private final SecrecyRule rule;
  private final Source source;
  private final Optional<ReferencePeriod> period;

  PanoramaView(
      Panorama panorama, SecrecyRule rule, Source source, Optional<ReferencePeriod> period) {
    this.panorama = Objects.requireNonNull(panorama, "panorama");
    this.rule = Objects.requireNonNull(rule, "rule");
    this.source = Objects.requireNonNull(source, "source");
    this.period = Objects.requireNonNull(period, "period");
  }

  /**
   * Returns a count of establishments or jobs of a population in a territory.
   *
   * @param measure {@link Measure#ESTABLISHMENTS} or {@link Measure#JOBS}; not null
   * @param territory the territory, not null
   * @param population the population, not null
   * @return the indicator: a {@link Count} of establishments, or a {@link CountRange} of jobs
   * @throws IllegalArgumentException if the measure is neither
   */
  public Indicator count(Measure measure, Territory territory, Population population) {
    Tally tally = panorama.tally(territory, population);
    IndicatorValue value =
        switch (measure) {
          case ESTABLISHMENTS -> Count.of(tally.establishments());
          case JOBS -> tally.jobs();
          default -> throw new IllegalArgumentException("not computed from records: " + measure);
        };
    return indicator(
        measure, value, territory, population, Optional.empty(), rule.evaluate(tally, measure));
  }

  /**
   * Returns the share of a part of a population in a territory: establishments or jobs.
   *
   * @param measure {@link Measure#ESTABLISHMENTS} or {@link Measure#JOBS}; not null
   * @param territory the territory, not null
   * @param part the population of the numerator, not null
   * @param whole the population of the denominator, which includes {@code part}; not null
   * @return the share (a {@link Share}, or a {@link ShareRange} for jobs from bands), empty if the
   *     whole is zero
   * @throws IllegalArgumentException if the measure is neither, or {@code whole} does not include
   *     {@code part}
   */
  public Optional<Indicator> share(
      Measure measure, Territory territory, Population part, Population whole) {
    if (!whole.includes(part)) {
      throw new IllegalArgumentException(whole + " does not include " + part);
    }
    Tally p = panorama.tally(territory, part);
    Tally w = panorama.tally(territory, whole);
    Tally rest = restOf(territory, part, whole, p, w);
    Optional<IndicatorValue> value =
        switch (measure) {
          case ESTABLISHMENTS ->
              w.establishments() == 0
                  ? Optional.empty()
                  : Optional.of(Share.of(p.establishments(), w.establishments()));
          case JOBS -> shareOfRanges(p.jobs(), rest.jobs());
          default -> throw new IllegalArgumentException("not computed from records: " + measure);
        };
    return value.map(
        v ->
            indicator(
                measure,
                v,
                territory,
                part,
                Optional.of(whole),
                rule.evaluateShare(p, rest, measure)));
  }

  /**
   * Returns the number of establishments of each family of a sector in a territory, in the order of
   * {@link EssFamily}, zeros included; they add up to {@link #establishments(Territory, Sector)}.
   *
   * @param territory the territory, not null
   * @param sector the sector, not null
   * @return one count per family, not null
   */
  public List<Indicator> establishmentsByFamily(Territory territory, Sector sector) {
    List<Indicator> byFamily = new ArrayList<>();
    for (EssFamily family : EssFamily.values()) {
      byFamily.add(count(Measure.ESTABLISHMENTS, territory, Population.family(sector, family)));
    }
    return List.copyOf(byFamily);
  }

  /**
   * Returns the number of establishments of every family of a sector in a territory.
   *
   * @param territory the territory, not null
   * @param sector the sector, not null
   * @return the count, not null
   */
  public Indicator establishments(Territory territory, Sector sector) {
    return count(Measure.ESTABLISHMENTS, territory, Population.all(sector));
  }

  /**
   * Returns the number of ESS establishments of a sector in a territory ("233 EAJE ESS").
   *
   * @param territory the territory, not null
   * @param sector the sector, not null
   * @return the count, not null
   */
  public Indicator essEstablishments(Territory territory, Sector sector) {
    return count(Measure.ESTABLISHMENTS, territory, Population.ess(sector));
  }

  /**
   * Returns the ESS share of the establishments of a sector in a territory ("43 % des EAJE").
   *
   * @param territory the territory, not null
   * @param sector the sector, not null
   * @return the share, empty if the territory has no establishment of the sector
   */
  public Optional<Indicator> essShareOfEstablishments(Territory territory, Sector sector) {
    return share(Measure.ESTABLISHMENTS, territory, Population.ess(sector), Population.all(sector));
  }

  /**
   * Returns the share of associations among the ESS establishments of a sector in a territory ("80
   * % des établissements ESS de ce secteur sont associatifs").
   *
   * @param territory the territory, not null
   * @param sector the sector, not null
   * @return the share, empty if the territory has no ESS establishment of the sector
   */
  public Optional<Indicator> associationShareOfEssEstablishments(
      Territory territory, Sector sector) {
    return share(
        Measure.ESTABLISHMENTS,
        territory,
        Population.family(sector, EssFamily.ASSOCIATION),
        Population.ess(sector));
  }

  /**
   * Returns the jobs of the ESS establishments of a sector in a territory ("3 239 emplois"): a
   * range when some establishments only have a headcount band.
   *
   * @param territory the territory, not null
   * @param sector the sector, not null
   * @return the jobs, not null
   */
  public Indicator essJobs(Territory territory, Sector sector) {
    return count(Measure.JOBS, territory, Population.ess(sector));
  }

  /**
   * Returns the ESS share of the jobs of a sector in a territory ("47 % des emplois").
   *
   * @param territory the territory, not null
   * @param sector the sector, not null
   * @return the share (a range when jobs come from bands), empty if the sector has no job there
   */
  public Optional<Indicator> essShareOfJobs(Territory territory, Sector sector) {
    return share(Measure.JOBS, territory, Population.ess(sector), Population.all(sector));
  }

  /**
   * Returns the standard indicators of a sector in a territory: establishments by family, ESS
   * establishments, the ESS share of establishments, the share of associations among them, ESS jobs
   * and the ESS share of jobs (the shares that are defined).
   *
   * @param territory the territory, not null
   * @param sector the sector, not null
   * @return the indicators, not null
   */
  public List<Indicator> standardIndicators(Territory territory, Sector sector) {
    List<Indicator> all = new ArrayList<>(establishmentsByFamily(territory, sector));
    all.add(establishments(territory, sector));
    all.add(essEstablishments(territory, sector));
    essShareOfEstablishments(territory, sector).ifPresent(all::add);
    associationShareOfEssEstablishments(territory, sector).ifPresent(all::add);
    all.add(essJobs(territory, sector));
    essShareOfJobs(territory, sector).ifPresent(all::add);
    return List.copyOf(all);
  }

  /**
   * Compares a région with France for a sector: the ESS shares of establishments and jobs in each,
   * and the région's weight in the national ESS establishments of the sector.
   *
   * @param region the région, not null
   * @param sector the sector, not null
   * @return the comparison, not null
   */
  public RegionComparison compareWithNation(Region region, Sector sector) {
    Tally regional = panorama.tally(region, Population.ess(sector));
    Tally national = panorama.tally(France.INSTANCE, Population.ess(sector));
    Optional<Share> weight =
        national.establishments() == 0
            ? Optional.empty()
            : Optional.of(Share.of(regional.establishments(), national.establishments()));
    return new RegionComparison(
        region,
        sector,
        essShareOfEstablishments(region, sector),
        essShareOfEstablishments(France.INSTANCE, sector),
        essShareOfJobs(region, sector),
        essShareOfJobs(France.INSTANCE, sector),
        weight);
  }

  private Tally restOf(Territory territory, Population part, Population whole, Tally p, Tally w) {
    Optional<Population> rest = whole.minus(part);
    if (rest.isPresent()) {
      return panorama.tally(territory, rest.get());
    }
    if (whole.equals(part)) {
      return Tally.ZERO;
    }
    // a part that differs by sector or employer scope: the rest's tally is not kept apart; its
    // establishments and bounds are the differences, its largest contributions unknown
    long establishments = w.establishments() - p.establishments();
    CountRange jobs = w.jobs().minusPart(p.jobs()).orElse(CountRange.UNKNOWN);
    return new Tally(establishments, 0, jobs, jobs.lower(), w.largestJobsUpper());
  }

  /** The share part / (part + rest) of two independent ranges, empty if the whole is zero. */
  static Optional<IndicatorValue> shareOfRanges(CountRange part, CountRange rest) {
    CountRange whole = part.plus(rest);
    if (whole.isExact() && whole.lower() == 0) {
      return Optional.empty();
    }
    if (part.isExact() && rest.isExact()) {
      return Optional.of(Share.of(part.lower(), whole.lower()));
    }
    Fraction lower;
    if (rest.upper().isPresent() && rest.upper().getAsLong() == 0) {
      lower = part.lower() == 0 ? Fraction.ZERO : Fraction.ONE;
    } else if (part.lower() == 0 || rest.upper().isEmpty()) {
      lower = Fraction.ZERO;
    } else {
      lower = Fraction.of(part.lower(), part.lower() + rest.upper().getAsLong());
    }
    Fraction upper;
    if (part.upper().isEmpty()) {
      upper = Fraction.ONE;
    } else if (part.upper().getAsLong() == 0) {
      upper = Fraction.ZERO;
    } else {
      upper = Fraction.of(part.upper().getAsLong(), part.upper().getAsLong() + rest.lower());
    }
    return Optional.of(new ShareRange(lower, upper.max(lower)));
  }

  private Indicator indicator(
      Measure measure,
      IndicatorValue value,
      Territory territory,
      Population population,
      Optional<Population> base,
      Secrecy secrecy) {
    String id =
        "computed:"
            + territory.level()
            + ":"
            + territory.code()
            + ":"
            + measure
            + ":"
            + population
            + base.map(b -> ":" + b).orElse("");
    return new Indicator(
        id, measure, value, territory, period, population, base, source, Origin.COMPUTED, secrecy);
  }
}
