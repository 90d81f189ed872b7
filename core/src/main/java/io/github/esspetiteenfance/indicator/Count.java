package io.github.esspetiteenfance.indicator;

import io.github.esspetiteenfance.CommonErrorCode;
import io.github.esspetiteenfance.InvalidValueException;
import java.util.Locale;
import java.util.Optional;

/**
 * An exact count: 233 establishments, 3 239 jobs.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param value the count, at least 0
 */
public record Count(long value) implements IndicatorValue {

  /**
   * Creates a count.
   *
   * @throws InvalidValueException with code {@link CommonErrorCode#NEGATIVE} if the value is
   *     negative
   */
  public Count {
    if (value < 0) {
      throw new InvalidValueException(CommonErrorCode.NEGATIVE, "value", value);
    }
  }

  /**
   * Obtains a count.
   *
   * @param value the count, at least 0
   * @return the count, not null
   */
  public static Count of(long value) {
    return new Count(value);
  }

  @Override
  public Optional<CountRange> asCountRange() {
    return Optional.of(CountRange.exact(value));
  }

  @Override
  public String message(Locale locale) {
    return Display.count(value, locale);
  }
}
