package io.github.esspetiteenfance.indicator;

import io.github.esspetiteenfance.CommonErrorCode;
import io.github.esspetiteenfance.Fraction;
import io.github.esspetiteenfance.InvalidValueException;
import io.github.esspetiteenfance.establishment.TrancheEffectif;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A count known only between two bounds, both inclusive: jobs read from Sirene headcount bands, the
 * number of establishments a rounded share implies, or an exact count (both bounds equal).
 *
 * <p>The upper bound may be unknown: the band {@code 53} (10 000 employees or more) has no upper
 * bound, and neither has the sum of anything with it. A sum of exact counts and ranges is a range
 * whose bounds are the sums of the bounds ({@link #plus(CountRange)}); it is exact only when every
 * term is.
 *
 * <pre>
 *   CountRange.exact(12).plus(CountRange.of(TrancheEffectif.FROM_1_TO_2));  // [13, 14]
 *   CountRange.of(TrancheEffectif.FROM_10000);                             // [10000, ..]
 * </pre>
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param lower the lower bound, at least 0
 * @param upper the upper bound, not below {@code lower}; empty if unbounded
 */
public record CountRange(long lower, OptionalLong upper) implements IndicatorValue {

  /** The exact count zero, {@code [0, 0]}: the neutral element of {@link #plus(CountRange)}. */
  public static final CountRange ZERO = new CountRange(0, OptionalLong.of(0));

  /** Every count, {@code [0, ..]}: nothing is known. */
  public static final CountRange UNKNOWN = new CountRange(0, OptionalLong.empty());

  /**
   * Creates a range.
   *
   * @throws InvalidValueException with code {@link CommonErrorCode#NEGATIVE} if the lower bound is
   *     negative, or {@link IndicatorErrorCode#RANGE_REVERSED} if the upper bound is below it
   */
  public CountRange {
    Objects.requireNonNull(upper, "upper");
    if (lower < 0) {
      throw new InvalidValueException(CommonErrorCode.NEGATIVE, "lower", lower);
    }
    if (upper.isPresent() && upper.getAsLong() < lower) {
      throw new InvalidValueException(
          IndicatorErrorCode.RANGE_REVERSED, "upper", upper.getAsLong(), lower);
    }
  }

  /**
   * Obtains an exact count.
   *
   * @param count the count, at least 0
   * @return {@code [count, count]}, not null
   */
  public static CountRange exact(long count) {
    return new CountRange(count, OptionalLong.of(count));
  }

  /**
   * Obtains a bounded range.
   *
   * @param lower the lower bound, at least 0
   * @param upper the upper bound, at least {@code lower}
   * @return {@code [lower, upper]}, not null
   */
  public static CountRange between(long lower, long upper) {
    return new CountRange(lower, OptionalLong.of(upper));
  }

  /**
   * Obtains a range with no upper bound.
   *
   * @param lower the lower bound, at least 0
   * @return {@code [lower, ..]}, not null
   */
  public static CountRange atLeast(long lower) {
    return new CountRange(lower, OptionalLong.empty());
  }

  /**
   * Obtains the salaried jobs a Sirene headcount band stands for: {@code 02} gives {@code [3, 5]},
   * {@code 53} gives {@code [10000, ..]}, {@code NN} and {@code 00} give {@code [0, 0]} (no
   * employee on 31 December). The bands are those of the {@code establishment} package.
   *
   * @param band the band, not null
   * @return the range, not null
   */
  public static CountRange of(TrancheEffectif band) {
    return band.upperBound().isPresent()
        ? between(band.lowerBound(), band.upperBound().getAsInt())
        : atLeast(band.lowerBound());
  }

  /**
   * Checks if this range holds one count only.
   *
   * @return true if both bounds are known and equal
   */
  public boolean isExact() {
    return upper.isPresent() && upper.getAsLong() == lower;
  }

  /**
   * Checks if this range has an upper bound.
   *
   * @return true if the upper bound is known
   */
  public boolean isBounded() {
    return upper.isPresent();
  }

  /**
   * Returns the sum of this range and another: the sum of the lower bounds and the sum of the upper
   * bounds (unbounded if either is).
   *
   * @param other the other range, not null
   * @return the sum, not null
   * @throws ArithmeticException if a bound overflows a {@code long}
   */
  public CountRange plus(CountRange other) {
    long lo = Math.addExact(lower, other.lower);
    if (upper.isPresent() && other.upper.isPresent()) {
      return new CountRange(
          lo, OptionalLong.of(Math.addExact(upper.getAsLong(), other.upper.getAsLong())));
    }
    return new CountRange(lo, OptionalLong.empty());
  }

  /**
   * Returns the range of the difference {@code this - other}, where {@code other} counts a part of
   * what this range counts: {@code [max(0, lower - other.upper), upper - other.lower]}.
   *
   * @param part the range of the part, not null
   * @return the range of the rest, not null; empty if the part cannot fit in this range
   */
  public Optional<CountRange> minusPart(CountRange part) {
    long lo = part.upper.isPresent() ? Math.max(0, lower - part.upper.getAsLong()) : 0;
    if (upper.isEmpty()) {
      return Optional.of(new CountRange(lo, OptionalLong.empty()));
    }
    long hi = upper.getAsLong() - part.lower;
    return hi < lo ? Optional.empty() : Optional.of(new CountRange(lo, OptionalLong.of(hi)));
  }

  /**
   * Checks if a count is in this range.
   *
   * @param count the count
   * @return true if {@code lower <= count <= upper}
   */
  public boolean contains(long count) {
    return count >= lower && (upper.isEmpty() || count <= upper.getAsLong());
  }

  /**
   * Returns the counts this range and another have in common.
   *
   * @param other the other range, not null
   * @return the intersection, empty if they have no count in common
   */
  public Optional<CountRange> intersect(CountRange other) {
    long lo = Math.max(lower, other.lower);
    OptionalLong hi;
    if (upper.isPresent() && other.upper.isPresent()) {
      hi = OptionalLong.of(Math.min(upper.getAsLong(), other.upper.getAsLong()));
    } else {
      hi = upper.isPresent() ? upper : other.upper;
    }
    if (hi.isPresent() && hi.getAsLong() < lo) {
      return Optional.empty();
    }
    return Optional.of(new CountRange(lo, hi));
  }

  /**
   * Returns the interval of the ratios {@code this / whole}: {@code [lower / whole.upper, upper /
   * whole.lower]}, clipped to {@code [0, 1]} since this range counts a part of the whole.
   *
   * @param whole the range of the whole, not null, with a positive upper bound
   * @return the interval of the share, not null
   */
  public RationalInterval shareOf(CountRange whole) {
    Fraction lo =
        whole.upper.isEmpty() || whole.upper.getAsLong() == 0
            ? Fraction.ZERO
            : Fraction.of(lower, whole.upper.getAsLong());
    Fraction hi =
        upper.isEmpty() || whole.lower == 0
            ? Fraction.ONE
            : Fraction.of(upper.getAsLong(), whole.lower).min(Fraction.ONE);
    return RationalInterval.closed(lo.min(Fraction.ONE), hi.max(lo.min(Fraction.ONE)));
  }

  @Override
  public Optional<CountRange> asCountRange() {
    return Optional.of(this);
  }

  @Override
  public String message(Locale locale) {
    if (isExact()) {
      return Display.count(lower, locale);
    }
    String lo = Display.count(lower, locale);
    if (upper.isEmpty()) {
      return (Display.isFrench(locale) ? "au moins " : "at least ") + lo;
    }
    return lo + " – " + Display.count(upper.getAsLong(), locale);
  }

  /**
   * Returns the range as {@code [lower, upper]}, {@code [lower, ..]} if unbounded, or the count
   * alone if exact; {@link #parse(String)} accepts it back.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    if (isExact()) {
      return Long.toString(lower);
    }
    return "[" + lower + ", " + (upper.isPresent() ? Long.toString(upper.getAsLong()) : "..") + "]";
  }

  /**
   * Obtains a range from its text, the inverse of {@link #toString()}: {@code "12"}, {@code "[3,
   * 5]"} or {@code "[10000, ..]"}.
   *
   * @param text the text, not null
   * @return the range, not null
   * @throws InvalidValueException with code {@link IndicatorErrorCode#RANGE_FORMAT} if the text is
   *     not a range, or the codes of the constructor
   */
  public static CountRange parse(String text) {
    Objects.requireNonNull(text, "text");
    String t = text.strip();
    try {
      if (!t.startsWith("[")) {
        return exact(Long.parseLong(t));
      }
      if (!t.endsWith("]") || t.indexOf(',') < 0) {
        throw new InvalidValueException(IndicatorErrorCode.RANGE_FORMAT, "range", text);
      }
      String lo = t.substring(1, t.indexOf(',')).strip();
      String hi = t.substring(t.indexOf(',') + 1, t.length() - 1).strip();
      return "..".equals(hi)
          ? atLeast(Long.parseLong(lo))
          : between(Long.parseLong(lo), Long.parseLong(hi));
    } catch (NumberFormatException e) {
      throw new InvalidValueException(IndicatorErrorCode.RANGE_FORMAT, "range", text);
    }
  }
}
