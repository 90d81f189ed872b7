package io.github.esspetiteenfance.regulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.github.esspetiteenfance.Fraction;
import io.github.esspetiteenfance.InvalidValueException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/** The one weekly-occupancy formula of the library (CSP R2324-27) and its rounding. */
class WeeklyOccupancyTest {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  @Test
  void limitIs100PercentInclusive_andTheComparisonIsExact() {
    // 10 places, 50 h open: 500 child-hours is exactly 100 %
    WeeklyOccupancy full = new WeeklyOccupancy(new BigDecimal("500"), new BigDecimal("50"));
    assertThat(full.rate(10)).isEqualTo(Fraction.ONE);
    assertThat(full.ratePercent(10)).isEqualByComparingTo("100");
    assertThat(full.isAbove(10, HUNDRED)).isFalse();
    // 100.002 %: shown as 100.00 (rounded for display), but above the limit (exact comparison)
    WeeklyOccupancy over = new WeeklyOccupancy(new BigDecimal("500.01"), new BigDecimal("50"));
    assertThat(over.ratePercent(10)).isEqualByComparingTo("100.00");
    assertThat(over.isAbove(10, HUNDRED)).isTrue();
    assertThat(new WeeklyOccupancy(BigDecimal.ZERO, BigDecimal.TEN).isAbove(1, HUNDRED)).isFalse();
    assertThatThrownBy(() -> full.rate(0)).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> new WeeklyOccupancy(BigDecimal.ONE, BigDecimal.ZERO))
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void isAbove_agreesWithTheExactRate_andThePercentIsWithinHalfAHundredth() {
    qt().withExamples(1000)
        .forAll(
            Generate.range(0, 200_000).map(i -> BigDecimal.valueOf(i, 2)),
            Generate.range(1, 80),
            Generate.range(1, 3_000).map(i -> BigDecimal.valueOf(i, 1)))
        .checkAssert(
            (hours, places, opening) -> {
              WeeklyOccupancy week = new WeeklyOccupancy(hours, opening);
              boolean fits = hours.compareTo(opening.multiply(BigDecimal.valueOf(places))) <= 0;
              assertThat(week.isAbove(places, HUNDRED)).isEqualTo(!fits);
              assertThat(week.rate(places).compareTo(Fraction.ONE) <= 0).isEqualTo(fits);
              BigDecimal exact = week.rate(places).toPercent(12, java.math.RoundingMode.HALF_UP);
              assertThat(week.ratePercent(places).subtract(exact).abs())
                  .isLessThanOrEqualTo(new BigDecimal("0.005"));
            });
  }
}
