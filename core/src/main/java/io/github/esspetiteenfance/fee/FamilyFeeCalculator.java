package io.github.esspetiteenfance.fee;

import io.github.esspetiteenfance.CommonErrorCode;
import io.github.esspetiteenfance.InvalidValueException;
import io.github.esspetiteenfance.legal.Dated;
import io.github.esspetiteenfance.legal.LegalBasis;
import io.github.esspetiteenfance.legal.LegalErrorCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Computes family fees (participations familiales) with the CNAF barème, for PSU-funded care.
 *
 * <p>The hourly rate (reference §4.1) is
 *
 * <pre>
 * retained monthly resources = min(max(annual resources N-2 / 12, plancher), plafond)
 * hourly rate                = retained monthly resources × taux d'effort(column, children)
 * </pre>
 *
 * <p>where the plancher and plafond are those in force on the date, the column follows the {@link
 * CareType} and the date, and the children are the dependent children plus one per child receiving
 * the AEEH ({@link Family#effectiveChildren()}). Unknown resources take the plancher ({@link
 * ResourceBasis#PLANCHER_UNKNOWN_RESOURCES}). A manager may apply a higher plafond than the CNAF
 * one ({@link #withManagerPlafond(BigDecimal)}), never a lower one, and always applies the
 * plancher.
 *
 * <p>Parameters are looked up only when they matter: resources at or above the plafond do not need
 * the plancher, and unknown resources do not need the plafond. A parameter that is needed and not
 * known for the date fails with {@link LegalErrorCode#NO_VALUE_ON_DATE} naming it ({@code
 * "plancher"}, {@code "plafond"}); a number of children no bracket covers fails with {@link
 * FeeErrorCode#TAUX_EFFORT_UNKNOWN}. Neither is ever guessed: supply the value with {@link
 * FeeParameters}.
 *
 * <p>Money is {@link BigDecimal}; see {@link FeeRounding} for where rounding happens.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FamilyFeeCalculator {

  private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

  private final FeeParameters parameters;
  private final Optional<BigDecimal> managerPlafond;

  private FamilyFeeCalculator(FeeParameters parameters, Optional<BigDecimal> managerPlafond) {
    this.parameters = parameters;
    this.managerPlafond = managerPlafond;
  }

  /**
   * Obtains a calculator on given parameters, with the CNAF plafond.
   *
   * @param parameters the parameters, not null
   * @return the calculator, not null
   */
  public static FamilyFeeCalculator of(FeeParameters parameters) {
    return new FamilyFeeCalculator(
        Objects.requireNonNull(parameters, "parameters"), Optional.empty());
  }

  /**
   * Obtains a calculator on the bundled parameters, with the CNAF plafond.
   *
   * @return the calculator, not null
   */
  public static FamilyFeeCalculator bundled() {
    return of(FeeParameters.bundled());
  }

  /**
   * Returns a copy of this calculator that applies a manager's own plafond (déplafonnement). The
   * plafond must be at least the CNAF plafond on every date it is used for: otherwise the
   * calculation fails with {@link FeeErrorCode#MANAGER_PLAFOND_BELOW_CNAF}.
   *
   * @param plafond the manager's monthly plafond in euros, greater than zero, not null
   * @return the calculator, not null
   * @throws InvalidValueException if the plafond is not greater than zero
   */
  public FamilyFeeCalculator withManagerPlafond(BigDecimal plafond) {
    Objects.requireNonNull(plafond, "plafond");
    if (plafond.signum() <= 0) {
      throw new InvalidValueException(CommonErrorCode.NOT_POSITIVE, "managerPlafond", plafond);
    }
    return new FamilyFeeCalculator(parameters, Optional.of(plafond));
  }

  /**
   * Returns the parameters.
   *
   * @return the parameters, not null
   */
  public FeeParameters parameters() {
    return parameters;
  }

  /**
   * Returns the manager's plafond.
   *
   * @return the plafond, empty if the CNAF plafond applies
   */
  public Optional<BigDecimal> managerPlafond() {
    return managerPlafond;
  }

  /**
   * Computes the hourly rate of a family on a date.
   *
   * @param date the date of care, not null
   * @param careType the type of care, not null
   * @param family the family, not null
   * @return the hourly rate, exact and rounded, with its legal bases; not null
   * @throws InvalidValueException with {@link LegalErrorCode#NO_VALUE_ON_DATE} if the plancher or
   *     the plafond needed is not known on the date; with {@link FeeErrorCode#TAUX_EFFORT_UNKNOWN}
   *     if no taux d'effort is known for the number of children; with {@link
   *     FeeErrorCode#MANAGER_PLAFOND_BELOW_CNAF} if the manager's plafond is below the CNAF one;
   *     with {@link FeeErrorCode#PLANCHER_ABOVE_PLAFOND} if the parameters are inconsistent
   */
  public HourlyRate hourlyRate(LocalDate date, CareType careType, Family family) {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(careType, "careType");
    Objects.requireNonNull(family, "family");
    List<LegalBasis> bases = new ArrayList<>();
    bases.add(FeeBases.FORMULA);
    careType.columnBasis(date).ifPresent(bases::add);
    RateColumn column = careType.column(date);
    int children = family.effectiveChildren();
    if (family.aeehChildren() > 0) {
      bases.add(FeeBases.AEEH);
    }
    Dated<TauxEffort> rate =
        parameters
            .tauxEffort(column, children, date)
            .orElseThrow(
                () ->
                    new InvalidValueException(
                        FeeErrorCode.TAUX_EFFORT_UNKNOWN,
                        "effectiveChildren",
                        children,
                        column,
                        date));
    bases.add(rate.basis());
    Retained retained = retain(date, family.resources(), bases);
    BigDecimal exact = Resources.divideByTwelve(retained.annual.multiply(rate.value().fraction()));
    return new HourlyRate(
        date,
        careType,
        family,
        column,
        rate.value(),
        retained.basis,
        Resources.divideByTwelve(retained.annual),
        exact,
        bases);
  }

  /**
   * Computes the monthly fee of a regular contract (mensualisation): the hourly rate of the family
   * on the date, then {@link MonthlyFee}.
   *
   * @param date the date of care, not null
   * @param careType the type of care, not null
   * @param family the family, not null
   * @param contract the contract, not null
   * @return the monthly fee, not null
   * @throws InvalidValueException as {@link #hourlyRate(LocalDate, CareType, Family)}
   */
  public MonthlyFee monthlyFee(
      LocalDate date, CareType careType, Family family, MonthlyContract contract) {
    Objects.requireNonNull(contract, "contract");
    return new MonthlyFee(hourlyRate(date, careType, family), contract);
  }

  /**
   * Computes the fee of occasional care, billed by the hour.
   *
   * @param date the date of care, not null
   * @param careType the type of care, not null
   * @param family the family, not null
   * @param hoursBilled the hours billed, not negative, not null
   * @return the fee, not null
   * @throws InvalidValueException as {@link #hourlyRate(LocalDate, CareType, Family)}, or if the
   *     hours are negative
   */
  public OccasionalFee occasionalFee(
      LocalDate date, CareType careType, Family family, BigDecimal hoursBilled) {
    Objects.requireNonNull(hoursBilled, "hoursBilled");
    return new OccasionalFee(hourlyRate(date, careType, family), hoursBilled);
  }

  private record Retained(BigDecimal annual, ResourceBasis basis) {}

  private Retained retain(LocalDate date, Resources resources, List<LegalBasis> bases) {
    if (!resources.isKnown()) {
      Dated<BigDecimal> plancher = parameters.planchers().require(date, "plancher");
      bases.add(plancher.basis());
      bases.add(FeeBases.UNKNOWN_RESOURCES);
      return new Retained(
          plancher.value().multiply(TWELVE), ResourceBasis.PLANCHER_UNKNOWN_RESOURCES);
    }
    Dated<BigDecimal> plafond = parameters.plafonds().require(date, "plafond");
    bases.add(plafond.basis());
    BigDecimal ceiling = plafond.value();
    ResourceBasis atCeiling = ResourceBasis.PLAFOND;
    if (managerPlafond.isPresent()) {
      if (managerPlafond.get().compareTo(ceiling) < 0) {
        throw new InvalidValueException(
            FeeErrorCode.MANAGER_PLAFOND_BELOW_CNAF,
            "managerPlafond",
            managerPlafond.get(),
            ceiling.toPlainString(),
            date);
      }
      bases.add(FeeBases.MANAGER_PLAFOND);
      ceiling = managerPlafond.get();
      atCeiling = ResourceBasis.MANAGER_PLAFOND;
    }
    BigDecimal annual = resources.annualAmount().orElseThrow();
    if (annual.compareTo(ceiling.multiply(TWELVE)) >= 0) {
      return new Retained(ceiling.multiply(TWELVE), atCeiling);
    }
    Dated<BigDecimal> plancher = parameters.planchers().require(date, "plancher");
    bases.add(plancher.basis());
    if (plancher.value().compareTo(plafond.value()) > 0) {
      throw new InvalidValueException(
          FeeErrorCode.PLANCHER_ABOVE_PLAFOND,
          "plancher",
          plancher.value(),
          plafond.value().toPlainString(),
          date);
    }
    if (annual.compareTo(plancher.value().multiply(TWELVE)) <= 0) {
      return new Retained(plancher.value().multiply(TWELVE), ResourceBasis.PLANCHER);
    }
    return new Retained(annual, ResourceBasis.DECLARED);
  }

  @Override
  public String toString() {
    return "FamilyFeeCalculator["
        + parameters
        + managerPlafond.map(p -> ", manager plafond " + p).orElse("")
        + "]";
  }
}
