package io.github.esspetiteenfance.testing;

import io.github.esspetiteenfance.Fraction;
import io.github.esspetiteenfance.diagnostic.Finding;
import io.github.esspetiteenfance.establishment.TrancheEffectif;
import io.github.esspetiteenfance.identifier.CodeCommune;
import io.github.esspetiteenfance.identifier.CodeNaf;
import io.github.esspetiteenfance.identifier.CodeRegion;
import io.github.esspetiteenfance.indicator.Amount;
import io.github.esspetiteenfance.indicator.CheckCode;
import io.github.esspetiteenfance.indicator.ConsistencyChecker;
import io.github.esspetiteenfance.indicator.ConsistencyReport;
import io.github.esspetiteenfance.indicator.Count;
import io.github.esspetiteenfance.indicator.CountRange;
import io.github.esspetiteenfance.indicator.Indicator;
import io.github.esspetiteenfance.indicator.IndicatorInput;
import io.github.esspetiteenfance.indicator.IndicatorValue;
import io.github.esspetiteenfance.indicator.Measure;
import io.github.esspetiteenfance.indicator.Origin;
import io.github.esspetiteenfance.indicator.Panorama;
import io.github.esspetiteenfance.indicator.PanoramaView;
import io.github.esspetiteenfance.indicator.Population;
import io.github.esspetiteenfance.indicator.PublishedFigures;
import io.github.esspetiteenfance.indicator.Quantity;
import io.github.esspetiteenfance.indicator.RationalInterval;
import io.github.esspetiteenfance.indicator.ReferencePeriod;
import io.github.esspetiteenfance.indicator.RoundedCount;
import io.github.esspetiteenfance.indicator.RoundedPercentage;
import io.github.esspetiteenfance.indicator.Rounding;
import io.github.esspetiteenfance.indicator.Secrecy;
import io.github.esspetiteenfance.indicator.SecrecyReason;
import io.github.esspetiteenfance.indicator.Sector;
import io.github.esspetiteenfance.indicator.Share;
import io.github.esspetiteenfance.indicator.ShareRange;
import io.github.esspetiteenfance.indicator.Source;
import io.github.esspetiteenfance.legal.Confidence;
import io.github.esspetiteenfance.organization.EssFamily;
import io.github.esspetiteenfance.territory.Cog;
import io.github.esspetiteenfance.territory.Commune;
import io.github.esspetiteenfance.territory.France;
import io.github.esspetiteenfance.territory.Region;
import io.github.esspetiteenfance.territory.Territory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * QuickTheories generators of establishment records for the {@code indicator} package, and of ways
 * to split and shuffle them, for property-based tests.
 *
 * <p>Records are spread over a dozen current communes of the COG 2026 in six régions (five of them
 * in Pays de la Loire, two in the same département), three sectors, every ESS family, and jobs
 * given as exact counts, Sirene headcount bands (the unbounded {@code 53} included) or unknown.
 *
 * <p>It also generates figures for the consistency checks (the bundled published sets, changed at
 * random, and figures computed from generated records), the {@link ConsistencyReport}s of {@link
 * ConsistencyChecker} on them, and findings with message arguments of every kind.
 *
 * <p>The class is published in core's {@code test-jar}. This class is immutable and thread-safe.
 */
public final class IndicatorGenerators {

  private static final List<String> COMMUNES =
      List.of(
          "44109", "44100", "44165", "49007", "53130", "72181", "85191", "85047", "75056", "69123",
          "2A004", "97105");

  private static final List<Sector> SECTORS =
      List.of(Sector.EAJE, Sector.naf(CodeNaf.of("88.99A")), Sector.structureKind("MAM"));

  private IndicatorGenerators() {}

  /**
   * Returns a generator of current communes of the COG 2026, from a fixed list of twelve.
   *
   * @return the generator, not null
   */
  public static Gen<Commune> communes() {
    List<Commune> communes =
        COMMUNES.stream().map(c -> Cog.bundled().requireCommune(CodeCommune.of(c))).toList();
    return Generate.pick(communes);
  }

  /**
   * Returns a generator of sectors: EAJE ({@code 88.91A}), {@code 88.99A} and the structure kind
   * {@code MAM}.
   *
   * @return the generator, not null
   */
  public static Gen<Sector> sectors() {
    return Generate.pick(SECTORS);
  }

  /**
   * The employer status and jobs of a generated record.
   *
   * @param employer true for an employer
   * @param jobs the jobs, not null
   */
  public record EmployerJobs(boolean employer, CountRange jobs) {}

