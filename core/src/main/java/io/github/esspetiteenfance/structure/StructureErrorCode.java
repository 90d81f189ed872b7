package io.github.esspetiteenfance.structure;

import io.github.esspetiteenfance.ErrorCode;

/**
 * Error codes of the {@code structure} package: the invariants of structure kinds and of their
 * attributes.
 *
 * <p>Message arguments: {@code {0}} the field, {@code {1}} the rejected value, {@code {2}}... the
 * extra arguments listed on each constant.
 */
public enum StructureErrorCode implements ErrorCode {
  /** A value typed {@code OTHER} has no label ({@code {2}}: the type). */
  OTHER_WITHOUT_LABEL("structure.other.label-required"),
  /** A kind code is unknown ({@code {2}}: the known codes). */
  UNKNOWN_KIND("structure.kind.unknown"),
  /** An age in months is negative. */
  AGE_NEGATIVE("structure.age-range.negative"),
  /** The maximum age is below the minimum age ({@code {2}}: the minimum). */
  AGE_RANGE_REVERSED("structure.age-range.reversed"),
  /** The maximum age equals the minimum age: the range accepts no child. */
  AGE_RANGE_EMPTY("structure.age-range.empty"),
  /** An age range text does not follow the canonical syntax. */
  AGE_RANGE_SYNTAX("structure.age-range.syntax"),
  /** A capacity is below one place ({@code {2}}: the minimum). */
  CAPACITY_TOO_SMALL("structure.capacity.too-small"),
  /** The places for children with disabilities exceed the authorised capacity ({@code {2}}). */
  INCLUSIVE_PLACES_EXCEED_CAPACITY("structure.inclusive-care.exceeds-capacity"),
  /**
   * The largest unité d'accueil of an EAJE has more places than its authorised capacity. Arguments:
   * {@code {1}} the unit's places, {@code {2}} the capacity.
   */
  UNIT_EXCEEDS_CAPACITY("structure.largest-unit.exceeds-capacity"),
  /** A weekly schedule has no opening slot. */
  OPENING_HOURS_EMPTY("structure.opening-hours.empty"),
  /** Two opening slots cover the same time of the week ({@code {2}}: the other slot). */
  OPENING_HOURS_OVERLAP("structure.opening-hours.overlap"),
  /** An opening-hours text does not follow the canonical syntax ({@code {2}}: the position). */
  OPENING_HOURS_SYNTAX("structure.opening-hours.syntax"),
  /** An opening slot has no day. */
  OPENING_SLOT_NO_DAY("structure.opening-slot.no-day"),
  /** An opening time has seconds or nanoseconds. */
  OPENING_SLOT_NOT_WHOLE_MINUTE("structure.opening-slot.not-whole-minute"),
  /** A year is outside the supported range ({@code {2}} and {@code {3}}: the bounds). */
  DATE_YEAR_OUT_OF_RANGE("structure.partial-date.year-out-of-range"),
  /** A partial date has both a season and a month. */
  DATE_SEASON_AND_MONTH("structure.partial-date.season-and-month"),
  /** A partial date has a day but no month. */
  DATE_DAY_WITHOUT_MONTH("structure.partial-date.day-without-month"),
  /** A day does not exist in its month ({@code {2}}: the year-month). */
  DATE_INVALID_DAY("structure.partial-date.invalid-day"),
  /** A partial-date text does not follow the EDTF syntax. */
  DATE_SYNTAX("structure.partial-date.syntax"),
  /** A MAM has fewer than 1 or more than 6 assistants maternels ({@code {2}}, {@code {3}}). */
  MAM_ASSISTANTS_COUNT("structure.mam.assistants-count"),
  /** An agrément is for fewer than 1 or more than 6 children ({@code {2}}, {@code {3}}). */
  AGREMENT_CHILDREN_OUT_OF_RANGE("structure.agrement.children-out-of-range"),
  /** A multi-accueil's care modes do not combine two modes of the same dimension. */
  MULTI_ACCUEIL_NOT_COMBINED("structure.multi-accueil.modes-not-combined"),
  /** A crèche familiale employs no assistant maternel ({@code {2}}: the minimum). */
  CRECHE_FAMILIALE_NO_ASSISTANT("structure.creche-familiale.no-assistant"),
  /** Two stops of an itinerary have the same place. */
  ITINERARY_DUPLICATE_STOP("structure.itinerary.duplicate-stop");

  private final String code;

  StructureErrorCode(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
