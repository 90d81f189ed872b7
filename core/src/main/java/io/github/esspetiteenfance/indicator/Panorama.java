package io.github.esspetiteenfance.indicator;

import io.github.esspetiteenfance.EssPetiteEnfanceException;
import io.github.esspetiteenfance.establishment.Establishment;
import io.github.esspetiteenfance.organization.EssFamily;
import io.github.esspetiteenfance.organization.PerimeterDefinition;
import io.github.esspetiteenfance.territory.Cog;
import io.github.esspetiteenfance.territory.Commune;
import io.github.esspetiteenfance.territory.France;
import io.github.esspetiteenfance.territory.Territory;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collector;

/**
 * The aggregation of establishment records per territory, sector, ESS family and employer status: a
 * mergeable value from which the observatory indicators are read ({@link #view()}).
 *
 * <p><b>A commutative monoid.</b> {@link #empty()} is the neutral element, {@link
 * #add(IndicatorInput)} adds one record, and {@link #merge(Panorama)} combines two partial results.
 * Each record adds a {@link Tally} of one establishment to four cells (its commune, département,
 * région and France); a cell's tally is made of sums and maxima only, and merging adds the tallies
 * of equal cells. Sums and maxima are associative and commutative, so the panorama of any split of
 * the records, merged in any order, equals the panorama of one pass over them:
 *
 * <pre>
 *   Panorama all = records.parallelStream().collect(Panorama.collector());
 *   Panorama same = Panorama.of(part1).merge(Panorama.of(part2));   // all.equals(same)
 * </pre>
 *
 * <p>On a distributed engine (Spark, Flink, Beam), map each partition to {@code Panorama.of(part)}
 * and reduce with {@link #merge(Panorama)}: the combine step needs no order, no shuffle by key and
 * no second pass. The records are a multiset: give each establishment once (the panorama does not
 * remove duplicates, which would need the set of ids in the state).
 *
 * <p>{@link #add(IndicatorInput)} copies the panorama (linear in its size); use {@link
 * #of(Iterable)} or {@link #collector()} for many records, which accumulate in place.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Panorama {

  /** A cell of a territory: sector, family, employer status. */
  record Cell(Sector sector, EssFamily family, boolean employer) {}

  private static final Panorama EMPTY = new Panorama(Map.of());

  private final Map<Territory, Map<Cell, Tally>> cells;

  private Panorama(Map<Territory, Map<Cell, Tally>> cells) {
    this.cells = cells;
  }

  /**
   * Returns the panorama of no record: the neutral element of {@link #merge(Panorama)}.
   *
   * @return the empty panorama, not null
   */
  public static Panorama empty() {
    return EMPTY;
  }

  /**
   * Returns the panorama of some records, accumulated in one pass.
   *
   * @param records the records, not null
   * @return the panorama, not null
   */
  public static Panorama of(Iterable<IndicatorInput> records) {
    Accumulator accumulator = new Accumulator();
    records.forEach(accumulator::add);
    return accumulator.toPanorama();
  }

  /**
   * Returns the panorama of some inputs of any type, converted to records one by one, without
   * stopping at the first bad one: an input whose conversion throws a library error ({@link
   * EssPetiteEnfanceException}: its stable code, field, rejected value and FR/EN message) is given
   * to {@code rejected} with that error, and the others are counted. Nothing is dropped silently:
   * the inputs given are the records of the panorama plus those given to {@code rejected}.
   *
   * <pre>
   *   List&lt;String&gt; problems = new ArrayList&lt;&gt;();
   *   Panorama panorama =
   *       Panorama.collect(rows, Row::toInput, (row, e) -&gt; problems.add(row.siret() + " " + e.code()));
   * </pre>
   *
   * <p>For partial results (chunks, threads), collect each part with its own {@code rejected} and
   * {@link #merge(Panorama)} the panoramas: the merged panorama is the panorama of the whole.
   *
   * @param <T> the type of the inputs
   * @param inputs the inputs, not null (a null element throws {@link NullPointerException})
   * @param toRecord the conversion to a record, which throws a library error for a bad input; not
   *     null
   * @param rejected told of each input that could not be counted, with the error, in the order of
   *     the inputs; not null
   * @return the panorama of the counted inputs, not null
   */
  public static <T> Panorama collect(
      Iterable<T> inputs,
      Function<? super T, IndicatorInput> toRecord,
      BiConsumer<? super T, ? super EssPetiteEnfanceException> rejected) {
    Objects.requireNonNull(inputs, "inputs");
    Objects.requireNonNull(toRecord, "toRecord");
    Objects.requireNonNull(rejected, "rejected");
    Accumulator accumulator = new Accumulator();
    long index = 0;
    for (T input : inputs) {
      Objects.requireNonNull(input, "inputs[" + index + "]");
      IndicatorInput record;
      try {
        record = toRecord.apply(input);
      } catch (EssPetiteEnfanceException e) {
        rejected.accept(input, e);
        index++;
        continue;
      }
      accumulator.add(record);
      index++;
    }
    return accumulator.toPanorama();
  }

  /**
   * Returns the panorama of establishments of the library, without stopping at the first bad one:
   * each is turned into a record by {@link IndicatorInput#fromEstablishment(Establishment, Sector,
   * PerimeterDefinition, LocalDate, Cog)}, and one that cannot be (no known commune, an unknown
   * commune code, an employer status nobody tells...) is given to {@code rejected} with the error
   * and its code, such as {@link IndicatorErrorCode#EMPLOYER_UNKNOWN}.
   *
   * @param establishments the establishments, not null
   * @param sector the sector of an establishment, such as {@code e -> Sector.EAJE} or {@link
   *     IndicatorInput#sectorOf(Establishment)}; not null
   * @param definition the ESS perimeter to apply, not null
   * @param date the date of the classification, not null
   * @param cog the COG to resolve communes with, such as {@link Cog#bundled()}; not null
   * @param rejected told of each establishment that could not be counted, with the error; not null
   * @return the panorama of the counted establishments, not null
   */
  public static Panorama collectEstablishments(
      Iterable<Establishment> establishments,
      Function<? super Establishment, Sector> sector,
      PerimeterDefinition definition,
      LocalDate date,
      Cog cog,
      BiConsumer<? super Establishment, ? super EssPetiteEnfanceException> rejected) {
    Objects.requireNonNull(sector, "sector");
    Objects.requireNonNull(definition, "definition");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(cog, "cog");
    return collect(
        establishments,
        e -> IndicatorInput.fromEstablishment(e, sector.apply(e), definition, date, cog),
        rejected);
  }

  /**
   * Returns a collector of records into a panorama, for sequential or parallel streams: it
   * accumulates in place and combines partial results with {@link #merge(Panorama)}'s logic. It is
   * unordered: the result does not depend on the order of the records.
   *
   * @return the collector, not null
   */
  public static Collector<IndicatorInput, ?, Panorama> collector() {
    return Collector.of(
        Accumulator::new,
        Accumulator::add,
        Accumulator::combine,
        Accumulator::toPanorama,
        Collector.Characteristics.UNORDERED);
  }

  /**
   * Returns the panorama with one more record.
   *
   * @param record the record, not null
   * @return a new panorama, not null
   */
  public Panorama add(IndicatorInput record) {
    Accumulator accumulator = new Accumulator(this);
    accumulator.add(record);
    return accumulator.toPanorama();
  }

  /**
   * Returns the panorama of the records of this one and another's: the tallies of equal cells are
   * added. Associative and commutative, with {@link #empty()} as neutral element.
   *
   * @param other the other panorama, not null
   * @return the combined panorama, not null
   */
  public Panorama merge(Panorama other) {
    Objects.requireNonNull(other, "other");
    if (other.cells.isEmpty()) {
      return this;
    }
    if (cells.isEmpty()) {
      return other;
    }
    Accumulator accumulator = new Accumulator(this);
    accumulator.combine(new Accumulator(other));
    return accumulator.toPanorama();
  }

  /**
   * Returns the number of records in this panorama.
   *
   * @return the number of establishments added, at least 0
   */
  public long records() {
    return sum(France.INSTANCE, cell -> true).establishments();
  }

  /**
   * Returns the territories that have at least one record: communes, départements, régions and
   * France.
   *
   * @return the territories, unmodifiable; not null
   */
  public Set<Territory> territories() {
    return cells.keySet();
  }

  /**
   * Returns the tally of the records of a population in a territory: the sum of the cells whose
   * sector, family and employer status the population counts.
   *
   * @param territory the territory, not null
   * @param population the population, not null
   * @return the tally, {@link Tally#ZERO} if none; not null
   */
  public Tally tally(Territory territory, Population population) {
    Objects.requireNonNull(territory, "territory");
    Objects.requireNonNull(population, "population");
    return sum(territory, cell -> counts(population, cell));
  }

  private Tally sum(Territory territory, Predicate<Cell> counted) {
    Tally sum = Tally.ZERO;
    for (Map.Entry<Cell, Tally> e : cells.getOrDefault(territory, Map.of()).entrySet()) {
      if (counted.test(e.getKey())) {
        sum = sum.plus(e.getValue());
      }
    }
    return sum;
  }

  private static boolean counts(Population population, Cell cell) {
    return population.sector().covers(cell.sector())
        && population.families().contains(cell.family())
        && (cell.employer() || !population.employersOnly());
  }

  /**
   * Returns the indicators of this panorama with INSEE's secrecy rules, as computed figures of no
   * stated period.
   *
   * @return the view, not null
   */
  public PanoramaView view() {
    return new PanoramaView(this, SecrecyRule.INSEE, Source.computed(), Optional.empty());
  }

  /**
   * Returns the indicators of this panorama with a secrecy rule and a source, for no stated period.
   *
   * @param rule the secrecy rule, such as {@link SecrecyRule#INSEE}; not null
   * @param source the source to give the computed indicators, not null
   * @return the view, not null
   */
  public PanoramaView view(SecrecyRule rule, Source source) {
    return new PanoramaView(this, rule, source, Optional.empty());
  }

  /**
   * Returns the indicators of this panorama with a secrecy rule, a source and the period the
   * records describe.
   *
   * @param rule the secrecy rule, such as {@link SecrecyRule#INSEE}; not null
   * @param source the source to give the computed indicators, not null
   * @param period the period the records describe, not null
   * @return the view, not null
   */
  public PanoramaView view(SecrecyRule rule, Source source, ReferencePeriod period) {
    return new PanoramaView(
        this, rule, source, Optional.of(Objects.requireNonNull(period, "period")));
  }

  /**
   * Checks if this panorama is equal to another: same tallies in the same cells.
   *
   * @param other the other object, may be null
   * @return true if the other is an equal panorama
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof Panorama that && cells.equals(that.cells);
  }

  /**
   * Returns a hash code of the tallies.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return cells.hashCode();
  }

  /** Returns the number of records and territories, such as {@code Panorama[12 records, 9 ...]}. */
  @Override
  public String toString() {
    return "Panorama[" + records() + " records, " + cells.size() + " territories]";
  }

  /** The mutable state behind {@link #of}, {@link #collector()}, add and merge. */
  static final class Accumulator {
    private final Map<Territory, Map<Cell, Tally>> cells = new HashMap<>();

    Accumulator() {}

    Accumulator(Panorama panorama) {
      panorama.cells.forEach((t, m) -> cells.put(t, new HashMap<>(m)));
    }

    void add(IndicatorInput record) {
      Objects.requireNonNull(record, "record");
      Commune commune = record.commune();
      Cell cell = new Cell(record.sector(), record.family(), record.employer());
      Tally one = Tally.of(record.jobs());
      for (Territory t :
          List.<Territory>of(commune, commune.departement(), commune.region(), France.INSTANCE)) {
        cells.computeIfAbsent(t, k -> new HashMap<>()).merge(cell, one, Tally::plus);
      }
    }

    Accumulator combine(Accumulator other) {
      other.cells.forEach(
          (t, m) -> {
            Map<Cell, Tally> mine = cells.computeIfAbsent(t, k -> new HashMap<>());
            m.forEach((cell, tally) -> mine.merge(cell, tally, Tally::plus));
          });
      return this;
    }

    Panorama toPanorama() {
      Map<Territory, Map<Cell, Tally>> frozen = new HashMap<>();
      cells.forEach((t, m) -> frozen.put(t, Collections.unmodifiableMap(new HashMap<>(m))));
      return new Panorama(Collections.unmodifiableMap(frozen));
    }
  }
}
