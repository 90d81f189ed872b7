package io.github.esspetiteenfance.testing;

import io.github.esspetiteenfance.establishment.TrancheEffectif;
import io.github.esspetiteenfance.identifier.CodeCommune;
import io.github.esspetiteenfance.identifier.CodeNaf;
import io.github.esspetiteenfance.indicator.CountRange;
import io.github.esspetiteenfance.indicator.IndicatorInput;
import io.github.esspetiteenfance.indicator.Sector;
import io.github.esspetiteenfance.organization.EssFamily;
import io.github.esspetiteenfance.territory.Cog;
import io.github.esspetiteenfance.territory.Commune;
import java.util.ArrayList;
import java.util.List;
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
}
