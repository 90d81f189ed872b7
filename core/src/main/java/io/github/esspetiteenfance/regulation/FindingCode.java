package io.github.esspetiteenfance.regulation;

import io.github.esspetiteenfance.ErrorCode;

/**
 * The stable codes of regulatory findings, each with its {@link FindingSeverity severity}.
 *
 * <p>Messages, in English and French, are in {@code messages.properties} and {@code
 * messages_fr.properties} of this package; their arguments are listed on each constant ({@code {0}}
 * the item observed, {@code {1}} the value observed, {@code {2}}... the limits).
 */
public enum FindingCode implements ErrorCode {
  /**
   * The category of the establishment, from its kind and capacity (R2324-46, -47, -48). Arguments:
   * {@code {0}} capacity, {@code {1}} places, {@code {2}} the category.
   */
  CATEGORY("regulation.category", FindingSeverity.INFO),
  /**
   * No dated rule is known on the date for a parameter: the rule was not checked. Arguments: {@code
   * {0}} the parameter, {@code {1}} the date.
   */
  NO_RULE_ON_DATE("regulation.no-rule-on-date", FindingSeverity.INFO),
  /**
   * A rule could not be checked for lack of data or does not cover this kind of structure.
   * Arguments: {@code {0}} the rule, {@code {1}} the reason.
   */
  NOT_CHECKED("regulation.not-checked", FindingSeverity.INFO),
  /**
   * The date is in the transition of the décret 2021-1131: EAJE existing before 1 Sept 2021 had
   * until 31 Dec 2022 to comply. Arguments: {@code {0}} date, {@code {1}} the date checked.
   */
  TRANSITION_2021("regulation.transition-2021", FindingSeverity.INFO),
  /**
   * The 1:6 ratio option did not exist on the date; the ratio was checked with 1 per 5 non-walking
   * and 1 per 8 walking children. Arguments: {@code {0}} option, {@code {1}} the option chosen.
   */
  RATIO_OPTION_NOT_AVAILABLE("regulation.staff.option-not-available", FindingSeverity.INFO),
  /**
   * A jardin d'enfants with no child counted as aged 3 or over: every child was counted under 3
   * (1:6). Arguments: {@code {0}} children, {@code {1}} number.
   */
  JARDIN_AGES_UNKNOWN("regulation.staff.jardin-ages-unknown", FindingSeverity.INFO),
  /**
   * Children are taken in surnombre, within the maximum. Arguments: {@code {0}} children, {@code
   * {1}} present, {@code {2}} capacity, {@code {3}} maximum.
   */
  SURNOMBRE_IN_USE("regulation.surnombre.in-use", FindingSeverity.INFO),
  /**
   * An assistant maternel uses the exceptional, temporary extension of L421-4 II. Arguments: {@code
   * {0}} assistant, {@code {1}} minors under 11, {@code {2}} normal maximum, {@code {3}} temporary
   * maximum.
   */
  AM_TEMPORARY_EXTENSION("regulation.mam.temporary-extension", FindingSeverity.INFO),
  /**
   * A micro-crèche director without a diplôme d'État stays director as the référent technique in
   * post on 1 Sept 2026, with the support of a qualified professional (décret 2025-304 art. 2).
   * Arguments: {@code {0}} qualifiedSupportHoursPerYear, {@code {1}} hours a year, {@code {2}}
   * minimum hours a year, {@code {3}} minimum hours a quarter.
   */
  DIRECTOR_TRANSITIONAL("regulation.direction.transitional", FindingSeverity.INFO),
  /**
   * A crèche parentale above 20 places before 1 Sept 2021: allowed only by dérogation. Arguments:
   * {@code {0}} capacity, {@code {1}} places, {@code {2}} maximum, {@code {3}} maximum by
   * dérogation.
   */
  PARENTAL_CAPACITY_DEROGATION("regulation.parental.capacity-derogation", FindingSeverity.WARNING),
  /**
   * The ratio option is not stated and the staff present meets only one of the two options.
   * Arguments: {@code {0}} option, {@code {1}} the option met, {@code {2}} professionals present.
   */
  STAFF_RATIO_OPTION_DEPENDENT("regulation.staff.ratio-option-dependent", FindingSeverity.WARNING),
  /**
   * Children are taken in surnombre but the weekly occupancy is not given: its ≤ 100 % condition
   * was not checked. Arguments: {@code {0}} children, {@code {1}} present, {@code {2}} capacity.
   */
  SURNOMBRE_OCCUPANCY_UNKNOWN("regulation.surnombre.occupancy-unknown", FindingSeverity.WARNING),
  /**
   * The indoor area is below the référentiel bâtimentaire, which applies only to authorisation
   * requests after 31 Aug 2022; the request date is not known. Arguments: {@code {0}} surface,
   * {@code {1}} m², {@code {2}} minimum m².
   */
  PREMISES_REQUEST_DATE_UNKNOWN(
      "regulation.premises.request-date-unknown", FindingSeverity.WARNING),
  /**
   * Before 21 May 2021, an agrément above 4 children was possible only by dérogation (up to 6).
   * Arguments: {@code {0}} assistant, {@code {1}} agrément, {@code {2}} maximum, {@code {3}}
   * maximum by dérogation.
   */
  AM_AGREMENT_DEROGATION("regulation.mam.agrement-derogation", FindingSeverity.WARNING),
  /**
   * A micro-crèche above the maximum places. Arguments: {@code {0}} capacity, {@code {1}} places,
   * {@code {2}} maximum.
   */
  MICRO_CRECHE_CAPACITY_EXCEEDED("regulation.capacity.micro-creche", FindingSeverity.ERROR),
  /**
   * A unit above the maximum places. Arguments: {@code {0}} largestUnitPlaces, {@code {1}} places,
   * {@code {2}} maximum.
   */
  UNIT_CAPACITY_EXCEEDED("regulation.capacity.unit", FindingSeverity.ERROR),
  /**
   * A service d'accueil familial above 150 places before 1 Sept 2021. Arguments: {@code {0}}
   * capacity, {@code {1}} places, {@code {2}} maximum.
   */
  CRECHE_FAMILIALE_CAPACITY_EXCEEDED("regulation.capacity.creche-familiale", FindingSeverity.ERROR),
  /**
   * An establishment à gestion parentale above the maximum places. Arguments: {@code {0}} capacity,
   * {@code {1}} places, {@code {2}} maximum.
   */
  PARENTAL_CAPACITY_EXCEEDED("regulation.capacity.parental", FindingSeverity.ERROR),
  /**
   * A child is younger than the minimum age of the structure. Arguments: {@code {0}}
   * youngestChildAgeMonths, {@code {1}} age in months, {@code {2}} minimum in months.
   */
  CHILD_TOO_YOUNG("regulation.age.too-young", FindingSeverity.ERROR),
  /**
   * The ages a structure declares reach the age limit of its kind. Arguments: {@code {0}} ages,
   * {@code {1}} the declared range in months, {@code {2}} the limit in months.
   */
  DECLARED_AGES_TOO_OLD("regulation.age.declared-too-old", FindingSeverity.ERROR),
  /**
   * The ages a structure declares start below the minimum age of its kind. Arguments: {@code {0}}
   * ages, {@code {1}} the declared range in months, {@code {2}} the minimum in months.
   */
  DECLARED_AGES_TOO_YOUNG("regulation.age.declared-too-young", FindingSeverity.ERROR),
  /**
   * A child is not under the age limit of the structure. Arguments: {@code {0}}
   * oldestChildAgeMonths, {@code {1}} age in months, {@code {2}} limit in months.
   */
  CHILD_TOO_OLD("regulation.age.too-old", FindingSeverity.ERROR),
  /**
   * In a LAEP every child comes with a referent adult. Arguments: {@code {0}} childrenWithoutAdult,
   * {@code {1}} number.
   */
  LAEP_CHILD_WITHOUT_ADULT("regulation.laep.child-without-adult", FindingSeverity.ERROR),
  /**
   * Too few accueillants at a LAEP session. Arguments: {@code {0}} accueillants, {@code {1}}
   * present, {@code {2}} minimum.
   */
  LAEP_TOO_FEW_ACCUEILLANTS("regulation.laep.accueillants", FindingSeverity.ERROR),
  /**
   * The staffing ratio is not met. Arguments: {@code {0}} adults counted, {@code {1}} present,
   * {@code {2}} needed, {@code {3}} children present.
   */
  STAFF_RATIO_NOT_MET("regulation.staff.ratio", FindingSeverity.ERROR),
  /**
   * Fewer adults than the minimum of two. Arguments: {@code {0}} adults counted, {@code {1}}
   * present, {@code {2}} minimum, {@code {3}} children present.
   */
  STAFF_MINIMUM_ADULTS("regulation.staff.minimum-adults", FindingSeverity.ERROR),
  /**
   * Too few professionals among the adults of a crèche parentale. Arguments: {@code {0}}
   * professionals, {@code {1}} present, {@code {2}} minimum.
   */
  STAFF_MINIMUM_PROFESSIONALS("regulation.staff.minimum-professionals", FindingSeverity.ERROR),
  /**
   * Above 24 places, one of the two minimum professionals must hold an R2324-42 1° diploma.
   * Arguments: {@code {0}} qualified, {@code {1}} present, {@code {2}} minimum, {@code {3}}
   * capacity.
   */
  STAFF_QUALIFIED_MISSING("regulation.staff.qualified-among-minimum", FindingSeverity.ERROR),
  /**
   * The outing ratio (1 per 5 children) is not met. Arguments: {@code {0}} adults counted, {@code
   * {1}} present, {@code {2}} needed, {@code {3}} children.
   */
  OUTING_RATIO_NOT_MET("regulation.staff.outing", FindingSeverity.ERROR),
  /**
   * More children present at once than the capacity plus the surnombre allowed. Arguments: {@code
   * {0}} children, {@code {1}} present, {@code {2}} capacity, {@code {3}} maximum.
   */
  SURNOMBRE_EXCEEDED("regulation.surnombre.exceeded", FindingSeverity.ERROR),
  /**
   * Children taken in surnombre while the weekly occupancy rate is above 100 %. Arguments: {@code
   * {0}} weeklyOccupancy, {@code {1}} rate in percent, {@code {2}} maximum percent.
   */
  SURNOMBRE_OCCUPANCY_EXCEEDED("regulation.surnombre.weekly-occupancy", FindingSeverity.ERROR),
  /**
   * The monthly average of R2324-42 1° staff is below 40 % of the effectif mensuel de référence.
   * Arguments: {@code {0}} month, {@code {1}} share in percent, {@code {2}} minimum percent.
   */
  QUALIFIED_SHARE_TOO_LOW("regulation.qualified-share", FindingSeverity.ERROR),
  /**
   * Direction time below the minimum of the category. Arguments: {@code {0}} directorFte, {@code
   * {1}} FTE, {@code {2}} minimum FTE, {@code {3}} category.
   */
  DIRECTION_TIME_INSUFFICIENT("regulation.direction.time", FindingSeverity.ERROR),
  /**
   * Deputy direction time below the minimum of a très grande crèche. Arguments: {@code {0}}
   * deputyDirectorFte, {@code {1}} FTE, {@code {2}} minimum FTE.
   */
  DEPUTY_DIRECTION_TIME_INSUFFICIENT("regulation.direction.deputy-time", FindingSeverity.ERROR),
  /**
   * One person directs more micro-crèches than allowed. Arguments: {@code {0}}
   * microCrechesDirected, {@code {1}} number, {@code {2}} maximum.
   */
  DIRECTOR_TOO_MANY_MICRO_CRECHES("regulation.direction.micro-creches", FindingSeverity.ERROR),
  /**
   * Since 1 Sept 2026 a micro-crèche's director without a diplôme d'État must have been its
   * référent technique in post on that date (décret 2025-304 art. 2). Arguments: {@code {0}}
   * directorHoldsDiploma, {@code {1}} the date the rule took effect.
   */
  DIRECTOR_WITHOUT_DIPLOMA("regulation.direction.without-diploma", FindingSeverity.ERROR),
  /**
   * A micro-crèche director kept as the former référent technique without the diploma, supported by
   * a qualified professional for fewer hours than required. Arguments: {@code {0}} the item
   * (qualifiedSupportHoursPerYear or qualifiedSupportHoursLowestQuarter), {@code {1}} hours, {@code
   * {2}} minimum hours.
   */
  DIRECTOR_SUPPORT_INSUFFICIENT("regulation.direction.support-hours", FindingSeverity.ERROR),
  /**
   * RSAI hours per year below the minimum. Arguments: {@code {0}} rsaiHoursPerYear, {@code {1}}
   * hours, {@code {2}} minimum hours, {@code {3}} category.
   */
  RSAI_HOURS_INSUFFICIENT("regulation.rsai.hours", FindingSeverity.ERROR),
  /**
   * RSAI hours in a quarter below the minimum. Arguments: {@code {0}} rsaiHoursLowestQuarter,
   * {@code {1}} hours, {@code {2}} minimum hours, {@code {3}} category.
   */
  RSAI_QUARTER_HOURS_INSUFFICIENT("regulation.rsai.quarter-hours", FindingSeverity.ERROR),
  /**
   * FTE of puériculteurs or infirmiers (R2324-40) below the minimum. Arguments: {@code {0}}
   * healthProfessionalFte, {@code {1}} FTE, {@code {2}} minimum FTE, {@code {3}} category.
   */
  HEALTH_PROFESSIONAL_TIME_INSUFFICIENT(
      "regulation.health-professional.time", FindingSeverity.ERROR),
  /**
   * FTE of éducateurs de jeunes enfants below the minimum. Arguments: {@code {0}} ejeFte, {@code
   * {1}} FTE, {@code {2}} minimum FTE, {@code {3}} category.
   */
  EJE_TIME_INSUFFICIENT("regulation.eje.time", FindingSeverity.ERROR),
  /**
   * The number of assistants maternels of a MAM is outside the range allowed. Arguments: {@code
   * {0}} registeredAssistants, {@code {1}} number, {@code {2}} minimum, {@code {3}} maximum.
   */
  MAM_ASSISTANTS_COUNT("regulation.mam.assistants", FindingSeverity.ERROR),
  /**
   * Too many assistants maternels working at once in a MAM. Arguments: {@code {0}}
   * assistantsWorkingAtOnce, {@code {1}} number, {@code {2}} maximum.
   */
  MAM_ASSISTANTS_AT_ONCE("regulation.mam.assistants-at-once", FindingSeverity.ERROR),
  /**
   * More children at the same time in a MAM than allowed. Arguments: {@code {0}} children, {@code
   * {1}} present, {@code {2}} maximum.
   */
  MAM_CHILDREN_AT_ONCE("regulation.mam.children-at-once", FindingSeverity.ERROR),
  /**
   * An agrément above the legal maximum. Arguments: {@code {0}} assistant, {@code {1}} agrément,
   * {@code {2}} maximum.
   */
  AM_AGREMENT_ABOVE_MAXIMUM("regulation.mam.agrement", FindingSeverity.ERROR),
  /**
   * More children in care at once than the agrément. Arguments: {@code {0}} assistant, {@code {1}}
   * children, {@code {2}} agrément.
   */
  AM_CHILDREN_ABOVE_AGREMENT("regulation.mam.children-above-agrement", FindingSeverity.ERROR),
  /**
   * Too many minors under the assistant maternel's exclusive responsibility. Arguments: {@code {0}}
   * assistant, {@code {1}} minors, {@code {2}} maximum.
   */
  AM_MINORS_EXCEEDED("regulation.mam.minors", FindingSeverity.ERROR),
  /**
   * Too many children under 3 under the assistant maternel's exclusive responsibility. Arguments:
   * {@code {0}} assistant, {@code {1}} children under 3, {@code {2}} maximum.
   */
  AM_UNDER_3_EXCEEDED("regulation.mam.under-3", FindingSeverity.ERROR),
  /**
   * Indoor child-care area below the référentiel bâtimentaire's minimum per place. Arguments:
   * {@code {0}} indoorSurfaceM2, {@code {1}} m², {@code {2}} minimum m², {@code {3}} m² per place.
   */
  PREMISES_SURFACE_INSUFFICIENT("regulation.premises.surface", FindingSeverity.ERROR);

  private final String code;
  private final FindingSeverity severity;

  FindingCode(String code, FindingSeverity severity) {
    this.code = code;
    this.severity = severity;
  }

  @Override
  public String code() {
    return code;
  }

  /**
   * Returns the severity of the findings with this code.
   *
   * @return the severity, not null
   */
  public FindingSeverity severity() {
    return severity;
  }
}
