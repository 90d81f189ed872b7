package io.github.esspetiteenfance.indicator;

import io.github.esspetiteenfance.CommonErrorCode;
import io.github.esspetiteenfance.InvalidValueException;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;

/**
 * A decimal quantity, such as full-time equivalents ({@code 143164.5}) or an amount of money, kept
 * as a {@link BigDecimal} with the scale it was given (never a {@code double}).
 *
 * <p>The unit is given by the indicator's {@link Measure}. Display rounds nothing: it shows the
 * value with its own scale.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param value the amount, not null, not negative
 */
public record Amount(BigDecimal value) implements IndicatorValue {

  /**
   * Creates an amount.
   *
   * @throws InvalidValueException with code {@link CommonErrorCode#NEGATIVE} if the value is
   *     negative
   */
  public Amount {
    Objects.requireNonNull(value, "value");
    if (value.signum() < 0) {
      throw new InvalidValueException(CommonErrorCode.NEGATIVE, "value", value);
    }
  }

  /**
   * Obtains an amount from its decimal text, such as {@code "153100"} or {@code "12.5"}.
   *
   * @param text the decimal text, not null
   * @return the amount, not null
   * @throws NumberFormatException if the text is not a decimal number
   */
  public static Amount of(String text) {
    return new Amount(new BigDecimal(text));
  }

  @Override
  public String message(Locale locale) {
    return Display.decimal(value, locale);
  }
}
