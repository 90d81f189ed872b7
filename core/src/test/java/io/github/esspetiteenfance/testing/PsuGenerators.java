package io.github.esspetiteenfance.testing;

import io.github.esspetiteenfance.Fraction;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** QuickTheories generators for the {@code psu} package. */
public final class PsuGenerators {

  /** The first generated date: the first day of the 2014 billing regime. */
  public static final LocalDate FIRST = LocalDate.of(2014, 1, 1);

  /** The last generated date. */
  public static final LocalDate LAST = LocalDate.of(2027, 12, 31);

  private PsuGenerators() {}

  /**
   * Returns dates from {@link #FIRST} to {@link #LAST}.
   *
   * @return the generator
   */
  public static Gen<LocalDate> dates() {
    return Generate.range(0, (int) ChronoUnit.DAYS.between(FIRST, LAST)).map(FIRST::plusDays);
  }

  /**
   * Returns hours from 0 to {@code max}, by hundredths.
   *
   * @param max the largest number of hours
   * @return the generator
   */
  public static Gen<BigDecimal> hours(int max) {
    return Generate.longRange(0, max * 100L).map(h -> BigDecimal.valueOf(h, 2));
  }

  /**
   * Returns hours from 0.01 to {@code max}, by hundredths.
   *
   * @param max the largest number of hours
   * @return the generator
   */
  public static Gen<BigDecimal> positiveHours(int max) {
    return Generate.longRange(1, max * 100L).map(h -> BigDecimal.valueOf(h, 2));
  }

  /**
   * Returns taux de facturation from 0 % to 200 %, concentrated around the 107 %, 117 % and 120 %
   * boundaries, as exact ratios of hours.
   *
   * @return the generator
   */
  public static Gen<Fraction> tauxDeFacturation() {
    Gen<BigDecimal> anywhere = Generate.range(0, 200_000).map(i -> BigDecimal.valueOf(i, 5));
    Gen<BigDecimal> nearBounds =
        Generate.pick(java.util.List.of("1.07", "1.17", "1.20"))
            .zip(
                Generate.range(-100, 100),
                (b, d) -> new BigDecimal(b).add(BigDecimal.valueOf(d, 5)));
    return anywhere
        .mix(nearBounds, 50)
        .zip(
            Generate.range(1, 5000),
            (rate, realised) -> {
              BigDecimal r = BigDecimal.valueOf(realised);
              return Fraction.of(rate.multiply(r), r);
            });
  }
}
