package io.github.esspetiteenfance.indicator;

import io.github.esspetiteenfance.CommonErrorCode;
import io.github.esspetiteenfance.Fraction;
import io.github.esspetiteenfance.InvalidValueException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Optional;

/**
 * An exact share: a numerator over a denominator, such as 233 ESS establishments out of 540, kept
 * as the two counts and rounded only for display.
 *
 * <p>The counts are kept as given (not reduced), so a reader sees what the share was computed from;
 * {@link #fraction()} gives the reduced value. A share is between 0 and 1: the numerator counts a
 * part of what the denominator counts.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param numerator the count of the part, at least 0, at most {@code denominator}
 * @param denominator the count of the whole, at least 1
 */
public record Share(long numerator, long denominator) implements IndicatorValue {

  /**
   * Creates a share.
   *
   * @throws InvalidValueException with code {@link IndicatorErrorCode#ZERO_DENOMINATOR} if the
   *     denominator is not positive, {@link CommonErrorCode#NEGATIVE} if the numerator is negative,
   *     {@link IndicatorErrorCode#SHARE_ABOVE_ONE} if it is above the denominator
   */
  public Share {
    if (denominator <= 0) {
      throw new InvalidValueException(
          IndicatorErrorCode.ZERO_DENOMINATOR, "denominator", denominator);
    }
    if (numerator < 0) {
      throw new InvalidValueException(CommonErrorCode.NEGATIVE, "numerator", numerator);
    }
    if (numerator > denominator) {
      throw new InvalidValueException(
          IndicatorErrorCode.SHARE_ABOVE_ONE, "numerator", numerator, denominator);
    }
  }

  /**
   * Obtains a share.
   *
   * @param numerator the count of the part, from 0 to {@code denominator}
   * @param denominator the count of the whole, at least 1
   * @return the share, not null
   */
  public static Share of(long numerator, long denominator) {
    return new Share(numerator, denominator);
  }

  /**
   * Returns the exact value of this share.
   *
   * @return {@code numerator / denominator}, reduced; between 0 and 1; not null
   */
  public Fraction fraction() {
    return Fraction.of(numerator, denominator);
  }

  /**
   * Returns this share as a percentage rounded half up to a scale: the only rounding.
   *
   * @param scale the number of decimals
   * @return the percentage, not null
   */
  public BigDecimal percent(int scale) {
    return fraction().toPercent(scale, RoundingMode.HALF_UP);
  }

  @Override
  public Optional<RationalInterval> asShareInterval() {
    return Optional.of(RationalInterval.exactly(fraction()));
  }

  /** Returns the percentage rounded half up to the unit, as observatories publish it. */
  @Override
  public String message(Locale locale) {
    return Display.percent(percent(0), locale);
  }
}
