package io.github.esspetiteenfance.indicator;

import io.github.esspetiteenfance.Localized;
import java.util.Locale;
import java.util.Optional;

/**
 * The value of an indicator: a count, an amount, a range of counts, an exact share, a range of
 * shares, or a published figure rounded to a step.
 *
 * <ul>
 *   <li>{@link Count}: an exact number of establishments, jobs, families...;
 *   <li>{@link Amount}: a decimal quantity (full-time equivalents, euros), never a {@code double};
 *   <li>{@link CountRange}: a count known between two bounds (jobs from headcount bands);
 *   <li>{@link Share}: an exact numerator over a denominator, rounded only for display;
 *   <li>{@link ShareRange}: a share known between two exact bounds (a share of ranges);
 *   <li>{@link RoundedPercentage}: a published percentage with its precision ("43 %" rounded to the
 *       unit stands for any share in [42.5 %, 43.5 %));
 *   <li>{@link RoundedCount}: a published count rounded to a step ("about 4 000").
 * </ul>
 *
 * <p>Two views unify them for the consistency checks: {@link #asCountRange()} gives the counts a
 * count-like value stands for, {@link #asShareInterval()} the shares a share-like value stands for.
 *
 * <p>Every implementation is immutable and thread-safe.
 */
public sealed interface IndicatorValue extends Localized
    permits Count, Amount, CountRange, Share, ShareRange, RoundedPercentage, RoundedCount {

  /**
   * Returns the counts this value stands for, if it is a count.
   *
   * @return the range of counts, empty for shares and amounts
   */
  default Optional<CountRange> asCountRange() {
    return Optional.empty();
  }

  /**
   * Returns the shares this value stands for, if it is a share, as a fraction of 1.
   *
   * @return the interval of shares, empty for counts and amounts
   */
  default Optional<RationalInterval> asShareInterval() {
    return Optional.empty();
  }

  /**
   * Returns the value formatted for a reader, such as {@code "3 239"}, {@code "43 %"} or {@code
   * "186 – 187"}.
   *
   * @param locale French for {@code fr}, English otherwise; not null
   * @return the text, not null
   */
  @Override
  String message(Locale locale);
}