  /**
   * Returns a generator of job counts as records carry them: exact (0 to 300), a headcount band's
   * range, or unknown; with whether the establishment is an employer.
   *
   * @return the generator, not null
   */
  public static Gen<EmployerJobs> employerAndJobs() {
    Gen<EmployerJobs> exact =
        SourceDSL.longs().between(0, 300).map(n -> new EmployerJobs(true, CountRange.exact(n)));
    Gen<EmployerJobs> band =
        Generate.enumValues(TrancheEffectif.class)
            .map(b -> new EmployerJobs(b.isEmployer(), CountRange.of(b)));
    Gen<EmployerJobs> unknown =
        SourceDSL.booleans()
            .all()
            .map(e -> new EmployerJobs(e, e ? CountRange.UNKNOWN : CountRange.ZERO));
    return Generate.frequency(Pair.of(5, exact), Pair.of(4, band), Pair.of(1, unknown));
  }

  /**
   * Returns a generator of records with random ids, communes, families, sectors and jobs.
   *
   * @return the generator, not null
   */
  public static Gen<IndicatorInput> inputs() {
    return SourceDSL.integers()
        .between(0, 99_999)
        .zip(
            communes(),
            Generate.enumValues(EssFamily.class),
            sectors(),
            employerAndJobs(),
            (id, commune, family, sector, ej) ->
                new IndicatorInput("E" + id, commune, family, ej.employer(), sector, ej.jobs()));
  }

  /**
   * Returns a generator of lists of records, from 0 to {@code max} long.
   *
   * @param max the largest size
   * @return the generator, not null
   */
  public static Gen<List<IndicatorInput>> inputLists(int max) {
    return SourceDSL.lists().of(inputs()).ofSizeBetween(0, max);
  }

  /**
   * Returns a random split of a list into consecutive-or-not parts: the elements are shuffled, then
   * cut into {@code 1 + seed % 7} parts at random points (parts may be empty), and the parts
   * themselves are shuffled.
   *
   * @param <T> the element type
   * @param list the list, not null
   * @param seed the seed of the shuffles and cuts
   * @return the parts, whose concatenation is a permutation of the list; not null
   */
  public static <T> List<List<T>> randomSplit(List<T> list, long seed) {
    Random random = new Random(seed);
    List<T> shuffled = new ArrayList<>(list);
    java.util.Collections.shuffle(shuffled, random);
    int parts = 1 + (int) Math.floorMod(seed, 7L);
    List<List<T>> result = new ArrayList<>();
    for (int i = 0; i < parts; i++) {
      result.add(new ArrayList<>());
    }
    for (T t : shuffled) {
      result.get(random.nextInt(parts)).add(t);
    }
    java.util.Collections.shuffle(result, random);
    return result;
  }

  // ------------------------------------------------------------------ figures and consistency

  private static final Region PAYS_DE_LA_LOIRE = Cog.bundled().requireRegion(CodeRegion.of("52"));

  /**
   * Returns a generator of sets of published figures for the consistency checks: the bundled sets
   * {@link PublishedFigures#paysDeLaLoireEaje()} and {@link PublishedFigures#franceEssEaje()}, each
   * figure kept, dropped, given another count, range or percentage, a period, statistical secrecy,
   * an UNCONFIRMED source, an amount instead of a count, or a duplicate id; so that the checks find
   * contradictions, share mismatches, disagreeing shares, parts above their whole, territories
   * above the territory that contains them and every kind of remark.
   *
   * @return the generator, not null
   */
  public static Gen<List<Indicator>> publishedFigureSets() {
    List<Indicator> bundled =
        PublishedFigures.paysDeLaLoireEaje().with(PublishedFigures.franceEssEaje()).figures();
    return SourceDSL.longs()
        .all()
        .zip(
            SourceDSL.integers().between(0, 10),
            (seed, calm) -> {
              Random random = new Random(seed);
              List<Indicator> figures = new ArrayList<>();
              for (Indicator figure : bundled) {
                // "calm" sets change few figures, so that most reports hold implications
                int change = random.nextInt(10) < calm ? 0 : 1 + random.nextInt(9);
                figures.addAll(change(figure, change, random));
              }
              java.util.Collections.shuffle(figures, random);
              return figures;
            });
  }

  private static List<Indicator> change(Indicator figure, int change, Random random) {
    return switch (change) {
      case 1 -> List.of();
      case 2, 3 -> List.of(withValue(figure, otherValue(figure, random)));
      case 4 ->
          List.of(
              withPeriod(figure, Optional.of(ReferencePeriod.ofYear(2015 + random.nextInt(10)))));
      case 5 -> List.of(figure.withSecrecy(Secrecy.of(SecrecyReason.PUBLISHED_AS_SECRET)));
      case 6 -> List.of(unconfirmed(figure));
      case 7 ->
          figure.isShare()
              ? List.of(figure)
              : List.of(withValue(figure, Amount.of(random.nextInt(100_000) + ".5")));
      case 8 -> List.of(figure, withValue(figure, otherValue(figure, random)));
      default -> List.of(figure);
    };
  }

