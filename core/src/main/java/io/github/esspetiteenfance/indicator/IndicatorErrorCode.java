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
  PUBLISHED_FORMAT("indicator.published.format");

  private final String code;

  IndicatorErrorCode(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
