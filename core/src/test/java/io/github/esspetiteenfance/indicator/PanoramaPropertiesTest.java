package io.github.esspetiteenfance.indicator;

import static org.quicktheories.QuickTheory.qt;

import io.github.esspetiteenfance.Fraction;
import io.github.esspetiteenfance.organization.EssFamily;
import io.github.esspetiteenfance.territory.Departement;
import io.github.esspetiteenfance.territory.France;
import io.github.esspetiteenfance.territory.Region;
import io.github.esspetiteenfance.territory.Territory;
import io.github.esspetiteenfance.testing.IndicatorGenerators;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/**
 * Property tests of the aggregation (QuickTheories, 1000 examples each): the panorama is a
 * commutative monoid, any split of the records merged in any order gives the one-pass result, and
 * the indicators keep their invariants.
 */
class PanoramaPropertiesTest {

  private static final int EXAMPLES = 1000;

  @Test
  void merge_ofARandomSplitInAnyOrder_equalsOnePass() {
    qt().withExamples(EXAMPLES)
        .forAll(IndicatorGenerators.inputLists(40), SourceDSL.longs().all())
        .check(
            (records, seed) -> {
              Panorama onePass = Panorama.of(records);
              List<Panorama> parts =
                  IndicatorGenerators.randomSplit(records, seed).stream()
                      .map(Panorama::of)
                      .collect(Collectors.toCollection(ArrayList::new));
              // combine in a random tree order: repeatedly merge two random neighbours
              Random random = new Random(seed);
              while (parts.size() > 1) {
                int i = random.nextInt(parts.size() - 1);
                Panorama merged =
                    random.nextBoolean()
                        ? parts.get(i).merge(parts.get(i + 1))
                        : parts.get(i + 1).merge(parts.get(i));
                parts.remove(i + 1);
                parts.set(i, merged);
              }
              return parts.get(0).equals(onePass);
            });
  }

  @Test
  void merge_isAssociativeAndCommutative_withEmptyAsNeutral() {
    qt().withExamples(EXAMPLES)
        .forAll(
            IndicatorGenerators.inputLists(15),
            IndicatorGenerators.inputLists(15),
            IndicatorGenerators.inputLists(15))
        .check(
            (x, y, z) -> {
              Panorama a = Panorama.of(x);
              Panorama b = Panorama.of(y);
              Panorama c = Panorama.of(z);
              return a.merge(b).merge(c).equals(a.merge(b.merge(c)))
                  && a.merge(b).equals(b.merge(a))
                  && a.merge(Panorama.empty()).equals(a)
                  && Panorama.empty().merge(a).equals(a);
            });
  }

  @Test
  void add_equalsMergeOfOne_andCollectorsAgree() {
    qt().withExamples(EXAMPLES)
        .forAll(IndicatorGenerators.inputLists(30), IndicatorGenerators.inputs())
        .check(
            (records, extra) -> {
              Panorama p = Panorama.of(records);
              boolean add = p.add(extra).equals(p.merge(Panorama.of(List.of(extra))));
              boolean sequential = records.stream().collect(Panorama.collector()).equals(p);
              boolean parallel = records.parallelStream().collect(Panorama.collector()).equals(p);
              return add && sequential && parallel && p.records() == records.size();
            });
  }

  @Test
  void shares_stayBetweenZeroAndOne() {
    qt().withExamples(EXAMPLES)
        .forAll(IndicatorGenerators.inputLists(40), IndicatorGenerators.sectors())
        .check(
            (records, sector) -> {
              Panorama p = Panorama.of(records);
              PanoramaView view = p.view();
              for (Territory t : p.territories()) {
                for (Indicator i : view.standardIndicators(t, sector)) {
                  if (i.isShare()) {
                    RationalInterval s = i.value().asShareInterval().orElseThrow();
                    if (s.lower().signum() < 0
                        || s.upper().compareTo(Fraction.ONE) > 0
                        || s.lower().compareTo(s.upper()) > 0) {
                      return false;
                    }
                  }
                }
              }
              return true;
            });
  }

