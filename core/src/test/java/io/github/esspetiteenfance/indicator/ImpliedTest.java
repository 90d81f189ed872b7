package io.github.esspetiteenfance.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.esspetiteenfance.Fraction;
import io.github.esspetiteenfance.InvalidValueException;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Golden cases of the exact implied-range arithmetic, on the seed's figures. */
class ImpliedTest {

  @Test
  void wholeFromPart_233At43Percent_536To548() {
    RationalInterval share = RoundedPercentage.ofUnit(43).interval();
    assertThat(share)
        .isEqualTo(new RationalInterval(Fraction.of(17, 40), true, Fraction.of(87, 200), false));
    assertThat(Implied.wholeFromPart(CountRange.exact(233), share))
        .contains(CountRange.between(536, 548));
    // every N in the range rounds back to 43 %, and the neighbours do not
    for (long n = 536; n <= 548; n++) {
      assertThat(Share.of(233, n).percent(0)).isEqualByComparingTo("43");
    }
    assertThat(Share.of(233, 535).percent(0)).isEqualByComparingTo("44");
    assertThat(Share.of(233, 549).percent(0)).isEqualByComparingTo("42");
  }

  @Test
  void wholeFromPart_3239JobsAt47Percent_6819To6965() {
    assertThat(
            Implied.wholeFromPart(CountRange.exact(3239), RoundedPercentage.ofUnit(47).interval()))
        .contains(CountRange.between(6819, 6965));
  }

  @Test
  void partFromWhole_80PercentOf233_186To187() {
    assertThat(
            Implied.partFromWhole(CountRange.exact(233), RoundedPercentage.ofUnit(80).interval()))
        .contains(CountRange.between(186, 187));
  }

  @Test
  void wholeFromPart_noIntegerFits_empty() {
    // 1 out of N in [30 %, 32 %]: 1/3 is above, 1/4 below
    RationalInterval share = RationalInterval.closed(Fraction.of(30, 100), Fraction.of(32, 100));
    assertThat(Implied.wholeFromPart(CountRange.exact(1), share)).isEmpty();
  }

  @Test
  void partFromWhole_noIntegerFits_empty() {
    // 50 % (exactly) of 3
    assertThat(
            Implied.partFromWhole(CountRange.exact(3), RationalInterval.exactly(Fraction.of(1, 2))))
        .isEmpty();
  }

  @Test
  void wholeFromPart_boundOnAnInteger_halfUpExcludesIt() {
    // 1 at 50 % rounded half up: [49.5 %, 50.5 %) -> N = 2 only; 1/1.98..
    assertThat(Implied.wholeFromPart(CountRange.exact(1), RoundedPercentage.ofUnit(50).interval()))
        .contains(CountRange.exact(2));
    // 17 at 42.5 % exactly (step 0.1, half up): 17/40 -> N = 40 only
    RoundedPercentage p = RoundedPercentage.of("42.5", "0.1", Rounding.HALF_UP);
    assertThat(Implied.wholeFromPart(CountRange.exact(17), p.interval()))
        .contains(CountRange.exact(40));
  }

  @Test
  void wholeFromPart_zeroShareUnbounded() {
    assertThat(Implied.wholeFromPart(CountRange.exact(0), RoundedPercentage.ofUnit(0).interval()))
        .contains(CountRange.atLeast(1));
    assertThat(Implied.wholeFromPart(CountRange.exact(3), RoundedPercentage.ofUnit(0).interval()))
        .contains(CountRange.atLeast(601));
  }

  @Test
  void wholeFromPart_rangeOfParts_hull() {
    RationalInterval share = RoundedPercentage.ofUnit(43).interval();
    assertThat(Implied.wholeFromPart(CountRange.between(233, 234), share))
        .contains(CountRange.between(536, 550));
    assertThat(Implied.wholeFromPart(CountRange.atLeast(233), share))
        .contains(CountRange.atLeast(536));
  }

  @Test
  void integersIn_openAndClosedBounds() {
    assertThat(
            Implied.integersIn(new RationalInterval(Fraction.of(2), false, Fraction.of(5), false)))
        .contains(CountRange.between(3, 4));
    assertThat(Implied.integersIn(RationalInterval.closed(Fraction.of(2), Fraction.of(5))))
        .contains(CountRange.between(2, 5));
    assertThat(
            Implied.integersIn(
                new RationalInterval(Fraction.of(21, 10), true, Fraction.of(29, 10), true)))
        .isEqualTo(Optional.empty());
  }

  @Test
  void roundedCount_about4000_stepThousand() {
    assertThat(new RoundedCount(4000, 1000, Rounding.NEAREST).range())
        .isEqualTo(CountRange.between(3500, 4500));
    assertThat(new RoundedCount(4000, 100, Rounding.HALF_UP).range())
        .isEqualTo(CountRange.between(3950, 4049));
  }

  @Test
  void roundedPercentage_threeOutOfTen_interval() {
    RoundedPercentage p = RoundedPercentage.of("30", "10", Rounding.NEAREST);
    assertThat(p.interval())
        .isEqualTo(RationalInterval.closed(Fraction.of(1, 4), Fraction.of(7, 20)));
    assertThat(p.isRoundingOf(Fraction.of(3, 10))).isTrue();
  }

  @Test
  void roundedPercentage_notMultipleOfStep_rejected() {
    assertThatThrownBy(() -> RoundedPercentage.of("43", "10", Rounding.NEAREST))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.code()).isEqualTo(IndicatorErrorCode.STEP_INVALID.code()));
    assertThatThrownBy(() -> RoundedPercentage.of("101", "1", Rounding.NEAREST))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.code()).isEqualTo(IndicatorErrorCode.PERCENT_OUT_OF_RANGE.code()));
  }

  @Test
  void roundedPercentage_edges_clippedToZeroAndOne() {
    assertThat(RoundedPercentage.ofUnit(0).interval())
        .isEqualTo(new RationalInterval(Fraction.ZERO, true, Fraction.of(1, 200), false));
    assertThat(RoundedPercentage.ofUnit(100).interval())
        .isEqualTo(RationalInterval.closed(Fraction.of(199, 200), Fraction.ONE));
  }

  @Test
  void fraction_exactDecimal() {
    assertThat(Fraction.of(new BigDecimal("0.425"))).isEqualTo(Fraction.of(17, 40));
    assertThat(Fraction.parse("34/80")).isEqualTo(Fraction.of(17, 40));
    assertThat(Fraction.parse(Fraction.of(-7, 3).toString())).isEqualTo(Fraction.of(-7, 3));
    assertThat(Fraction.of(-7, 3).floor()).hasToString("-3");
    assertThat(Fraction.of(-7, 3).ceiling()).hasToString("-2");
    assertThat(Fraction.of(233, 540).toPercent(1, java.math.RoundingMode.HALF_UP))
        .isEqualByComparingTo("43.1");
  }
}
