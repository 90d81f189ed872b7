package io.github.esspetiteenfance.examples;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What a count and a share rounded to the unit imply, exactly (provisional: the {@code indicator}
 * package of core will provide it).
 */
final class ImpliedRanges {

  private static final BigDecimal HALF = new BigDecimal("0.5");
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private ImpliedRanges() {}

  /** Returns the whole counts {@code N} with {@code part / N} in {@code [p - 0.5 %, p + 0.5 %)}. */
  static long[] wholeFromPart(long part, BigDecimal percent) {
    BigDecimal low = percent.subtract(HALF).divide(HUNDRED);
    BigDecimal high = percent.add(HALF).divide(HUNDRED);
    BigDecimal x = BigDecimal.valueOf(part);
    // part / N < high  <=>  N > part / high ; part / N >= low  <=>  N <= part / low
    BigDecimal min = x.divide(high, 0, RoundingMode.FLOOR).add(BigDecimal.ONE);
    BigDecimal max = x.divide(low, 0, RoundingMode.FLOOR);
    return new long[] {min.longValueExact(), max.longValueExact()};
  }

  /** Returns the part counts {@code x} with {@code x / whole} in {@code [p - 0.5 %, p + 0.5 %)}. */
  static long[] partFromWhole(long whole, BigDecimal percent) {
    BigDecimal n = BigDecimal.valueOf(whole);
    BigDecimal low = percent.subtract(HALF).divide(HUNDRED).multiply(n);
    BigDecimal high = percent.add(HALF).divide(HUNDRED).multiply(n);
    BigDecimal min = low.setScale(0, RoundingMode.CEILING);
    BigDecimal max = high.setScale(0, RoundingMode.CEILING).subtract(BigDecimal.ONE);
    return new long[] {min.longValueExact(), max.longValueExact()};
  }
}
