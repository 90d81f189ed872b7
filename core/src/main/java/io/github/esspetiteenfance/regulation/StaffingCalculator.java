package io.github.esspetiteenfance.regulation;

import io.github.esspetiteenfance.legal.Dated;
import io.github.esspetiteenfance.legal.LegalBasis;
import io.github.esspetiteenfance.structure.RatioOption;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Computes how many professionals a group of children needs on a date: the staffing ratio, the
 * outing ratio and the minimum of two adults, usable without any establishment.
 *
 * <p>The rules, with the bundled parameters (see {@link Parameter}):
 *
 * <ul>
 *   <li>crèches (R2324-46-4, SECONDARY): option {@link RatioOption#ONE_PER_FIVE_OR_EIGHT}, 1
 *       professional per 5 children who do not walk and 1 per 8 who walk; option {@link
 *       RatioOption#ONE_PER_SIX}, 1 per 6 children (since 1 Sept 2021 only). Before 1 Sept 2021,
 *       1:5 / 1:8 (décret of 1 Aug 2000, SECONDARY);
 *   <li>jardins d'enfants (R2324-47-4): 1 per 6 children under 3, 1 per 15 aged 3 and over;
 *   <li>a mixed group is counted pro rata, {@code ceil(a / 5 + b / 8)}: the smallest number of
 *       professionals whose capacity covers the children (DERIVED: the texts read do not say how
 *       the two counts combine);
 *   <li>outings (R2324-43-2, since 1 Sept 2021): 1 professional per 5 children;
 *   <li>minimum of two (R2324-43-1, since 1 Sept 2021): two professionals with the children as soon
 *       as one is present, from 4 children in a micro-crèche (one professional may be alone with up
 *       to 3); one of them from the R2324-42 1° list if the capacity is above 24;
 *   <li>à gestion parentale (R2324-50): parents count toward the ratio and one of the two minimum
 *       professionals may be a parent; at least one professional whenever children are present
 *       (DERIVED).
 * </ul>
 *
 * <p>Every result is minimal: one professional fewer would break a rule.
 *
 * <p>Obtain one with {@link #bundled()} or {@link #of(RegulatoryParameters)}; every call names the
 * date whose rules apply: no method applies an implicit date.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class StaffingCalculator {

  private static final StaffingCalculator BUNDLED =
      new StaffingCalculator(RegulatoryParameters.bundled());

  private final RegulatoryParameters parameters;

  /** The date of the call being computed; null only in the public instances, which bind it. */
  private final LocalDate date;

  private StaffingCalculator(RegulatoryParameters parameters) {
    this.parameters = Objects.requireNonNull(parameters, "parameters");
    this.date = null;
  }

  private StaffingCalculator(RegulatoryParameters parameters, LocalDate date) {
    this.parameters = parameters;
    this.date = Objects.requireNonNull(date, "date");
  }

  /**
   * Obtains the calculator applying the bundled parameters; the date is given to each call.
   *
   * @return the calculator, not null
   */
  public static StaffingCalculator bundled() {
    return BUNDLED;
  }

  /**
   * Obtains a calculator applying given parameters; the date is given to each call.
   *
   * @param parameters the parameters, not null
   * @return the calculator, not null
   */
  public static StaffingCalculator of(RegulatoryParameters parameters) {
    return new StaffingCalculator(parameters);
  }

  /**
   * Returns the professionals a crèche needs by the ratio alone (R2324-46-4) on a date.
   *
   * @param date the date whose rules apply, not null
   * @param children the children present (who walk and who do not), not null
   * @param option the ratio option, not null
   * @return the smallest number of professionals that covers the children, not negative
   * @throws io.github.esspetiteenfance.InvalidValueException with code {@code
   *     legal.timeline.no-value-on-date} if the option has no ratio on the date (1:6 before 1 Sept
   *     2021)
   */
  public int byRatio(LocalDate date, ChildrenPresent children, RatioOption option) {
    Objects.requireNonNull(children, "children");
    return on(date).ratio(children, option, new ArrayList<>());
  }

  /**
   * Returns the professionals a jardin d'enfants needs by the ratio alone (R2324-47-4) on a date.
   *
   * @param date the date whose rules apply, not null
   * @param children the children present, with those aged 3 and over ({@link
   *     ChildrenPresent#byAge(int, int)}), not null
   * @return the smallest number of professionals that covers the children, not negative
   * @throws io.github.esspetiteenfance.InvalidValueException with code {@code
   *     legal.timeline.no-value-on-date} before 1 Sept 2021
   */
  public int byJardinRatio(LocalDate date, ChildrenPresent children) {
    Objects.requireNonNull(children, "children");
    return on(date).jardinRatio(children, new ArrayList<>());
  }

  /**
   * Returns the professionals an outing needs by the outing ratio alone (R2324-43-2) on a date.
   *
   * @param date the date whose rules apply, not null
   * @param children the children on the outing, not null
   * @return the smallest number of professionals that covers them, 0 before 1 Sept 2021
   */
  public int byOutingRatio(LocalDate date, ChildrenPresent children) {
    Objects.requireNonNull(children, "children");
    return on(date).outing(children.total(), new ArrayList<>());
  }

  /**
   * Returns what a situation needs on a date: the largest of the ratio, the outing ratio and the
   * minimum of two, with the professionals and qualified professionals among them.
   *
   * @param date the date whose rules apply, not null
   * @param situation the situation, not null
   * @return the requirement, with the legal bases applied, not null
   * @throws io.github.esspetiteenfance.InvalidValueException with code {@code
   *     legal.timeline.no-value-on-date} if the ratio has no value on the date
   */
  public StaffRequirement requirement(LocalDate date, StaffingSituation situation) {
    Objects.requireNonNull(situation, "situation");
    return on(date).requirement(situation);
  }

  private StaffingCalculator on(LocalDate date) {
    return new StaffingCalculator(parameters, date);
  }

  private StaffRequirement requirement(StaffingSituation situation) {
    List<LegalBasis> bases = new ArrayList<>();
    ChildrenPresent children = situation.children();
    int n = children.total();
    int byRatio =
        situation.setting() == StaffingSetting.JARDIN_D_ENFANTS
            ? jardinRatio(children, bases)
            : ratio(children, situation.option().orElseThrow(), bases);
    int byOuting = situation.outing() ? outing(n, bases) : 0;
    int minimum = minimumAdults(situation.setting(), n, bases);
    int adults = Math.max(byRatio, Math.max(byOuting, minimum));
    int qualified = 0;
    Optional<Dated<BigDecimal>> above = value(Parameter.QUALIFIED_AMONG_MINIMUM_ABOVE_PLACES);
    if (minimum > 0 && above.isPresent() && situation.capacity() > intOf(above.get())) {
      qualified = 1;
      add(bases, above.get().basis());
    }
    int professionals = adults;
    if (situation.parental()) {
      add(bases, Bases.parentsCount(date));
      professionals = Math.max(minimum - 1, qualified);
      if (n > 0 && professionals == 0) {
        professionals = 1;
        add(bases, Bases.PARENTAL_ONE_PROFESSIONAL);
      }
      professionals = Math.min(professionals, adults);
    }
    return new StaffRequirement(
        byRatio, byOuting, minimum, adults, professionals, qualified, bases);
  }

  private int ratio(ChildrenPresent children, RatioOption option, List<LegalBasis> bases) {
    Objects.requireNonNull(option, "option");
    if (option == RatioOption.ONE_PER_SIX) {
      Dated<BigDecimal> perSix = require(Parameter.RATIO_ANY_AGE);
      add(bases, perSix.basis());
      return ceilDiv(children.total(), intOf(perSix));
    }
    Dated<BigDecimal> a = require(Parameter.RATIO_NON_WALKING);
    Dated<BigDecimal> b = require(Parameter.RATIO_WALKING);
    return proRata(children.notWalking(), a, children.walking(), b, bases);
  }

  private int jardinRatio(ChildrenPresent children, List<LegalBasis> bases) {
    Dated<BigDecimal> a = require(Parameter.JARDIN_RATIO_UNDER_3);
    Dated<BigDecimal> b = require(Parameter.JARDIN_RATIO_3_AND_OVER);
    return proRata(children.under3(), a, children.aged3AndOver(), b, bases);
  }

  private static int proRata(
      int first,
      Dated<BigDecimal> firstRatio,
      int second,
      Dated<BigDecimal> secondRatio,
      List<LegalBasis> bases) {
    long r1 = intOf(firstRatio);
    long r2 = intOf(secondRatio);
    if (first > 0 || second == 0) {
      add(bases, firstRatio.basis());
    }
    if (second > 0) {
      add(bases, secondRatio.basis());
    }
    if (first > 0 && second > 0) {
      add(bases, Bases.PRO_RATA);
    }
    return ceilDiv(first * r2 + second * r1, r1 * r2);
  }

  private int outing(int children, List<LegalBasis> bases) {
    Optional<Dated<BigDecimal>> perFive = value(Parameter.OUTING_RATIO);
    if (perFive.isEmpty()) {
      return 0;
    }
    add(bases, perFive.get().basis());
    return ceilDiv(children, intOf(perFive.get()));
  }

  private int minimumAdults(StaffingSetting setting, int children, List<LegalBasis> bases) {
    Optional<Dated<BigDecimal>> minimum = value(Parameter.MINIMUM_ADULTS);
    if (minimum.isEmpty() || children == 0) {
      return 0;
    }
    if (setting == StaffingSetting.MICRO_CRECHE) {
      Dated<BigDecimal> from = require(Parameter.MICRO_CRECHE_MINIMUM_ADULTS_FROM_CHILDREN);
      if (children < intOf(from)) {
        return 0;
      }
      add(bases, from.basis());
    }
    add(bases, minimum.get().basis());
    return intOf(minimum.get());
  }

  private Optional<Dated<BigDecimal>> value(Parameter parameter) {
    return parameters.at(parameter, date);
  }

  private Dated<BigDecimal> require(Parameter parameter) {
    return parameters.timeline(parameter).require(date, parameter.name());
  }

  private static void add(List<LegalBasis> bases, LegalBasis basis) {
    if (!bases.contains(basis)) {
      bases.add(basis);
    }
  }

  static int intOf(Dated<BigDecimal> value) {
    return value.value().intValueExact();
  }

  static int ceilDiv(long dividend, long divisor) {
    return Math.toIntExact((dividend + divisor - 1) / divisor);
  }
}
