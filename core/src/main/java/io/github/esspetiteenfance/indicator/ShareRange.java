package io.github.esspetiteenfance.indicator;

import io.github.esspetiteenfance.Fraction;
import io.github.esspetiteenfance.InvalidValueException;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A share known between two exact bounds, both inclusive: the ESS share of jobs when jobs come from
 * headcount bands, for instance.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param lower the lower bound, at least 0; not null
 * @param upper the upper bound, from {@code lower} to 1; not null
 */
public record ShareRange(Fraction lower, Fraction upper) implements IndicatorValue {

  /**
   * Creates a range of shares.
   *
   * @throws InvalidValueException with code {@link IndicatorErrorCode#SHARE_ABOVE_ONE} if a bound
   *     is outside {@code [0, 1]}, or {@link IndicatorErrorCode#RANGE_REVERSED} if the upper bound
   *     is below the lower one
   */
  public ShareRange {
    Objects.requireNonNull(lower, "lower");
    Objects.requireNonNull(upper, "upper");
    if (lower.signum() < 0 || upper.compareTo(Fraction.ONE) > 0) {
      throw new InvalidValueException(
          IndicatorErrorCode.SHARE_ABOVE_ONE, "share", lower + ", " + upper, 1);
    }
    if (upper.compareTo(lower) < 0) {
      throw new InvalidValueException(IndicatorErrorCode.RANGE_REVERSED, "upper", upper, lower);
    }
  }

  /**
   * Obtains the range of shares of a closed interval.
   *
   * @param interval a closed interval within {@code [0, 1]}, not null
   * @return the range, not null
   */
  public static ShareRange of(RationalInterval interval) {
    return new ShareRange(interval.lower(), interval.upper());
  }

  /**
   * Checks if this range holds one share only.
   *
   * @return true if both bounds are equal
   */
  public boolean isExact() {
    return lower.equals(upper);
  }

  @Override
  public Optional<RationalInterval> asShareInterval() {
    return Optional.of(RationalInterval.closed(lower, upper));
  }

  /** Returns the bounds in percent, rounded outwards to one decimal. */
  @Override
  public String message(Locale locale) {
    return Display.percent(lower.toPercent(1, RoundingMode.FLOOR), locale)
        + " – "
        + Display.percent(upper.toPercent(1, RoundingMode.CEILING), locale);
  }
}
