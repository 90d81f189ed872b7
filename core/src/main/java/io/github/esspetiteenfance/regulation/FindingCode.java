package io.github.esspetiteenfance.regulation;

import io.github.esspetiteenfance.diagnostic.FindingKind;
import io.github.esspetiteenfance.diagnostic.Severity;
import io.github.esspetiteenfance.structure.RatioOption;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The stable codes of regulatory findings, each with its {@link Severity severity} and its argument
 * table (the types of its message arguments, which every {@link
 * io.github.esspetiteenfance.diagnostic.Finding} of the code must match).
 *
 * <p>Messages, in English and French, are in {@code messages.properties} and {@code
 * messages_fr.properties} of this package; their arguments are listed on each constant ({@code {0}}
 * the item observed, {@code {1}} the value observed, {@code {2}}... the limits).
 */
public enum FindingCode implements FindingKind {
  /**
   * The category of the establishment, from its kind and capacity (R2324-46, -47, -48). Arguments:
   * {@code {0}} capacity, {@code {1}} places, {@code {2}} the category.
   */
  CATEGORY("regulation.category", Severity.INFO, String.class, Integer.class, EajeCategory.class),
  /**
   * No dated rule is known on the date for a parameter: the rule was not checked. Arguments: {@code
   * {0}} the parameter, {@code {1}} the date.
   */
  NO_RULE_ON_DATE("regulation.no-rule-on-date", Severity.INFO, String.class, LocalDate.class),
  /**
   * A rule could not be checked for lack of data or does not cover this kind of structure.
   * Arguments: {@code {0}} the rule, {@code {1}} the reason.
   */
  NOT_CHECKED("regulation.not-checked", Severity.INFO, Subject.class, Subject.class),
  /**
   * The date is in the transition of the décret 2021-1131: EAJE existing before 1 Sept 2021 had
   * until 31 Dec 2022 to comply. Arguments: {@code {0}} date, {@code {1}} the date checked.
   */
  TRANSITION_2021("regulation.transition-2021", Severity.INFO, String.class, LocalDate.class),
  /**
   * The 1:6 ratio option did not exist on the date; the ratio was checked with 1 per 5 non-walking
   * and 1 per 8 walking children. Arguments: {@code {0}} option, {@code {1}} the option chosen.
   */
  RATIO_OPTION_NOT_AVAILABLE(
      "regulation.staff.option-not-available", Severity.INFO, String.class, RatioOption.class),
  /**
   * A jardin d'enfants with no child counted as aged 3 or over: every child was counted under 3
   * (1:6). Arguments: {@code {0}} children, {@code {1}} number.
   */
  JARDIN_AGES_UNKNOWN(
      "regulation.staff.jardin-ages-unknown", Severity.INFO, String.class, Integer.class),
  /**
   * Children are taken in surnombre, within the maximum. Arguments: {@code {0}} children, {@code
   * {1}} present, {@code {2}} capacity, {@code {3}} maximum.
   */
  SURNOMBRE_IN_USE(
      "regulation.surnombre.in-use",
      Severity.INFO,
      String.class,
      Integer.class,
      Integer.class,
      Integer.class),
  /**
   * An assistant maternel uses the exceptional, temporary extension of L421-4 II. Arguments: {@code
   * {0}} assistant, {@code {1}} minors under 11, {@code {2}} normal maximum, {@code {3}} temporary
   * maximum.
   */
  AM_TEMPORARY_EXTENSION(
      "regulation.mam.temporary-extension",
      Severity.INFO,
      String.class,
      Integer.class,
      Integer.class,
      Integer.class),
  /**
   * A micro-crèche director without a diplôme d'État stays director as the référent technique in
   * post on 1 Sept 2026, with the support of a qualified professional (décret 2025-304 art. 2).
   * Arguments: {@code {0}} qualifiedSupportHoursPerYear, {@code {1}} hours a year, {@code {2}}
   * minimum hours a year, {@code {3}} minimum hours a quarter.
   */
  DIRECTOR_TRANSITIONAL(
      "regulation.direction.transitional",
      Severity.INFO,
      String.class,
      BigDecimal.class,
      BigDecimal.class,
      BigDecimal.class),
  /**
   * A crèche parentale above 20 places before 1 Sept 2021: allowed only by dérogation. Arguments:
   * {@code {0}} capacity, {@code {1}} places, {@code {2}} maximum, {@code {3}} maximum by
   * dérogation.
   */
  PARENTAL_CAPACITY_DEROGATION(
      "regulation.parental.capacity-derogation",
      Severity.WARNING,
      String.class,
      Integer.class,
      Integer.class,
      Integer.class),
  /**
   * The ratio option is not stated and the staff present meets only one of the two options.
   * Arguments: {@code {0}} option, {@code {1}} the option met, {@code {2}} professionals present.
   */
  STAFF_RATIO_OPTION_DEPENDENT(
      "regulation.staff.ratio-option-dependent",
      Severity.WARNING,
      String.class,
      RatioOption.class,
      Integer.class),
  /**
   * Children are taken in surnombre but the weekly occupancy is not given: its ≤ 100 % condition
   * was not checked. Arguments: {@code {0}} children, {@code {1}} present, {@code {2}} capacity.
   */
  SURNOMBRE_OCCUPANCY_UNKNOWN(
      "regulation.surnombre.occupancy-unknown",
      Severity.WARNING,
      String.class,
      Integer.class,
      Integer.class),
  /**
   * The indoor area is below the référentiel bâtimentaire, which applies only to authorisation
   * requests after 31 Aug 2022; the request date is not known. Arguments: {@code {0}} surface,
   * {@code {1}} m², {@code {2}} minimum m².
   */
  PREMISES_REQUEST_DATE_UNKNOWN(
      "regulation.premises.request-date-unknown",
      Severity.WARNING,
      String.class,
      BigDecimal.class,
      BigDecimal.class,
      BigDecimal.class),
  /**
   * Before 21 May 2021, an agrément above 4 children was possible only by dérogation (up to 6).
   * Arguments: {@code {0}} assistant, {@code {1}} agrément, {@code {2}} maximum, {@code {3}}
   * maximum by dérogation.
   */
  AM_AGREMENT_DEROGATION(
      "regulation.mam.agrement-derogation",
      Severity.WARNING,
      String.class,
      Integer.class,
      Integer.class,
      Integer.class),
  /**
   * A micro-crèche above the maximum places. Arguments: {@code {0}} capacity, {@code {1}} places,
   * {@code {2}} maximum.
   */
  MICRO_CRECHE_CAPACITY_EXCEEDED(
      "regulation.capacity.micro-creche",
      Severity.ERROR,
      String.class,
      Integer.class,
      Integer.class),
  /**
   * A unit above the maximum places. Arguments: {@code {0}} largestUnitPlaces, {@code {1}} places,
   * {@code {2}} maximum.
   */
  UNIT_CAPACITY_EXCEEDED(
      "regulation.capacity.unit", Severity.ERROR, String.class, Integer.class, Integer.class),
  /**
   * A service d'accueil familial above 150 places before 1 Sept 2021. Arguments: {@code {0}}
   * capacity, {@code {1}} places, {@code {2}} maximum.
   */
  CRECHE_FAMILIALE_CAPACITY_EXCEEDED(
      "regulation.capacity.creche-familiale",
      Severity.ERROR,
      String.class,
      Integer.class,
      Integer.class),
  /**
   * An establishment à gestion parentale above the maximum places. Arguments: {@code {0}} capacity,
   * {@code {1}} places, {@code {2}} maximum.
   */
  PARENTAL_CAPACITY_EXCEEDED(
      "regulation.capacity.parental", Severity.ERROR, String.class, Integer.class, Integer.class),
  /**
   * A child is younger than the minimum age of the structure. Arguments: {@code {0}}
   * youngestChildAgeMonths, {@code {1}} age in months, {@code {2}} minimum in months.
   */
  CHILD_TOO_YOUNG(
      "regulation.age.too-young", Severity.ERROR, String.class, Integer.class, Integer.class),
  /**
   * The ages a structure declares reach the age limit of its kind. Arguments: {@code {0}} ages,
   * {@code {1}} the declared range in months, {@code {2}} the limit in months.
   */
  DECLARED_AGES_TOO_OLD(
      "regulation.age.declared-too-old", Severity.ERROR, String.class, String.class, Integer.class),
  /**
   * The ages a structure declares start below the minimum age of its kind. Arguments: {@code {0}}
   * ages, {@code {1}} the declared range in months, {@code {2}} the minimum in months.
   */
  DECLARED_AGES_TOO_YOUNG(
      "regulation.age.declared-too-young",
      Severity.ERROR,
      String.class,
      String.class,
      Integer.class),
  /**
   * A child is not under the age limit of the structure. Arguments: {@code {0}}
   * oldestChildAgeMonths, {@code {1}} age in months, {@code {2}} limit in months.
   */
  CHILD_TOO_OLD(
      "regulation.age.too-old", Severity.ERROR, String.class, Integer.class, Integer.class),
  /**
   * In a LAEP every child comes with a referent adult. Arguments: {@code {0}} childrenWithoutAdult,
   * {@code {1}} number.
   */
  LAEP_CHILD_WITHOUT_ADULT(
      "regulation.laep.child-without-adult", Severity.ERROR, String.class, Integer.class),
  /**
   * Too few accueillants at a LAEP session. Arguments: {@code {0}} accueillants, {@code {1}}
   * present, {@code {2}} minimum.
   */
  LAEP_TOO_FEW_ACCUEILLANTS(
      "regulation.laep.accueillants", Severity.ERROR, String.class, Integer.class, Integer.class),
  /**
   * The staffing ratio is not met. Arguments: {@code {0}} adults counted, {@code {1}} present,
   * {@code {2}} needed, {@code {3}} children present.
   */
  STAFF_RATIO_NOT_MET(
      "regulation.staff.ratio",
      Severity.ERROR,
      String.class,
      Integer.class,
      Integer.class,
      Integer.class),
  /**
   * Fewer adults than the minimum of two. Arguments: {@code {0}} adults counted, {@code {1}}
   * present, {@code {2}} minimum, {@code {3}} children present.
   */
  STAFF_MINIMUM_ADULTS(
      "regulation.staff.minimum-adults",
      Severity.ERROR,
      String.class,
      Integer.class,
      Integer.class,
      Integer.class),
  /**
   * Too few professionals among the adults of a crèche parentale. Arguments: {@code {0}}
   * professionals, {@code {1}} present, {@code {2}} minimum.
   */
  STAFF_MINIMUM_PROFESSIONALS(
      "regulation.staff.minimum-professionals",
      Severity.ERROR,
      String.class,
      Integer.class,
      Integer.class),
  /**
   * Above 24 places, one of the two minimum professionals must hold an R2324-42 1° diploma.
   * Arguments: {@code {0}} qualified, {@code {1}} present, {@code {2}} minimum, {@code {3}}
   * capacity.
   */
  STAFF_QUALIFIED_MISSING(
      "regulation.staff.qualified-among-minimum",
      Severity.ERROR,
      String.class,
      Integer.class,
      Integer.class,
      Integer.class),
  /**
   * The outing ratio (1 per 5 children) is not met. Arguments: {@code {0}} adults counted, {@code
   * {1}} present, {@code {2}} needed, {@code {3}} children.
   */
  OUTING_RATIO_NOT_MET(
      "regulation.staff.outing",
      Severity.ERROR,
      String.class,
      Integer.class,
      Integer.class,
      Integer.class),
  /**
   * More children present at once than the capacity plus the surnombre allowed. Arguments: {@code
   * {0}} children, {@code {1}} present, {@code {2}} capacity, {@code {3}} maximum.
   */
  SURNOMBRE_EXCEEDED(
      "regulation.surnombre.exceeded",
      Severity.ERROR,
      String.class,
      Integer.class,
      Integer.class,
      Integer.class),
  /**
   * Children taken in surnombre while the weekly occupancy rate is above 100 %. Arguments: {@code
   * {0}} weeklyOccupancy, {@code {1}} rate in percent, {@code {2}} maximum percent.
   */
  SURNOMBRE_OCCUPANCY_EXCEEDED(
      "regulation.surnombre.weekly-occupancy",
      Severity.ERROR,
      String.class,
      BigDecimal.class,
      BigDecimal.class),
  /**
   * The monthly average of R2324-42 1° staff is below 40 % of the effectif mensuel de référence.
   * Arguments: {@code {0}} month, {@code {1}} share in percent, {@code {2}} minimum percent.
   */
  QUALIFIED_SHARE_TOO_LOW(
      "regulation.qualified-share",
      Severity.ERROR,
      YearMonth.class,
      BigDecimal.class,
      BigDecimal.class),
  /**
   * Direction time below the minimum of the category. Arguments: {@code {0}} directorFte, {@code
   * {1}} FTE, {@code {2}} minimum FTE, {@code {3}} category.
   */
  DIRECTION_TIME_INSUFFICIENT(
      "regulation.direction.time",
      Severity.ERROR,
      String.class,
      BigDecimal.class,
      BigDecimal.class,
      EajeCategory.class),
  /**
   * Deputy direction time below the minimum of a très grande crèche. Arguments: {@code {0}}
   * deputyDirectorFte, {@code {1}} FTE, {@code {2}} minimum FTE.
   */
  DEPUTY_DIRECTION_TIME_INSUFFICIENT(
      "regulation.direction.deputy-time",
      Severity.ERROR,
      String.class,
      BigDecimal.class,
      BigDecimal.class),
  /**
   * One person directs more micro-crèches than allowed. Arguments: {@code {0}}
   * microCrechesDirected, {@code {1}} number, {@code {2}} maximum.
   */
  DIRECTOR_TOO_MANY_MICRO_CRECHES(
      "regulation.direction.micro-creches",
      Severity.ERROR,
      String.class,
      Integer.class,
      Integer.class),
  /**
   * Since 1 Sept 2026 a micro-crèche's director without a diplôme d'État must have been its
   * référent technique in post on that date (décret 2025-304 art. 2). Arguments: {@code {0}}
   * directorHoldsDiploma, {@code {1}} the date the rule took effect.
   */
  DIRECTOR_WITHOUT_DIPLOMA(
      "regulation.direction.without-diploma", Severity.ERROR, String.class, LocalDate.class),
  /**
   * A micro-crèche director kept as the former référent technique without the diploma, supported by
   * a qualified professional for fewer hours than required. Arguments: {@code {0}} the item
   * (qualifiedSupportHoursPerYear or qualifiedSupportHoursLowestQuarter), {@code {1}} hours, {@code
   * {2}} minimum hours.
   */
  DIRECTOR_SUPPORT_INSUFFICIENT(
      "regulation.direction.support-hours",
      Severity.ERROR,
      String.class,
      BigDecimal.class,
      BigDecimal.class),
  /**
   * RSAI hours per year below the minimum. Arguments: {@code {0}} rsaiHoursPerYear, {@code {1}}
   * hours, {@code {2}} minimum hours, {@code {3}} category.
   */
  RSAI_HOURS_INSUFFICIENT(
      "regulation.rsai.hours",
      Severity.ERROR,
      String.class,
      BigDecimal.class,
      BigDecimal.class,
      EajeCategory.class),
  /**
   * RSAI hours in a quarter below the minimum. Arguments: {@code {0}} rsaiHoursLowestQuarter,
   * {@code {1}} hours, {@code {2}} minimum hours, {@code {3}} category.
   */
  RSAI_QUARTER_HOURS_INSUFFICIENT(
      "regulation.rsai.quarter-hours",
      Severity.ERROR,
      String.class,
      BigDecimal.class,
      BigDecimal.class,
      EajeCategory.class),
  /**
   * FTE of puériculteurs or infirmiers (R2324-40) below the minimum. Arguments: {@code {0}}
   * healthProfessionalFte, {@code {1}} FTE, {@code {2}} minimum FTE, {@code {3}} category.
   */
  HEALTH_PROFESSIONAL_TIME_INSUFFICIENT(
      "regulation.health-professional.time",
      Severity.ERROR,
      String.class,
      BigDecimal.class,
      BigDecimal.class,
      EajeCategory.class),
  /**
   * FTE of éducateurs de jeunes enfants below the minimum. Arguments: {@code {0}} ejeFte, {@code
   * {1}} FTE, {@code {2}} minimum FTE, {@code {3}} category.
   */
  EJE_TIME_INSUFFICIENT(
      "regulation.eje.time",
      Severity.ERROR,
      String.class,
      BigDecimal.class,
      BigDecimal.class,
      EajeCategory.class),
  /**
   * The number of assistants maternels of a MAM is outside the range allowed. Arguments: {@code
   * {0}} registeredAssistants, {@code {1}} number, {@code {2}} minimum, {@code {3}} maximum.
   */
  MAM_ASSISTANTS_COUNT(
      "regulation.mam.assistants",
      Severity.ERROR,
      String.class,
      Integer.class,
      Integer.class,
      Integer.class),
  /**
   * Too many assistants maternels working at once in a MAM. Arguments: {@code {0}}
   * assistantsWorkingAtOnce, {@code {1}} number, {@code {2}} maximum.
   */
  MAM_ASSISTANTS_AT_ONCE(
      "regulation.mam.assistants-at-once",
      Severity.ERROR,
      String.class,
      Integer.class,
      Integer.class),
  /**
   * More children at the same time in a MAM than allowed. Arguments: {@code {0}} children, {@code
   * {1}} present, {@code {2}} maximum.
   */
  MAM_CHILDREN_AT_ONCE(
      "regulation.mam.children-at-once",
      Severity.ERROR,
      String.class,
      Integer.class,
      Integer.class),
  /**
   * An agrément above the legal maximum. Arguments: {@code {0}} assistant, {@code {1}} agrément,
   * {@code {2}} maximum.
   */
  AM_AGREMENT_ABOVE_MAXIMUM(
      "regulation.mam.agrement", Severity.ERROR, String.class, Integer.class, Integer.class),
  /**
   * More children in care at once than the agrément. Arguments: {@code {0}} assistant, {@code {1}}
   * children, {@code {2}} agrément.
   */
  AM_CHILDREN_ABOVE_AGREMENT(
      "regulation.mam.children-above-agrement",
      Severity.ERROR,
      String.class,
      Integer.class,
      Integer.class),
  /**
   * Too many minors under the assistant maternel's exclusive responsibility. Arguments: {@code {0}}
   * assistant, {@code {1}} minors, {@code {2}} maximum.
   */
  AM_MINORS_EXCEEDED(
      "regulation.mam.minors", Severity.ERROR, String.class, Integer.class, Integer.class),
  /**
   * Too many children under 3 under the assistant maternel's exclusive responsibility. Arguments:
   * {@code {0}} assistant, {@code {1}} children under 3, {@code {2}} maximum.
   */
  AM_UNDER_3_EXCEEDED(
      "regulation.mam.under-3", Severity.ERROR, String.class, Integer.class, Integer.class),
  /**
   * Indoor child-care area below the référentiel bâtimentaire's minimum per place. Arguments:
   * {@code {0}} indoorSurfaceM2, {@code {1}} m², {@code {2}} minimum m², {@code {3}} m² per place.
   */
  PREMISES_SURFACE_INSUFFICIENT(
      "regulation.premises.surface",
      Severity.ERROR,
      String.class,
      BigDecimal.class,
      BigDecimal.class,
      BigDecimal.class);

  private final String code;
  private final Severity severity;
  private final List<Class<?>> argumentTypes;

  FindingCode(String code, Severity severity, Class<?>... argumentTypes) {
    this.code = code;
    this.severity = severity;
    this.argumentTypes = List.of(argumentTypes);
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public Severity severity() {
    return severity;
  }

  @Override
  public List<Class<?>> argumentTypes() {
    return argumentTypes;
  }
}
