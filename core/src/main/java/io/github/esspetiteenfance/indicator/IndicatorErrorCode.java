package io.github.esspetiteenfance.indicator;

import io.github.esspetiteenfance.ErrorCode;

/**
 * Error and finding codes of the {@code indicator} package: invalid values (thrown in {@link
 * io.github.esspetiteenfance.InvalidValueException}) and the findings of a {@link
 * ConsistencyReport}.
 */
public enum IndicatorErrorCode implements ErrorCode {
  /** A denominator is zero (or not positive for a share). */
  ZERO_DENOMINATOR("indicator.zero-denominator"),
  /** An interval holds no value. */
  INTERVAL_EMPTY("indicator.interval.empty"),
  /** A count is negative. */
  NEGATIVE_COUNT("indicator.count.negative"),
  /** The upper bound of a range is below its lower bound. */
  RANGE_REVERSED("indicator.range.reversed"),
  /** A range's text is not {@code [a, b]}. */
  RANGE_FORMAT("indicator.range.format"),
  /** A share is above 1: its numerator counts more than its denominator. */
  SHARE_ABOVE_ONE("indicator.share.above-one"),
  /** A percentage is outside {@code [0, 100]}. */
  PERCENT_OUT_OF_RANGE("indicator.percent.out-of-range"),
  /** A rounding step is not positive, or the figure is not a multiple of it. */
  STEP_INVALID("indicator.step.invalid"),
  /** A sector's code does not match its kind. */
  SECTOR_INVALID("indicator.sector.invalid"),
  /** A population counts no family, or a family name is unknown. */
  POPULATION_EMPTY("indicator.population.empty"),
  /** A text field is blank. */
  BLANK("indicator.blank"),
  /** A share has no base population, or a count has one. */
  BASE_MISMATCH("indicator.base.mismatch"),
  /** The base population of a share does not include its population. */
  POPULATION_NOT_IN_BASE("indicator.population.not-in-base"),
  /** A secrecy rule's parameter is out of range. */
  SECRECY_RULE_INVALID("indicator.secrecy-rule.invalid"),
  /** A record's commune is not a current commune of the COG. */
  COMMUNE_NOT_CURRENT("indicator.commune.not-current"),
  /** A commune code stands for several current communes. */
  COMMUNE_AMBIGUOUS("indicator.commune.ambiguous"),
  /** An establishment's first site has no known commune. */
  COMMUNE_UNKNOWN("indicator.commune.unknown"),
  /** Neither an establishment's jobs nor its operator tell whether it employs staff. */
  EMPLOYER_UNKNOWN("indicator.employer.unknown"),
  /** A record contradicts itself (a non-employer with jobs). */
  INPUT_INCONSISTENT("indicator.input.inconsistent"),
  /** A published figures file is malformed (a library bug for the bundled sets). */
  PUBLISHED_FORMAT("indicator.published.format"),
  /**
   * A finding argument is not of one of the types of {@link FindingArgument}. Arguments: {@code
   * {0}} field, {@code {1}} value, {@code {2}} the simple name of its class.
   */
  ARGUMENT_UNSUPPORTED("indicator.finding.argument-unsupported"),
  // ---------------------------------------------------------------- findings of ConsistencyChecker
  /** Finding (error): figures give incompatible ranges for the same quantity. */
  CONTRADICTION("indicator.check.contradiction"),
  /** Finding (error): no count of a part is the published share of the whole's count. */
  SHARE_MISMATCH("indicator.check.share-mismatch"),
  /** Finding (error): two shares of the same part in the same whole do not overlap. */
  SHARES_DISAGREE("indicator.check.shares-disagree"),
  /** Finding (error): a part would exceed its whole (a population within another). */
  PART_EXCEEDS_WHOLE("indicator.check.part-exceeds-whole"),
  /** Finding (error): a territory would count more than a territory that contains it. */
  TERRITORY_EXCEEDS("indicator.check.territory-exceeds"),
  /** Finding (warning): the source of figures is UNCONFIRMED. */
  SOURCE_UNCONFIRMED("indicator.check.source-unconfirmed"),
  /** Finding (info): figures state no period; they are assumed to describe the same one. */
  PERIOD_NOT_STATED("indicator.check.period-not-stated"),
  /** Finding (info): secret figures were left out of the checks. */
  SECRET_SKIPPED("indicator.check.secret-skipped"),
  /** Finding (warning): several figures share an id. */
  DUPLICATE_ID("indicator.check.duplicate-id"),
  /** Finding (info): figures the checks do not use (amounts). */
  NOT_CHECKED("indicator.check.not-checked"),
  /** Finding (info): a computed figure is compatible with the published one. */
  COMPUTED_AGREES("indicator.check.computed-agrees"),
  /** Finding (warning): a computed figure is not compatible with the published one. */
  COMPUTED_DIFFERS("indicator.check.computed-differs");

  private final String code;

  IndicatorErrorCode(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
