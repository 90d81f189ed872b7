package io.github.esspetiteenfance.fee;

import io.github.esspetiteenfance.CommonErrorCode;
import io.github.esspetiteenfance.InvalidValueException;
import io.github.esspetiteenfance.legal.Confidence;
import io.github.esspetiteenfance.legal.Dated;
import io.github.esspetiteenfance.legal.LegalBases;
import io.github.esspetiteenfance.legal.LegalBasis;
import io.github.esspetiteenfance.legal.LegalErrorCode;
import io.github.esspetiteenfance.legal.Timeline;
import io.github.esspetiteenfance.legal.ValidityPeriod;
import java.math.BigDecimal;
import java.math.RoundingMode;
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
 * {@code README.md} beside {@code taux-effort.csv}; every value names its legal basis in {@code
 * legal-bases.csv}). Where the project knows no value for a date (the plancher of 2027, say), there
 * is no value: the calculator fails with {@code legal.timeline.no-value-on-date} naming the
 * parameter. A caller who knows the value supplies it, or opts in to the DERIVED plancher of the
 * RSA formula with {@link #withDerivedPlancher(int)}:
 *
 * <pre>{@code
 * FeeParameters parameters =
 *     FeeParameters.bundled()
 *         .withPlancher(
 *             ValidityPeriod.between(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31)),
 *             new BigDecimal("830.00"),
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

  private static final String RSA_FORMULA = "project.plancher.rsa-formula";
  private static final BigDecimal ONE_AND_A_HALF = new BigDecimal("1.5");
  private static final BigDecimal FORFAIT_LOGEMENT = new BigDecimal("0.16");

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
    for (LegalBases.ParameterRow row :
        LegalBases.table(FeeParameters.class, "plancher-plafond.csv")) {
      Dated<BigDecimal> value = amount(row);
      parameters =
          switch (row.parameter()) {
            case "PLANCHER" -> parameters.withPlancher(value);
            case "PLAFOND" -> parameters.withPlafond(value);
            default -> throw malformed(row, "unknown parameter");
          };
    }
    for (LegalBases.ParameterRow row : LegalBases.table(FeeParameters.class, "taux-effort.csv")) {
      String[] key = row.key().split(" ", -1);
      if (!"TAUX_EFFORT".equals(row.parameter()) || key.length != 2) {
        throw malformed(row, "expected TAUX_EFFORT and a key 'column bracket'");
      }
      Dated<BigDecimal> value = amount(row);
      parameters =
          parameters.withTauxEffort(
              RateColumn.valueOf(key[0]),
              ChildBracket.parse(key[1]),
              new Dated<>(new TauxEffort(value.value()), value.basis()));
    }
    return parameters;
  }

  /**
   * Returns the RSA timeline of the rows of an RSA table ({@code rsa.csv}).
   *
   * @throws InvalidValueException with {@link FeeErrorCode#DATA_MALFORMED} on an unknown parameter
   *     or a value that is not a number
   */
  static Timeline<BigDecimal> rsaTimeline(List<LegalBases.ParameterRow> rows) {
    List<Dated<BigDecimal>> values = new ArrayList<>();
    for (LegalBases.ParameterRow row : rows) {
      if (!"RSA_MONTANT_FORFAITAIRE".equals(row.parameter())) {
        throw malformed(row, "unknown parameter");
      }
      values.add(amount(row));
    }
    return Timeline.of(values);
  }

  static Dated<BigDecimal> amount(LegalBases.ParameterRow row) {
    try {
      return new Dated<>(new BigDecimal(row.value().value()), row.value().basis());
    } catch (NumberFormatException e) {
      throw malformed(row, "not a number");
    }
  }

  private static InvalidValueException malformed(LegalBases.ParameterRow row, String reason) {
    return new InvalidValueException(
        FeeErrorCode.DATA_MALFORMED, row.where(), row.value().value(), reason);
  }

  /**
   * Returns the monthly RSA montant forfaitaire for one person bundled with the library (2012 to 31
   * March 2026), used only by the DERIVED plancher formula.
   */
  static Timeline<BigDecimal> rsa() {
    return Rsa.TIMELINE;
  }

  private static final class Rsa {
    static final Timeline<BigDecimal> TIMELINE =
        rsaTimeline(LegalBases.table(FeeParameters.class, "rsa.csv"));
  }

  /**
   * Returns the plancher the RSA formula gives for a monthly RSA amount: {@code rsa × 1.5} rounded
   * to the cent, less 16 % of that amount rounded to the cent (both half-up).
   *
   * @param rsa the monthly RSA montant forfaitaire for one person, not null
   * @return the plancher in euros, scale 2, not null
   */
  static BigDecimal plancherFormula(BigDecimal rsa) {
    BigDecimal base = rsa.multiply(ONE_AND_A_HALF).setScale(2, RoundingMode.HALF_UP);
    BigDecimal forfaitLogement = base.multiply(FORFAIT_LOGEMENT).setScale(2, RoundingMode.HALF_UP);
    return base.subtract(forfaitLogement);
  }

  /**
   * Returns the plancher that the RSA formula gives for a calendar year, labelled {@link
   * Confidence#DERIVED}: the RSA in force on 1 January of the year (reference §8.1).
   *
   * @param year the year, such as 2017
   * @return the plancher over the whole year, with the formula's basis, not null
   * @throws InvalidValueException with {@link LegalErrorCode#NO_VALUE_ON_DATE} if the library knows
   *     no RSA amount on 1 January of the year
   */
  static Dated<BigDecimal> derivedPlancher(int year) {
    LocalDate january = LocalDate.of(year, 1, 1);
    BigDecimal rsa = rsa().require(january, "rsaMontantForfaitaire").value();
    return new Dated<>(
        plancherFormula(rsa),
        LegalBases.get(RSA_FORMULA)
            .withValidity(ValidityPeriod.between(january, LocalDate.of(year, 12, 31))));
  }

  /**
   * Returns a copy of these parameters with the plancher of a year that has none, DERIVED from the
   * RSA formula (reference §8.1): the RSA montant forfaitaire for one person in force on 1 January
   * of the year, × 1.5 rounded to the cent, less the 16 % forfait logement rounded to the cent. No
   * CNAF text states this formula: it reproduces every plancher found, and the answers computed
   * with it list its basis, labelled {@link Confidence#DERIVED}. The library never applies it on
   * its own: a caller opts in, year by year.
   *
   * <p>Example: {@code FeeParameters.bundled().withDerivedPlancher(2017)} adds 674.32 € for 2017
   * (RSA 535.17 € on 1 January 2017).
   *
   * @param year the calendar year
   * @return the new parameters, not null
   * @throws InvalidValueException with {@link FeeErrorCode#PLANCHER_ALREADY_KNOWN} if a plancher is
   *     known on a day of that year; with {@link LegalErrorCode#NO_VALUE_ON_DATE} if the library
   *     knows no RSA amount on 1 January of that year
   */
  public FeeParameters withDerivedPlancher(int year) {
    ValidityPeriod whole =
        ValidityPeriod.between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    for (Dated<BigDecimal> known : planchers.values()) {
      if (known.validity().overlaps(whole)) {
        throw new InvalidValueException(
            FeeErrorCode.PLANCHER_ALREADY_KNOWN, "year", year, known.value().toPlainString());
      }
    }
    return withPlancher(derivedPlancher(year));
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
    return LegalBasis.suppliedByCaller(parameter, period, source);
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
    return new Dated<>(d.value(), d.basis().withValidity(period));
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
