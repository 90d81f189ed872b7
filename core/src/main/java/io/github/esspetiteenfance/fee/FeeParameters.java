package io.github.esspetiteenfance.fee;

import io.github.esspetiteenfance.CommonErrorCode;
import io.github.esspetiteenfance.InvalidValueException;
import io.github.esspetiteenfance.legal.Confidence;
import io.github.esspetiteenfance.legal.Dated;
import io.github.esspetiteenfance.legal.LegalBasis;
import io.github.esspetiteenfance.legal.Timeline;
import io.github.esspetiteenfance.legal.ValidityPeriod;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The dated parameters of the CNAF barème: the monthly resources plancher and plafond, and the taux
 * d'effort per column and bracket of children, each value with its validity period and legal basis.
 *
 * <p>{@link #bundled()} gives the tables shipped with the library (reference §4.2 and §4.3; see the
 * {@code README.md} beside {@code taux-effort.csv}). Where the project knows no value for a date
 * (the plancher of 2025, say), there is no value: the calculator fails with {@code
 * legal.timeline.no-value-on-date} naming the parameter. A caller who knows the value supplies it:
 *
 * <pre>{@code
 * FeeParameters parameters =
 *     FeeParameters.bundled()
 *         .withPlancher(
 *             ValidityPeriod.between(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)),
 *             new BigDecimal("801.00"),
 *             "https://www.caf.fr/... (circulaire of the year)");
 * }</pre>
 *
 * <p>A supplied value takes precedence on its period: the values it overlaps are cut back to the
 * days outside that period (a supplied taux d'effort also cuts back, on its period, the values of
 * the other brackets that share a number of children with it). A value supplied with {@code
 * (period, amount, source)} is labelled {@link Confidence#UNCONFIRMED}, since the project has not
 * checked it; pass a {@link Dated} with a full {@link LegalBasis} to give another label.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FeeParameters {

  private static final String SUPPLIED = "Parameter supplied by the caller";

  private static final FeeParameters BUNDLED = load();

  private final Timeline<BigDecimal> planchers;
  private final Timeline<BigDecimal> plafonds;
  private final Map<RateColumn, Map<ChildBracket, Timeline<TauxEffort>>> tauxEffort;

  private FeeParameters(
      Timeline<BigDecimal> planchers,
      Timeline<BigDecimal> plafonds,
      Map<RateColumn, Map<ChildBracket, Timeline<TauxEffort>>> tauxEffort) {
    this.planchers = planchers;
    this.plafonds = plafonds;
    Map<RateColumn, Map<ChildBracket, Timeline<TauxEffort>>> copy = new EnumMap<>(RateColumn.class);
    for (RateColumn column : RateColumn.values()) {
      Map<ChildBracket, Timeline<TauxEffort>> brackets =
          new LinkedHashMap<>(tauxEffort.getOrDefault(column, Map.of()));
      brackets.values().removeIf(t -> t.values().isEmpty());
      copy.put(column, Collections.unmodifiableMap(brackets));
    }
    this.tauxEffort = Collections.unmodifiableMap(copy);
  }

  /**
   * Obtains the parameter tables bundled with the library.
   *
   * @return the bundled parameters, not null
   */
  public static FeeParameters bundled() {
    return BUNDLED;
  }

  /**
   * Obtains parameters with no value at all, for a caller who supplies every value.
   *
   * @return the empty parameters, not null
   */
  public static FeeParameters empty() {
    return new FeeParameters(Timeline.of(List.of()), Timeline.of(List.of()), Map.of());
  }

  private static FeeParameters load() {
    FeeParameters parameters = empty();
    for (ParameterTables.Row row : ParameterTables.readResource("plancher-plafond.csv", 1)) {
      Dated<BigDecimal> value = new Dated<>(ParameterTables.amount(row), row.basis());
      parameters =
          switch (row.keys().get(0)) {
            case "PLANCHER" -> parameters.withPlancher(value);
            case "PLAFOND" -> parameters.withPlafond(value);
            default ->
                throw ParameterTables.malformed(
                    "plancher-plafond.csv", row.keys().get(0), "unknown parameter");
          };
    }
    for (ParameterTables.Row row : ParameterTables.readResource("taux-effort.csv", 2)) {
      parameters =
          parameters.withTauxEffort(
              RateColumn.valueOf(row.keys().get(0)),
              ChildBracket.parse(row.keys().get(1)),
              new Dated<>(new TauxEffort(ParameterTables.amount(row)), row.basis()));
    }
    return parameters;
  }

  /**
   * Returns the monthly resources planchers, in euros.
   *
   * @return the timeline, not null
   */
  public Timeline<BigDecimal> planchers() {
    return planchers;
  }

  /**
   * Returns the CNAF monthly resources plafonds, in euros.
   *
   * @return the timeline, not null
   */
  public Timeline<BigDecimal> plafonds() {
    return plafonds;
  }

  /**
   * Returns the taux d'effort of a column, per bracket of children.
   *
   * @param column the column, not null
   * @return the timelines per bracket, not null, unmodifiable
   */
  public Map<ChildBracket, Timeline<TauxEffort>> tauxEffort(RateColumn column) {
    return tauxEffort.get(Objects.requireNonNull(column, "column"));
  }

  /**
   * Returns the taux d'effort for a number of children in a column on a date.
   *
   * @param column the column, not null
   * @param effectiveChildren the number of children choosing the bracket (AEEH children counted
   *     twice)
   * @param date the date, not null
   * @return the dated rate, empty if no bracket covers that number on that date
   */
  public Optional<Dated<TauxEffort>> tauxEffort(
      RateColumn column, int effectiveChildren, LocalDate date) {
    Objects.requireNonNull(date, "date");
    return tauxEffort(column).entrySet().stream()
        .filter(e -> e.getKey().contains(effectiveChildren))
        .flatMap(e -> e.getValue().at(date).stream())
        .findFirst();
  }

  /**
   * Returns a copy of these parameters with a plancher, taking precedence on its period.
   *
   * @param plancher the monthly plancher in euros with its legal basis, not null
   * @return the new parameters, not null
   * @throws InvalidValueException if the amount is not greater than zero
   */
  public FeeParameters withPlancher(Dated<BigDecimal> plancher) {
    positive(plancher, "plancher");
    return new FeeParameters(override(planchers, plancher), plafonds, tauxEffort);
  }

  /**
   * Returns a copy of these parameters with a plancher supplied by the caller, labelled {@link
   * Confidence#UNCONFIRMED}.
   *
   * @param period the period in which it applies, not null
   * @param amount the monthly plancher in euros, greater than zero, not null
   * @param source where the caller read it, not blank
   * @return the new parameters, not null
   * @throws InvalidValueException if the amount is not greater than zero or the source is blank
   */
  public FeeParameters withPlancher(ValidityPeriod period, BigDecimal amount, String source) {
    return withPlancher(new Dated<>(amount, supplied("plancher", period, source)));
  }

  /**
   * Returns a copy of these parameters with a CNAF plafond, taking precedence on its period.
   *
   * @param plafond the monthly plafond in euros with its legal basis, not null
   * @return the new parameters, not null
   * @throws InvalidValueException if the amount is not greater than zero
   */
  public FeeParameters withPlafond(Dated<BigDecimal> plafond) {
    positive(plafond, "plafond");
    return new FeeParameters(planchers, override(plafonds, plafond), tauxEffort);
  }

  /**
   * Returns a copy of these parameters with a CNAF plafond supplied by the caller, labelled {@link
   * Confidence#UNCONFIRMED}. (A manager's own, higher, plafond is not a CNAF parameter: see {@link
   * FamilyFeeCalculator#withManagerPlafond(BigDecimal)}.)
   *
   * @param period the period in which it applies, not null
   * @param amount the monthly plafond in euros, greater than zero, not null
   * @param source where the caller read it, not blank
   * @return the new parameters, not null
   * @throws InvalidValueException if the amount is not greater than zero or the source is blank
   */
  public FeeParameters withPlafond(ValidityPeriod period, BigDecimal amount, String source) {
    return withPlafond(new Dated<>(amount, supplied("plafond", period, source)));
  }

  /**
   * Returns a copy of these parameters with a taux d'effort, taking precedence on its period over
   * every value of the column whose bracket shares a number of children with {@code bracket}.
   *
   * @param column the column, not null
   * @param bracket the bracket of children, not null
   * @param rate the rate with its legal basis, not null
   * @return the new parameters, not null
   */
  public FeeParameters withTauxEffort(
      RateColumn column, ChildBracket bracket, Dated<TauxEffort> rate) {
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(bracket, "bracket");
    Objects.requireNonNull(rate, "rate");
    Map<ChildBracket, Timeline<TauxEffort>> brackets = new LinkedHashMap<>();
    tauxEffort(column)
        .forEach(
            (b, timeline) ->
                brackets.put(
                    b,
                    b.overlaps(bracket) ? Timeline.of(cut(timeline, rate.validity())) : timeline));
    brackets.merge(bracket, Timeline.of(List.of(rate)), (old, added) -> old.with(rate));
    Map<RateColumn, Map<ChildBracket, Timeline<TauxEffort>>> all = new EnumMap<>(tauxEffort);
    all.put(column, brackets);
    return new FeeParameters(planchers, plafonds, all);
  }

  /**
   * Returns a copy of these parameters with a taux d'effort supplied by the caller, labelled {@link
   * Confidence#UNCONFIRMED}.
   *
   * @param column the column, not null
   * @param bracket the bracket of children, not null
   * @param period the period in which it applies, not null
   * @param rate the rate, not null
   * @param source where the caller read it, not blank
   * @return the new parameters, not null
   * @throws InvalidValueException if the source is blank
   */
  public FeeParameters withTauxEffort(
      RateColumn column,
      ChildBracket bracket,
      ValidityPeriod period,
      TauxEffort rate,
      String source) {
    return withTauxEffort(
        column, bracket, new Dated<>(rate, supplied("taux d'effort " + bracket, period, source)));
  }

  private static LegalBasis supplied(String parameter, ValidityPeriod period, String source) {
    return new LegalBasis(SUPPLIED, parameter, period, Confidence.UNCONFIRMED, source);
  }

  private static void positive(Dated<BigDecimal> value, String field) {
    Objects.requireNonNull(value, field);
    if (value.value().signum() <= 0) {
      throw new InvalidValueException(CommonErrorCode.NOT_POSITIVE, field, value.value());
    }
  }

  private static <T> Timeline<T> override(Timeline<T> timeline, Dated<T> value) {
    List<Dated<T>> values = cut(timeline, value.validity());
    values.add(value);
    return Timeline.of(values);
  }

  /** Returns the values of a timeline with the days of {@code period} taken out. */
  static <T> List<Dated<T>> cut(Timeline<T> timeline, ValidityPeriod period) {
    List<Dated<T>> kept = new ArrayList<>();
    for (Dated<T> d : timeline.values()) {
      ValidityPeriod v = d.validity();
      if (!v.overlaps(period)) {
        kept.add(d);
        continue;
      }
      if (period.start() != null && (v.start() == null || v.start().isBefore(period.start()))) {
        kept.add(reperiod(d, new ValidityPeriod(v.start(), period.start().minusDays(1))));
      }
      if (period.end() != null && (v.end() == null || v.end().isAfter(period.end()))) {
        kept.add(reperiod(d, new ValidityPeriod(period.end().plusDays(1), v.end())));
      }
    }
    return kept;
  }

  private static <T> Dated<T> reperiod(Dated<T> d, ValidityPeriod period) {
    LegalBasis b = d.basis();
    return new Dated<>(
        d.value(), new LegalBasis(b.text(), b.article(), period, b.confidence(), b.source()));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FeeParameters other
        && planchers.equals(other.planchers)
        && plafonds.equals(other.plafonds)
        && tauxEffort.equals(other.tauxEffort);
  }

  @Override
  public int hashCode() {
    return Objects.hash(planchers, plafonds, tauxEffort);
  }

  @Override
  public String toString() {
    return "FeeParameters[planchers="
        + planchers.values().size()
        + ", plafonds="
        + plafonds.values().size()
        + ", brackets="
        + tauxEffort.get(RateColumn.COLLECTIVE).keySet()
        + "/"
        + tauxEffort.get(RateColumn.FAMILIAL_AND_PARENTAL).keySet()
        + "]";
  }
}
