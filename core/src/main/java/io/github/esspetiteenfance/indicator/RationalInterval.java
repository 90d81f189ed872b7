package io.github.esspetiteenfance.indicator;

import io.github.esspetiteenfance.Fraction;
import io.github.esspetiteenfance.InvalidValueException;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

/**
 * A non-empty interval of rational numbers with exact bounds, each closed or open: the set of true
 * values a rounded figure stands for.
 *
 * <p>"43 %" rounded half up stands for {@code [17/40, 87/200)} (42.5 % included, 43.5 % excluded);
 * "43 %" whose tie rule is unknown stands for the closed {@code [17/40, 87/200]}.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param lower the lower bound, not null
 * @param lowerClosed true if the lower bound belongs to the interval
 * @param upper the upper bound, not null, not below {@code lower}
 * @param upperClosed true if the upper bound belongs to the interval
 */
public record RationalInterval(
    Fraction lower, boolean lowerClosed, Fraction upper, boolean upperClosed) {

  /**
   * Creates an interval.
   *
   * @throws InvalidValueException with code {@link IndicatorErrorCode#INTERVAL_EMPTY} if the
   *     interval holds no value (upper below lower, or equal bounds not both closed)
   */
  public RationalInterval {
    Objects.requireNonNull(lower, "lower");
    Objects.requireNonNull(upper, "upper");
    int c = lower.compareTo(upper);
    if (c > 0 || (c == 0 && !(lowerClosed && upperClosed))) {
      throw new InvalidValueException(
          IndicatorErrorCode.INTERVAL_EMPTY,
          "upper",
          upper,
          (lowerClosed ? "[" : "(") + lower + ", " + upper + (upperClosed ? "]" : ")"));
    }
  }

  /**
   * Obtains the closed interval {@code [lower, upper]}.
   *
   * @param lower the lower bound, not null
   * @param upper the upper bound, not null, not below {@code lower}
   * @return the interval, not null
   */
  public static RationalInterval closed(Fraction lower, Fraction upper) {
    return new RationalInterval(lower, true, upper, true);
  }

  /**
   * Obtains the interval that holds one value.
   *
   * @param value the value, not null
   * @return {@code [value, value]}, not null
   */
  public static RationalInterval exactly(Fraction value) {
    return closed(value, value);
  }

  /**
   * Checks if this interval holds exactly one value.
   *
   * @return true if the bounds are equal
   */
  public boolean isExact() {
    return lower.equals(upper);
  }

  /**
   * Checks if a value is in this interval.
   *
   * @param value the value, not null
   * @return true if the value is between the bounds, as closed or open as they are
   */
  public boolean contains(Fraction value) {
    int lo = value.compareTo(lower);
    int hi = value.compareTo(upper);
    return (lo > 0 || (lo == 0 && lowerClosed)) && (hi < 0 || (hi == 0 && upperClosed));
  }

  /**
   * Returns the values this interval and another have in common.
   *
   * @param other the other interval, not null
   * @return the intersection, empty if they have no value in common
   */
  public Optional<RationalInterval> intersect(RationalInterval other) {
    Fraction lo;
    boolean loClosed;
    int c = lower.compareTo(other.lower);
    if (c > 0) {
      lo = lower;
      loClosed = lowerClosed;
    } else if (c < 0) {
      lo = other.lower;
      loClosed = other.lowerClosed;
    } else {
      lo = lower;
      loClosed = lowerClosed && other.lowerClosed;
    }
    Fraction hi;
    boolean hiClosed;
    int d = upper.compareTo(other.upper);
    if (d < 0) {
      hi = upper;
      hiClosed = upperClosed;
    } else if (d > 0) {
      hi = other.upper;
      hiClosed = other.upperClosed;
    } else {
      hi = upper;
      hiClosed = upperClosed && other.upperClosed;
    }
    int e = lo.compareTo(hi);
    if (e > 0 || (e == 0 && !(loClosed && hiClosed))) {
      return Optional.empty();
    }
    return Optional.of(new RationalInterval(lo, loClosed, hi, hiClosed));
  }

  /**
   * Checks if this interval and another have a value in common.
   *
   * @param other the other interval, not null
   * @return true if they intersect
   */
  public boolean intersects(RationalInterval other) {
    return intersect(other).isPresent();
  }

  /**
   * Returns this interval written in percent, rounded outwards to a scale, such as {@code [42.5 %,
   * 43.5 %)}.
   *
   * @param scale the number of decimals of the percentages
   * @return the text, not null
   */
  public String toPercentText(int scale) {
    return (lowerClosed ? "[" : "(")
        + lower.toPercent(scale, RoundingMode.FLOOR).toPlainString()
        + " %, "
        + upper.toPercent(scale, RoundingMode.CEILING).toPlainString()
        + " %"
        + (upperClosed ? "]" : ")");
  }

  /**
   * Returns the interval with its exact bounds, such as {@code [17/40, 87/200)}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return (lowerClosed ? "[" : "(") + lower + ", " + upper + (upperClosed ? "]" : ")");
  }
}
