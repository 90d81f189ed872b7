package io.github.esspetiteenfance.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.esspetiteenfance.Fraction;
import io.github.esspetiteenfance.indicator.Amount;
import io.github.esspetiteenfance.indicator.Count;
import io.github.esspetiteenfance.indicator.CountRange;
import io.github.esspetiteenfance.indicator.RationalInterval;
import io.github.esspetiteenfance.indicator.RoundedPercentage;
import io.github.esspetiteenfance.indicator.Rounding;
import io.github.esspetiteenfance.indicator.Share;
import io.github.esspetiteenfance.indicator.ShareRange;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

/** The values of the panorama's CSV and JSON outputs are data, not Java's record text. */
class PanoramaOutputTest {

  @Test
  void data_ofEachKindOfValue() {
    assertThat(PanoramaOutput.data(Count.of(434))).isEqualTo("434");
    assertThat(PanoramaOutput.data(Amount.of("12.50"))).isEqualTo("12.50");
    assertThat(PanoramaOutput.data(CountRange.between(186, 187))).isEqualTo("[186, 187]");
    assertThat(PanoramaOutput.data(CountRange.atLeast(3))).isEqualTo("[3, ..]");
    assertThat(PanoramaOutput.data(Share.of(5, 10))).isEqualTo("0.5");
    assertThat(PanoramaOutput.data(Share.of(1, 3))).isEqualTo("0.333333");
    assertThat(PanoramaOutput.data(Share.of(10, 10))).isEqualTo("1");
    assertThat(PanoramaOutput.data(RoundedPercentage.of("43", "1", Rounding.HALF_UP)))
        .isEqualTo("0.43");
    assertThat(
            PanoramaOutput.data(
                ShareRange.of(
                    new RationalInterval(Fraction.of(17, 40), true, Fraction.of(7, 16), false))))
        .isEqualTo("[0.425, 0.4375]");
  }

  @Test
  void data_ofAShare_isItsFractionToSixPlaces() {
    qt().forAll(longs().between(0, 100_000), longs().between(1, 100_000))
        .checkAssert(
            (any, d) ->
                assertThat(new BigDecimal(PanoramaOutput.data(Share.of(any % (d + 1), d))))
                    .isEqualByComparingTo(
                        BigDecimal.valueOf(any % (d + 1))
                            .divide(BigDecimal.valueOf(d), 6, RoundingMode.HALF_EVEN)));
  }

  @Test
  void data_ofACount_isTheInteger() {
    qt().forAll(longs().between(0, Long.MAX_VALUE))
        .checkAssert(
            n -> assertThat(Long.parseLong(PanoramaOutput.data(Count.of(n)))).isEqualTo(n));
  }
}
