package io.github.esspetiteenfance.indicator;

import io.github.esspetiteenfance.CommonErrorCode;
import io.github.esspetiteenfance.Fraction;
import io.github.esspetiteenfance.InvalidValueException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A published count rounded to a step, such as ESS France's "environ 4 000 EAJE": the figure stands
 * for every count that rounds to it.
 *
 * <p>The step is a reading of the text, not a published fact: "environ 4 000" read with a step of 1
 * 000 stands for 3 500 to 4 500 (the cautious reading), with a step of 100 for 3 950 to 4 050.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param value the published count, a multiple of {@code step}, at least 0
 * @param step the rounding step, at least 1
 * @param rounding the rounding rule, not null
 */
public record RoundedCount(long value, long step, Rounding rounding) implements IndicatorValue {

  /**
   * Creates a rounded count.
   *
   * @throws InvalidValueException with code {@link CommonErrorCode#NEGATIVE} if the value is
   *     negative, or {@link IndicatorErrorCode#STEP_INVALID} if the step is not positive or the
   *     value not a multiple of it
   */
  public RoundedCount {
    Objects.requireNonNull(rounding, "rounding");
    if (value < 0) {
      throw new InvalidValueException(CommonErrorCode.NEGATIVE, "value", value);
    }
    if (step <= 0 || value % step != 0) {
      throw new InvalidValueException(IndicatorErrorCode.STEP_INVALID, "step", step, value);
    }
  }

  /**
   * Returns the counts this figure stands for.
   *
   * @return the range, not null
   */
  public CountRange range() {
    RationalInterval interval =
        Rounding.clip(
            rounding.interval(Fraction.of(value), Fraction.of(step)),
            Fraction.ZERO,
            Fraction.of(Long.MAX_VALUE));
    return Implied.integersIn(interval).orElseThrow();
  }

  @Override
  public Optional<CountRange> asCountRange() {
    return Optional.of(range());
  }

  /** Returns the count prefixed by "about", such as {@code "environ 4 000"}. */
  @Override
  public String message(Locale locale) {
    return (Display.isFrench(locale) ? "environ " : "about ") + Display.count(value, locale);
  }
}
