package io.github.esspetiteenfance.indicator;

import io.github.esspetiteenfance.Fraction;
import java.math.BigInteger;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Returns what a count and a share imply, exactly, with rationals: the whole from a part and its
 * share, the part from a whole and a share.
 *
 * <p>The reasoning of an observatory reader, made exact. "233 ESS EAJE, 43 % of the EAJE of the
 * region", with 43 % rounded half up to the unit, means {@code 233 / N} in {@code [0.425, 0.435)},
 * that is {@code 233 / 0.435 < N <= 233 / 0.425}, so {@code N} in {@code [536, 548]}: every whole
 * count in that range fits, and no other does. No {@code double} is involved, so a bound that falls
 * exactly on an integer is handled right.
 *
 * <p>When the part (or the whole) is itself a range, the answer is the smallest range that holds
 * every possible value (the hull of the solutions). Each bound is checked to have a solution, by
 * walking from the bound inwards; the walk stops after {@value #MAX_STEPS} steps, and then the
 * unchecked bound is kept, which is still a sound (if looser) answer: it never excludes a possible
 * value. An empty answer means that no count at all fits: the figures contradict each other.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Implied {

  /** The number of candidate counts tried from each bound before keeping the unchecked bound. */
  public static final int MAX_STEPS = 100_000;

  private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

  private Implied() {}

  /**
   * Returns the whole counts {@code N} such that {@code x / N} is in {@code share} for a part
   * {@code x} in {@code part} (with {@code 1 <= N}).
   *
   * <pre>
   *   Implied.wholeFromPart(CountRange.exact(233), RoundedPercentage.ofUnit(43).interval());
   *   // [536, 548]
   * </pre>
   *
   * @param part the range of the part, not null
   * @param share the interval of the share, within {@code [0, 1]}; not null
   * @return the range of the whole, empty if no whole count fits
   */
  public static Optional<CountRange> wholeFromPart(CountRange part, RationalInterval share) {
    Objects.requireNonNull(part, "part");
    Objects.requireNonNull(share, "share");
    BigInteger a = BigInteger.valueOf(part.lower());
    BigInteger b = part.upper().isPresent() ? BigInteger.valueOf(part.upper().getAsLong()) : null;
    // lowest N: from the smallest part x that has a solution
    BigInteger x = a;
    Bounds first = null;
    for (int i = 0; i < MAX_STEPS && (b == null || x.compareTo(b) <= 0); i++) {
      Bounds n = wholeFor(x, share);
      if (n != null) {
        first = n;
        break;
      }
      x = x.add(BigInteger.ONE);
    }
    if (first == null) {
      if (b != null && x.compareTo(b) > 0) {
        return Optional.empty();
      }
      first = unchecked(wholeLow(x, share), null);
    }
    BigInteger low = first.low;
    // highest N: from the largest part x that has a solution
    BigInteger high;
    if (b == null) {
      high = null;
    } else {
      BigInteger y = b;
      Bounds last = null;
      for (int i = 0; i < MAX_STEPS && y.compareTo(a) >= 0; i++) {
        Bounds n = wholeFor(y, share);
        if (n != null) {
          last = n;
          break;
        }
        y = y.subtract(BigInteger.ONE);
      }
      high = last == null ? wholeHigh(y, share) : last.high;
    }
    return toRange(low, high);
  }

  /**
   * Returns the part counts {@code x} such that {@code x / N} is in {@code share} for a whole
   * {@code N} in {@code whole} (with {@code N >= 1}).
   *
   * <pre>
   *   Implied.partFromWhole(CountRange.exact(233), RoundedPercentage.ofUnit(80).interval());
   *   // [186, 187]
   * </pre>
   *
   * @param whole the range of the whole, not null
   * @param share the interval of the share, within {@code [0, 1]}; not null
   * @return the range of the part, empty if no part count fits
   */
  public static Optional<CountRange> partFromWhole(CountRange whole, RationalInterval share) {
    Objects.requireNonNull(whole, "whole");
    Objects.requireNonNull(share, "share");
    BigInteger c = BigInteger.valueOf(Math.max(1, whole.lower()));
    BigInteger d = whole.upper().isPresent() ? BigInteger.valueOf(whole.upper().getAsLong()) : null;
    if (d != null && d.compareTo(c) < 0) {
      return Optional.empty();
    }
    BigInteger n = c;
    Bounds first = null;
    for (int i = 0; i < MAX_STEPS && (d == null || n.compareTo(d) <= 0); i++) {
      first = partFor(n, share);
      if (first != null) {
        break;
      }
      n = n.add(BigInteger.ONE);
    }
    if (first == null) {
      if (d != null && n.compareTo(d) > 0) {
        return Optional.empty();
      }
      first = unchecked(partLow(n, share), null);
    }
    BigInteger low = first.low;
    BigInteger high;
    if (d == null) {
      high = share.upper().signum() == 0 ? BigInteger.ZERO : null;
    } else {
      BigInteger m = d;
      Bounds last = null;
      for (int i = 0; i < MAX_STEPS && m.compareTo(c) >= 0; i++) {
        last = partFor(m, share);
        if (last != null) {
          break;
        }
        m = m.subtract(BigInteger.ONE);
      }
      high = last == null ? partHigh(m, share) : last.high;
    }
    return toRange(low, high);
  }

  /**
   * Returns the whole counts in an interval of rationals: {@code [2.3, 5)} gives {@code [3, 4]}.
   *
   * @param interval the interval, not null
   * @return the integers, at least 0, empty if there is none
   */
  public static Optional<CountRange> integersIn(RationalInterval interval) {
    BigInteger lo =
        interval.lowerClosed()
            ? interval.lower().ceiling()
            : interval.lower().floor().add(BigInteger.ONE);
    BigInteger hi =
        interval.upperClosed()
            ? interval.upper().floor()
            : interval.upper().ceiling().subtract(BigInteger.ONE);
    return toRange(lo.max(BigInteger.ZERO), hi);
  }

  // ------------------------------------------------------------------ whole from an exact part

  private record Bounds(BigInteger low, BigInteger high) {}

  private static Bounds unchecked(BigInteger low, BigInteger high) {
    return new Bounds(low, high);
  }

  /** The wholes N (low, high; high null if unbounded) for an exact part x, or null if none. */
  private static Bounds wholeFor(BigInteger x, RationalInterval share) {
    if (x.signum() == 0) {
      return share.contains(Fraction.ZERO) ? new Bounds(BigInteger.ONE, null) : null;
    }
    if (share.upper().signum() == 0) {
      return null;
    }
    BigInteger low = wholeLow(x, share);
    BigInteger high = wholeHigh(x, share);
    return high == null || low.compareTo(high) <= 0 ? new Bounds(low, high) : null;
  }

  private static BigInteger wholeLow(BigInteger x, RationalInterval share) {
    if (x.signum() == 0 || share.upper().signum() == 0) {
      return BigInteger.ONE;
    }
    Fraction bound = Fraction.of(x, BigInteger.ONE).dividedBy(share.upper());
    BigInteger n = share.upperClosed() ? bound.ceiling() : bound.floor().add(BigInteger.ONE);
    return n.max(x).max(BigInteger.ONE);
  }

  private static BigInteger wholeHigh(BigInteger x, RationalInterval share) {
    if (share.lower().signum() == 0) {
      return null;
    }
    Fraction bound = Fraction.of(x, BigInteger.ONE).dividedBy(share.lower());
    return share.lowerClosed() ? bound.floor() : bound.ceiling().subtract(BigInteger.ONE);
  }

  // ------------------------------------------------------------------ part from an exact whole

  /** The parts x (low, high) for an exact whole n >= 1, or null if none. */
  private static Bounds partFor(BigInteger n, RationalInterval share) {
    BigInteger low = partLow(n, share);
    BigInteger high = partHigh(n, share);
    return low.compareTo(high) <= 0 ? new Bounds(low, high) : null;
  }

  private static BigInteger partLow(BigInteger n, RationalInterval share) {
    Fraction bound = share.lower().times(Fraction.of(n, BigInteger.ONE));
    BigInteger x = share.lowerClosed() ? bound.ceiling() : bound.floor().add(BigInteger.ONE);
    return x.max(BigInteger.ZERO);
  }

  private static BigInteger partHigh(BigInteger n, RationalInterval share) {
    Fraction bound = share.upper().times(Fraction.of(n, BigInteger.ONE));
    BigInteger x = share.upperClosed() ? bound.floor() : bound.ceiling().subtract(BigInteger.ONE);
    return x.min(n);
  }

  private static Optional<CountRange> toRange(BigInteger low, BigInteger high) {
    if (high != null && high.compareTo(low) < 0) {
      return Optional.empty();
    }
    if (low.compareTo(LONG_MAX) > 0) {
      return Optional.empty();
    }
    OptionalLong upper =
        high == null || high.compareTo(LONG_MAX) > 0
            ? OptionalLong.empty()
            : OptionalLong.of(high.longValueExact());
    return Optional.of(new CountRange(low.longValueExact(), upper));
  }
}
