package io.github.esspetiteenfance.indicator;

import io.github.esspetiteenfance.Fraction;
import io.github.esspetiteenfance.InvalidValueException;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A published percentage with its precision: "43 %" rounded to the unit, "3 EAJE sur 10" (30 %
 * rounded to 10 points), "11.8 %" rounded to a tenth.
 *
 * <p>A published share is not a number but the set of true shares that round to it. {@link
 * #interval()} gives that set exactly: "43 %" rounded half up to the unit stands for {@code [42.5
 * %, 43.5 %)}. The published precision is kept: {@code 43} and {@code 43.0} are different figures
 * (the second is ten times more precise).
 *
 * <pre>
 *   RoundedPercentage.ofUnit(43).interval();          // [17/40, 87/200)
 *   RoundedPercentage.of("30", "10", Rounding.NEAREST); // "3 sur 10": [1/4, 7/20]
 * </pre>
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param percent the published percentage, from 0 to 100, a multiple of {@code step}; not null
 * @param step the rounding step in percentage points (1 for the unit, 0.1 for a tenth, 10 for "n
 *     out of 10"); positive; not null
 * @param rounding the rounding rule of the publisher, not null
 */
public record RoundedPercentage(BigDecimal percent, BigDecimal step, Rounding rounding)
    implements IndicatorValue {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /**
   * Creates a rounded percentage.
   *
   * @throws InvalidValueException with code {@link IndicatorErrorCode#PERCENT_OUT_OF_RANGE} if the
   *     percentage is outside {@code [0, 100]}, or {@link IndicatorErrorCode#STEP_INVALID} if the
   *     step is not positive or the percentage is not a multiple of it
   */
  public RoundedPercentage {
    Objects.requireNonNull(percent, "percent");
    Objects.requireNonNull(step, "step");
    Objects.requireNonNull(rounding, "rounding");
    if (percent.signum() < 0 || percent.compareTo(HUNDRED) > 0) {
      throw new InvalidValueException(IndicatorErrorCode.PERCENT_OUT_OF_RANGE, "percent", percent);
    }
    if (step.signum() <= 0 || percent.remainder(step).signum() != 0) {
      throw new InvalidValueException(IndicatorErrorCode.STEP_INVALID, "step", step, percent);
    }
  }

  /**
   * Obtains a percentage rounded half up to the unit, as observatories usually publish them: {@code
   * 43} stands for {@code [42.5 %, 43.5 %)}. The half-up rule is the usual one; a publication
   * rarely states it (UNCONFIRMED), and it only matters when a bound falls on a whole count.
   *
   * @param percent the percentage, from 0 to 100
   * @return the rounded percentage, not null
   */
  public static RoundedPercentage ofUnit(int percent) {
    return new RoundedPercentage(BigDecimal.valueOf(percent), BigDecimal.ONE, Rounding.HALF_UP);
  }

  /**
   * Obtains a rounded percentage from the decimal texts of its value and step.
   *
   * @param percent the percentage, such as {@code "11.8"}; not null
   * @param step the step, such as {@code "0.1"}; not null
   * @param rounding the rounding rule, not null
   * @return the rounded percentage, not null
   * @throws NumberFormatException if a text is not a decimal number
   */
  public static RoundedPercentage of(String percent, String step, Rounding rounding) {
    return new RoundedPercentage(new BigDecimal(percent), new BigDecimal(step), rounding);
  }

  /**
   * Returns the shares, as fractions of 1, that this published figure stands for, clipped to {@code
   * [0, 1]}.
   *
   * @return the interval, not null
   */
  public RationalInterval interval() {
    Fraction hundred = Fraction.of(100);
    RationalInterval inPercent =
        Rounding.clip(
            rounding.interval(Fraction.of(percent), Fraction.of(step)), Fraction.ZERO, hundred);
    return new RationalInterval(
        inPercent.lower().dividedBy(hundred),
        inPercent.lowerClosed(),
        inPercent.upper().dividedBy(hundred),
        inPercent.upperClosed());
  }

  /**
   * Checks if an exact share rounds to this figure.
   *
   * @param share the share, as a fraction of 1; not null
   * @return true if the share is in {@link #interval()}
   */
  public boolean isRoundingOf(Fraction share) {
    return interval().contains(share);
  }

  @Override
  public Optional<RationalInterval> asShareInterval() {
    return Optional.of(interval());
  }

  /** Returns the percentage with its published precision, such as {@code "43 %"}. */
  @Override
  public String message(Locale locale) {
    return Display.percent(percent, locale);
  }
}