  private static IndicatorValue otherValue(Indicator figure, Random random) {
    if (figure.isShare()) {
      return random.nextBoolean()
          ? RoundedPercentage.ofUnit(random.nextInt(101))
          : Share.of(random.nextInt(50), 50 + random.nextInt(50));
    }
    long count = random.nextInt(random.nextBoolean() ? 1_000 : 60_000);
    return switch (random.nextInt(3)) {
      case 0 -> Count.of(count);
      case 1 -> CountRange.between(count, count + random.nextInt(100));
      default -> new RoundedCount(count / 100 * 100, 100, Rounding.NEAREST);
    };
  }

  /**
   * Returns a generator of figures computed from generated records ({@link #inputLists(int)}): the
   * standard indicators of Pays de la Loire and of France for a generated sector.
   *
   * @return the generator, not null
   */
  public static Gen<List<Indicator>> computedFigureSets() {
    return inputLists(30)
        .zip(
            sectors(),
            (inputs, sector) -> {
              PanoramaView view = Panorama.of(inputs).view();
              List<Indicator> figures =
                  new ArrayList<>(view.standardIndicators(PAYS_DE_LA_LOIRE, sector));
              figures.addAll(view.standardIndicators(France.INSTANCE, sector));
              return figures;
            });
  }

  /**
   * Returns a generator of the reports of {@link ConsistencyChecker}: checks of published figure
   * sets ({@link #publishedFigureSets()}), of computed figures with published ones, and comparisons
   * of computed figures (some of them the published values computed again, so that comparisons also
   * agree) with published ones ({@link ConsistencyChecker#compare}).
   *
   * @return the generator, not null
   */
  public static Gen<ConsistencyReport> consistencyReports() {
    Gen<ConsistencyReport> published = publishedFigureSets().map(ConsistencyChecker::check);
    Gen<ConsistencyReport> mixed =
        computedFigureSets()
            .zip(
                publishedFigureSets(),
                (computed, figures) -> {
                  List<Indicator> all = new ArrayList<>(computed);
                  all.addAll(figures);
                  return ConsistencyChecker.check(all);
                });
    Gen<ConsistencyReport> compared =
        computedFigureSets()
            .zip(
                publishedFigureSets(),
                SourceDSL.longs().all(),
                (computed, figures, seed) -> {
                  // some published figures computed again, so that comparisons also agree
                  Random random = new Random(seed);
                  List<Indicator> all = new ArrayList<>(computed);
                  for (Indicator f : figures) {
                    if (random.nextInt(3) == 0) {
                      all.add(recomputed(f));
                    }
                  }
                  return ConsistencyChecker.compare(all, figures);
                });
    return Generate.frequency(Pair.of(4, published), Pair.of(2, mixed), Pair.of(2, compared));
  }

  private static Indicator withValue(Indicator f, IndicatorValue value) {
    return new Indicator(
        f.id(),
        f.measure(),
        value,
        f.territory(),
        f.period(),
        f.population(),
        f.base(),
        f.source(),
        f.origin(),
        f.secrecy());
  }

  private static Indicator recomputed(Indicator f) {
    return new Indicator(
        "computed:" + f.id(),
        f.measure(),
        f.value(),
        f.territory(),
        f.period(),
        f.population(),
        f.base(),
        Source.computed(),
        Origin.COMPUTED,
        f.secrecy());
  }

  private static Indicator withPeriod(Indicator f, Optional<ReferencePeriod> period) {
    return new Indicator(
        f.id(),
        f.measure(),
        f.value(),
        f.territory(),
        period,
        f.population(),
        f.base(),
        f.source(),
        f.origin(),
        f.secrecy());
  }

  private static Indicator unconfirmed(Indicator f) {
    Source s = f.source();
    Source source =
        new Source(
            s.publisher(), s.dataset(), s.vintage(), s.url(), Confidence.UNCONFIRMED, s.note());
    return new Indicator(
        f.id(),
        f.measure(),
        f.value(),
        f.territory(),
        f.period(),
        f.population(),
        f.base(),
        source,
        f.origin(),
        f.secrecy());
  }

  // ------------------------------------------------------------------ findings and their arguments

