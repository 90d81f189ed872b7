package io.github.esspetiteenfance.psu;

import io.github.esspetiteenfance.CommonErrorCode;
import io.github.esspetiteenfance.InvalidValueException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An exact, non-negative rate kept as a numerator and a denominator, such as {@code hours billed /
 * hours realised}.
 *
 * <p>Comparisons ({@link #compareTo(Ratio)}) are exact (by cross-multiplication); no rounding ever
 * decides a band or a limit. {@link #value()} gives a decimal at scale {@value #SCALE} and {@link
 * #percent()} a percentage at scale 2, both rounded half-up, for display.
 *
 * <p>Like {@link BigDecimal}, {@code equals} compares the components ({@code 1/2} is not equal to
 * {@code 2/4}) while {@code compareTo} compares the values: use {@code compareTo} for values.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param numerator the numerator, not negative; not null
 * @param denominator the denominator, greater than zero; not null
 */
public record Ratio(BigDecimal numerator, BigDecimal denominator) implements Comparable<Ratio> {

  /** The scale of {@link #value()}. */
  public static final int SCALE = 10;

  /** The ratio 1, that is 100 %. */
  public static final Ratio ONE = new Ratio(BigDecimal.ONE, BigDecimal.ONE);

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /**
   * Creates a ratio.
   *
   * @throws InvalidValueException if the numerator is negative or the denominator not positive
   */
  public Ratio {
    Objects.requireNonNull(numerator, "numerator");
    Objects.requireNonNull(denominator, "denominator");
    if (numerator.signum() < 0) {
      throw new InvalidValueException(CommonErrorCode.NEGATIVE, "numerator", numerator);
    }
    if (denominator.signum() <= 0) {
      throw new InvalidValueException(CommonErrorCode.NOT_POSITIVE, "denominator", denominator);
    }
  }

  /**
   * Obtains a ratio.
   *
   * @param numerator the numerator, not negative; not null
   * @param denominator the denominator, greater than zero; not null
   * @return the ratio, not null
   * @throws InvalidValueException if the numerator is negative or the denominator not positive
   */
  public static Ratio of(BigDecimal numerator, BigDecimal denominator) {
    return new Ratio(numerator, denominator);
  }

  /**
   * Obtains a ratio from a percentage, such as {@code "107"} for 107 %.
   *
   * @param percent the percentage, as text, not negative; not null
   * @return the ratio {@code percent / 100}, not null
   * @throws NumberFormatException if the text is not a number
   * @throws InvalidValueException if the percentage is negative
   */
  public static Ratio ofPercent(String percent) {
    return new Ratio(new BigDecimal(percent), HUNDRED);
  }

  /**
   * Compares the values of two ratios, exactly.
   *
   * @param other the other ratio, not null
   * @return negative, zero or positive as this value is less than, equal to or greater than the
   *     other
   */
  @Override
  public int compareTo(Ratio other) {
    return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
  }

  /**
   * Returns the value as a decimal, rounded half-up to {@value #SCALE} decimals.
   *
   * @return the value, such as {@code 1.0700000000}; not null
   */
  public BigDecimal value() {
    return numerator.divide(denominator, SCALE, RoundingMode.HALF_UP);
  }

  /**
   * Returns the value as a percentage rounded half-up to two decimals, for display.
   *
   * @return the percentage, such as {@code 107.00}; not null
   */
  public BigDecimal percent() {
    return numerator.multiply(HUNDRED).divide(denominator, 2, RoundingMode.HALF_UP);
  }

  /** Returns the ratio as {@code numerator/denominator}. */
  @Override
  public String toString() {
    return numerator.toPlainString() + "/" + denominator.toPlainString();
  }
}