  @Test
  void familyCounts_sumToTheTotal_andLevelsAddUp() {
    qt().withExamples(EXAMPLES)
        .forAll(IndicatorGenerators.inputLists(40), IndicatorGenerators.sectors())
        .check(
            (records, sector) -> {
              Panorama p = Panorama.of(records);
              PanoramaView view = p.view();
              for (Territory t : p.territories()) {
                long byFamily =
                    view.establishmentsByFamily(t, sector).stream()
                        .mapToLong(i -> ((Count) i.value()).value())
                        .sum();
                long total = ((Count) view.establishments(t, sector).value()).value();
                if (byFamily != total) {
                  return false;
                }
              }
              // régions add up to France, départements to their région
              Population all = Population.all(Sector.ALL).withNonEmployers();
              long france = p.tally(France.INSTANCE, all).establishments();
              long regions =
                  p.territories().stream()
                      .filter(Region.class::isInstance)
                      .mapToLong(t -> p.tally(t, all).establishments())
                      .sum();
              long departements =
                  p.territories().stream()
                      .filter(Departement.class::isInstance)
                      .mapToLong(t -> p.tally(t, all).establishments())
                      .sum();
              return france == records.size() && regions == france && departements == france;
            });
  }

  @Test
  void jobRanges_containTheTrueValues() {
    // draw a true job count inside each record's range; the exact panorama's jobs and shares
    // must lie inside the ranges of the banded one
    qt().withExamples(EXAMPLES)
        .forAll(IndicatorGenerators.inputLists(40), SourceDSL.longs().all())
        .check(
            (records, seed) -> {
              Random random = new Random(seed);
              List<IndicatorInput> truth = new ArrayList<>();
              for (IndicatorInput r : records) {
                CountRange j = r.jobs();
                long hi = j.upper().orElse(j.lower() + 20_000);
                long exact = j.lower() + (long) (random.nextDouble() * (hi - j.lower() + 1));
                truth.add(
                    new IndicatorInput(
                        r.establishmentId(),
                        r.commune(),
                        r.family(),
                        r.employer(),
                        r.sector(),
                        CountRange.exact(Math.min(exact, hi))));
              }
              PanoramaView banded = Panorama.of(records).view();
              PanoramaView exact = Panorama.of(truth).view();
              Set<Territory> territories = Panorama.of(records).territories();
              for (Territory t : territories) {
                CountRange range = (CountRange) banded.essJobs(t, Sector.EAJE).value();
                CountRange value = (CountRange) exact.essJobs(t, Sector.EAJE).value();
                if (!range.contains(value.lower())) {
                  return false;
                }
                var rangeShare = banded.essShareOfJobs(t, Sector.EAJE);
                var trueShare = exact.essShareOfJobs(t, Sector.EAJE);
                if (trueShare.isPresent()
                    && rangeShare.isPresent()
                    && !rangeShare
                        .get()
                        .value()
                        .asShareInterval()
                        .orElseThrow()
                        .contains(((Share) trueShare.get().value()).fraction())) {
                  return false;
                }
              }
              return true;
            });
  }

  @Test
  void secrecy_fewerThanThreeEstablishments_alwaysSecret() {
    qt().withExamples(EXAMPLES)
        .forAll(IndicatorGenerators.inputLists(12))
        .check(
            records -> {
              Panorama p = Panorama.of(records);
              for (Territory t : p.territories()) {
                for (EssFamily f : EssFamily.values()) {
                  Population pop = Population.family(Sector.EAJE, f);
                  long n = p.tally(t, pop).establishments();
                  boolean secret = p.view().count(Measure.ESTABLISHMENTS, t, pop).isSecret();
                  if ((n == 1 || n == 2) != secret) {
                    return false;
                  }
                }
              }
              return true;
            });
  }
}
