package io.github.esspetiteenfance.indicator;

import io.github.esspetiteenfance.Fraction;

/**
 * How a published figure was rounded, hence which true values it stands for.
 *
 * <p>A figure {@code p} rounded to a step {@code s} (1 for "a percentage rounded to the unit", 10
 * for "3 out of 10", 1 000 for "about 4 000") stands for the true values of {@link
 * #interval(Fraction, Fraction)}. Publishers rarely state their rule: {@link #HALF_UP} is the usual
 * one (UNCONFIRMED for any given publication), and {@link #NEAREST} makes no assumption on ties, so
 * its interval contains the intervals of the three round-to-nearest rules.
 */
public enum Rounding {
  /** Round to nearest, ties unknown: {@code [p - s/2, p + s/2]}. The safe default. */
  NEAREST,
  /** Round to nearest, ties away from zero: {@code [p - s/2, p + s/2)}. */
  HALF_UP,
  /** Round to nearest, ties toward zero: {@code (p - s/2, p + s/2]}. */
  HALF_DOWN,
  /**
   * Round to nearest, ties to the even multiple of the step: closed if {@code p/s} is even, open if
   * it is odd.
   */
  HALF_EVEN,
  /** Truncation: {@code [p, p + s)}. */
  DOWN,
  /** Rounding up: {@code (p - s, p]}. */
  UP,
  /** Not rounded: {@code [p, p]}. */
  EXACT;

  /**
   * Returns the true values that round to {@code value} under this rule with a step, before any
   * clipping to the values that make sense (counts are not negative, shares not above 1).
   *
   * @param value the rounded figure, a multiple of {@code step}; not null
   * @param step the rounding step, positive; not null
   * @return the interval of true values, not null
   */
  public RationalInterval interval(Fraction value, Fraction step) {
    Fraction half = step.dividedBy(Fraction.of(2));
    Fraction below = value.minus(half);
    Fraction above = value.plus(half);
    return switch (this) {
      case NEAREST -> new RationalInterval(below, true, above, true);
      case HALF_UP -> new RationalInterval(below, true, above, false);
      case HALF_DOWN -> new RationalInterval(below, false, above, true);
      case HALF_EVEN -> {
        Fraction multiple = value.dividedBy(step);
        boolean even = multiple.isInteger() && !multiple.numerator().testBit(0);
        yield new RationalInterval(below, even, above, even);
      }
      case DOWN -> new RationalInterval(value, true, value.plus(step), false);
      case UP -> new RationalInterval(value.minus(step), false, value, true);
      case EXACT -> RationalInterval.exactly(value);
    };
  }

  /**
   * Returns an interval clipped to {@code [min, max]}; a clipped bound becomes closed.
   *
   * @param interval the interval, not null
   * @param min the smallest possible value, not null
   * @param max the largest possible value, not null
   * @return the clipped interval, not null
   * @throws io.github.esspetiteenfance.InvalidValueException if nothing is left
   */
  static RationalInterval clip(RationalInterval interval, Fraction min, Fraction max) {
    Fraction lo = interval.lower();
    boolean loClosed = interval.lowerClosed();
    if (lo.compareTo(min) < 0) {
      lo = min;
      loClosed = true;
    }
    Fraction hi = interval.upper();
    boolean hiClosed = interval.upperClosed();
    if (hi.compareTo(max) > 0) {
      hi = max;
      hiClosed = true;
    }
    return new RationalInterval(lo, loClosed, hi, hiClosed);
  }
}
