package io.github.esspetiteenfance;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An exact rational number, kept as a reduced numerator over a positive denominator: the one
 * rational type of the library, for the shares and implied ranges of indicators and the PSU rates
 * (taux de facturation, occupancy), with no floating point and no rounding. Being reduced, two
 * fractions are {@link #equals(Object) equal} exactly when {@link #compareTo(Fraction)} is zero
 * ({@code 2/4} equals {@code 1/2}).
 *
 * <p>A published "43 %" means a true share in {@code [85/200, 87/200)}; {@code 233 / N} in that
 * interval gives {@code N} in {@code [536, 548]} only if the division is exact, which {@code
 * double} does not guarantee near the bounds. Every computation of the package goes through this
 * class; rounding happens only for display, in {@link #toBigDecimal(int, RoundingMode)} and {@link
 * #toPercent(int, RoundingMode)}.
 *
 * <pre>
 *   Fraction.of(233, 540).toPercent(1, RoundingMode.HALF_UP);   // 43.1
 *   Fraction.of(new BigDecimal("0.425"));                        // 17/40
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Fraction implements Comparable<Fraction> {

  /** Zero, {@code 0/1}. */
  public static final Fraction ZERO = new Fraction(BigInteger.ZERO, BigInteger.ONE);

  /** One, {@code 1/1}. */
  public static final Fraction ONE = new Fraction(BigInteger.ONE, BigInteger.ONE);

  private static final BigInteger HUNDRED = BigInteger.valueOf(100);

  private final BigInteger numerator;
  private final BigInteger denominator;

  private Fraction(BigInteger numerator, BigInteger denominator) {
    this.numerator = numerator;
    this.denominator = denominator;
  }

  /**
   * Obtains a fraction from a numerator and a denominator, reduced.
   *
   * @param numerator the numerator, not null
   * @param denominator the denominator, not null, not zero
   * @return the reduced fraction, with a positive denominator; not null
   * @throws InvalidValueException with code {@link CommonErrorCode#ZERO_DENOMINATOR} if the
   *     denominator is zero
   */
  public static Fraction of(BigInteger numerator, BigInteger denominator) {
    Objects.requireNonNull(numerator, "numerator");
    Objects.requireNonNull(denominator, "denominator");
    if (denominator.signum() == 0) {
      throw new InvalidValueException(CommonErrorCode.ZERO_DENOMINATOR, "denominator", denominator);
    }
    BigInteger gcd = numerator.gcd(denominator);
    BigInteger n = numerator.divide(gcd);
    BigInteger d = denominator.divide(gcd);
    if (d.signum() < 0) {
      n = n.negate();
      d = d.negate();
    }
    return new Fraction(n, d);
  }

  /**
   * Obtains a fraction from a numerator and a denominator, reduced.
   *
   * @param numerator the numerator
   * @param denominator the denominator, not zero
   * @return the reduced fraction, not null
   * @throws InvalidValueException with code {@link CommonErrorCode#ZERO_DENOMINATOR} if the
   *     denominator is zero
   */
  public static Fraction of(long numerator, long denominator) {
    return of(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
  }

  /**
   * Obtains the fraction equal to an integer.
   *
   * @param value the integer
   * @return {@code value/1}, not null
   */
  public static Fraction of(long value) {
    return new Fraction(BigInteger.valueOf(value), BigInteger.ONE);
  }

  /**
   * Obtains the fraction exactly equal to a decimal number: {@code 0.425} gives {@code 17/40}.
   *
   * @param value the decimal, not null
   * @return the fraction, not null
   */
  public static Fraction of(BigDecimal value) {
    Objects.requireNonNull(value, "value");
    if (value.scale() <= 0) {
      return new Fraction(value.toBigIntegerExact(), BigInteger.ONE);
    }
    return of(value.unscaledValue(), BigInteger.TEN.pow(value.scale()));
  }

  /**
   * Obtains the exact quotient of two decimals: {@code of(1135, 1000)} gives {@code 227/200}.
   *
   * @param numerator the numerator, not null
   * @param denominator the denominator, not null, not zero
   * @return the reduced fraction, not null
   * @throws InvalidValueException with code {@link CommonErrorCode#ZERO_DENOMINATOR} if the
   *     denominator is zero
   */
  public static Fraction of(BigDecimal numerator, BigDecimal denominator) {
    Objects.requireNonNull(denominator, "denominator");
    if (denominator.signum() == 0) {
      throw new InvalidValueException(CommonErrorCode.ZERO_DENOMINATOR, "denominator", denominator);
    }
    return of(numerator).dividedBy(of(denominator));
  }

  /**
   * Obtains the fraction equal to a percentage: {@code 42.5} gives {@code 17/40}.
   *
   * @param percent the percentage, not null
   * @return {@code percent / 100}, not null
   */
  public static Fraction ofPercent(BigDecimal percent) {
    return of(percent).dividedBy(of(100));
  }

  /**
   * Obtains a fraction from its text, the inverse of {@link #toString()}: {@code "17/40"}, or an
   * integer such as {@code "3"}.
   *
   * @param text the text, not null
   * @return the fraction, not null
   * @throws InvalidValueException with code {@link CommonErrorCode#FRACTION_FORMAT} if the text is
   *     not of the form {@code n/d} or {@code n}, or {@link CommonErrorCode#ZERO_DENOMINATOR}
   */
  public static Fraction parse(String text) {
    Objects.requireNonNull(text, "text");
    int slash = text.indexOf('/');
    try {
      if (slash < 0) {
        return new Fraction(new BigInteger(text.strip()), BigInteger.ONE);
      }
      return of(
          new BigInteger(text.substring(0, slash).strip()),
          new BigInteger(text.substring(slash + 1).strip()));
    } catch (NumberFormatException e) {
      throw new InvalidValueException(CommonErrorCode.FRACTION_FORMAT, "fraction", text);
    }
  }

  /**
   * Returns the numerator of the reduced fraction.
   *
   * @return the numerator, not null
   */
  public BigInteger numerator() {
    return numerator;
  }

  /**
   * Returns the denominator of the reduced fraction.
   *
   * @return the denominator, positive, not null
   */
  public BigInteger denominator() {
    return denominator;
  }

  /**
   * Returns the sign of this fraction.
   *
   * @return -1, 0 or 1
   */
  public int signum() {
    return numerator.signum();
  }

  /**
   * Returns the sum of this fraction and another.
   *
   * @param other the other fraction, not null
   * @return the exact sum, not null
   */
  public Fraction plus(Fraction other) {
    return of(
        numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
        denominator.multiply(other.denominator));
  }

  /**
   * Returns this fraction minus another.
   *
   * @param other the other fraction, not null
   * @return the exact difference, not null
   */
  public Fraction minus(Fraction other) {
    return plus(other.negate());
  }

  /**
   * Returns the opposite of this fraction.
   *
   * @return {@code -this}, not null
   */
  public Fraction negate() {
    return new Fraction(numerator.negate(), denominator);
  }

  /**
   * Returns the product of this fraction and another.
   *
   * @param other the other fraction, not null
   * @return the exact product, not null
   */
  public Fraction times(Fraction other) {
    return of(numerator.multiply(other.numerator), denominator.multiply(other.denominator));
  }

  /**
   * Returns this fraction divided by another.
   *
   * @param other the divisor, not null
   * @return the exact quotient, not null
   * @throws InvalidValueException with code {@link CommonErrorCode#ZERO_DENOMINATOR} if the divisor
   *     is zero
   */
  public Fraction dividedBy(Fraction other) {
    return of(numerator.multiply(other.denominator), denominator.multiply(other.numerator));
  }

  /**
   * Returns the largest integer less than or equal to this fraction.
   *
   * @return the floor, not null
   */
  public BigInteger floor() {
    BigInteger[] qr = numerator.divideAndRemainder(denominator);
    return qr[1].signum() < 0 ? qr[0].subtract(BigInteger.ONE) : qr[0];
  }

  /**
   * Returns the smallest integer greater than or equal to this fraction.
   *
   * @return the ceiling, not null
   */
  public BigInteger ceiling() {
    BigInteger[] qr = numerator.divideAndRemainder(denominator);
    return qr[1].signum() > 0 ? qr[0].add(BigInteger.ONE) : qr[0];
  }

  /**
   * Checks if this fraction is an integer.
   *
   * @return true if the reduced denominator is 1
   */
  public boolean isInteger() {
    return denominator.equals(BigInteger.ONE);
  }

  /**
   * Returns this fraction as a decimal rounded to a scale: the only place where the package rounds.
   *
   * @param scale the number of decimals
   * @param mode the rounding mode, not null
   * @return the rounded decimal, not null
   */
  public BigDecimal toBigDecimal(int scale, RoundingMode mode) {
    return new BigDecimal(numerator).divide(new BigDecimal(denominator), scale, mode);
  }

  /**
   * Returns this fraction as a percentage rounded to a scale: {@code 233/540} at scale 0 gives
   * {@code 43}.
   *
   * @param scale the number of decimals of the percentage
   * @param mode the rounding mode, not null
   * @return the rounded percentage, not null
   */
  public BigDecimal toPercent(int scale, RoundingMode mode) {
    return of(numerator.multiply(HUNDRED), denominator).toBigDecimal(scale, mode);
  }

  /**
   * Returns the smaller of this fraction and another.
   *
   * @param other the other fraction, not null
   * @return the smaller one (this one if equal), not null
   */
  public Fraction min(Fraction other) {
    return compareTo(other) <= 0 ? this : other;
  }

  /**
   * Returns the larger of this fraction and another.
   *
   * @param other the other fraction, not null
   * @return the larger one (this one if equal), not null
   */
  public Fraction max(Fraction other) {
    return compareTo(other) >= 0 ? this : other;
  }

  /**
   * Compares this fraction with another by value.
   *
   * @param other the other fraction, not null
   * @return negative, zero or positive as this is less than, equal to or greater than {@code other}
   */
  @Override
  public int compareTo(Fraction other) {
    return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
  }

  /**
   * Checks if this fraction is equal to another: same value.
   *
   * @param other the other object, may be null
   * @return true if the other is a fraction with the same value
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof Fraction that
        && numerator.equals(that.numerator)
        && denominator.equals(that.denominator);
  }

  /**
   * Returns a hash code for this fraction.
   *
   * @return a hash code of its reduced form
   */
  @Override
  public int hashCode() {
    return 31 * numerator.hashCode() + denominator.hashCode();
  }

  /**
   * Returns the reduced form of this fraction, such as {@code "17/40"}, or {@code "3"} for an
   * integer; {@link #parse(String)} accepts it back.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return isInteger() ? numerator.toString() : numerator + "/" + denominator;
  }
}