  /**
   * Returns a generator of indicator values of every kind: counts, amounts, bounded and unbounded
   * ranges of counts, exact shares, ranges of shares, rounded percentages and rounded counts.
   *
   * @return the generator, not null
   */
  public static Gen<IndicatorValue> indicatorValues() {
    Gen<Long> counts = SourceDSL.longs().between(0, 10_000_000_000L);
    Gen<IndicatorValue> count = counts.map(n -> Count.of(n));
    Gen<IndicatorValue> amount =
        counts.zip(
            SourceDSL.integers().between(0, 99),
            (n, cents) -> Amount.of(n + (cents % 3 == 0 ? "" : "." + cents)));
    Gen<IndicatorValue> range =
        counts.zip(
            SourceDSL.longs().between(-1, 5_000),
            (n, width) -> width < 0 ? CountRange.atLeast(n) : CountRange.between(n, n + width));
    Gen<IndicatorValue> share =
        SourceDSL.longs()
            .between(1, 1_000_000)
            .zip(SourceDSL.longs().between(0, 1_000_000), (d, n) -> Share.of(n % (d + 1), d));
    Gen<IndicatorValue> shareRange =
        SourceDSL.longs()
            .between(1, 10_000)
            .zip(
                SourceDSL.longs().between(0, 10_000),
                SourceDSL.longs().between(0, 10_000),
                (d, a, b) -> {
                  long x = a % (d + 1);
                  long y = b % (d + 1);
                  return ShareRange.of(
                      RationalInterval.closed(
                          Fraction.of(Math.min(x, y), d), Fraction.of(Math.max(x, y), d)));
                });
    Gen<IndicatorValue> percentage =
        SourceDSL.integers()
            .between(0, 1000)
            .zip(
                Generate.pick(List.of("0.1", "1", "10")),
                Generate.enumValues(Rounding.class),
                (tenths, step, rounding) -> {
                  BigDecimal stepValue = new BigDecimal(step);
                  BigDecimal percent =
                      BigDecimal.valueOf(tenths, 1)
                          .divideToIntegralValue(stepValue)
                          .multiply(stepValue);
                  return new RoundedPercentage(percent, stepValue, rounding);
                });
    Gen<IndicatorValue> roundedCount =
        SourceDSL.longs()
            .between(0, 100_000)
            .zip(
                Generate.pick(List.of(1L, 10L, 100L, 1_000L)),
                Generate.enumValues(Rounding.class),
                (n, step, rounding) -> new RoundedCount(n * step, step, rounding));
    return Generate.oneOf(count, amount, range, share, shareRange, percentage, roundedCount);
  }

  /**
   * Returns a generator of quantities: every measure, for generated sectors and populations (all
   * families, the ESS, one family, with or without non-employers) in generated communes, their
   * région or France, with or without a period.
   *
   * @return the generator, not null
   */
  public static Gen<Quantity> quantities() {
    Gen<Population> populations =
        sectors()
            .zip(
                Generate.enumValues(EssFamily.class),
                SourceDSL.integers().between(0, 5),
                (sector, family, kind) -> {
                  Population p =
                      switch (kind % 3) {
                        case 0 -> Population.all(sector);
                        case 1 -> Population.ess(sector);
                        default -> Population.family(sector, family);
                      };
                  return kind >= 3 ? p.withNonEmployers() : p;
                });
    Gen<Territory> territories =
        communes()
            .zip(
                SourceDSL.integers().between(0, 2),
                (commune, level) ->
                    switch (level) {
                      case 0 -> (Territory) commune;
                      case 1 -> (Territory) commune.region();
                      default -> (Territory) France.INSTANCE;
                    });
    Gen<Optional<ReferencePeriod>> periods =
        SourceDSL.integers()
            .between(2000, 2040)
            .map(
                y ->
                    y % 3 == 0
                        ? Optional.<ReferencePeriod>empty()
                        : Optional.of(
                            y % 3 == 1
                                ? ReferencePeriod.ofYear(y)
                                : ReferencePeriod.ofDate(LocalDate.of(y, 1 + y % 12, 1))));
    return Generate.enumValues(Measure.class).zip(territories, periods, populations, Quantity::new);
  }

  /**
   * Returns a generator of findings of any code of the consistency checks, with 0 to 4 figure ids
   * and the arguments each code declares.
   *
   * @return the generator, not null
   */
  public static Gen<Finding> findings() {
    Gen<String> ids =
        Generate.oneOf(
            Generate.pick(
                PublishedFigures.paysDeLaLoireEaje().figures().stream()
                    .map(Indicator::id)
                    .toList()),
            SourceDSL.strings().basicLatinAlphabet().ofLengthBetween(0, 12));
    return DiagnosticGenerators.findings(
        CheckCode.class, SourceDSL.lists().of(ids).ofSizeBetween(0, 4), rs -> List.of());
  }
}
