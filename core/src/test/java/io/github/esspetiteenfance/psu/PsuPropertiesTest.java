package io.github.esspetiteenfance.psu;

import static io.github.esspetiteenfance.testing.PsuGenerators.dates;
import static io.github.esspetiteenfance.testing.PsuGenerators.hours;
import static io.github.esspetiteenfance.testing.PsuGenerators.positiveHours;
import static io.github.esspetiteenfance.testing.PsuGenerators.tauxDeFacturation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/** Properties of the PSU rates and bands, 1,000 examples each. */
class PsuPropertiesTest {

  @Test
  void tauxDeFacturation_isAtLeastOneIffBilledIsAtLeastRealised() {
    qt().withExamples(1000)
        .forAll(hours(100_000), positiveHours(100_000))
        .checkAssert(
            (billed, realised) -> {
              PsuIndicator t =
                  new ActivityReport(billed, realised, 1, BigDecimal.ONE).tauxDeFacturation();
              assertThat(t.value().compareTo(Ratio.ONE) >= 0)
                  .isEqualTo(billed.compareTo(realised) >= 0);
            });
  }

  @Test
  void tauxOccupation_isAtMostOneIffRealisedFitsThePlaces() {
    qt().withExamples(1000)
        .forAll(hours(200_000), Generate.range(1, 80), positiveHours(3_000))
        .checkAssert(
            (realised, places, opening) -> {
              ActivityReport report = new ActivityReport(realised, realised, places, opening);
              boolean fits = realised.compareTo(opening.multiply(BigDecimal.valueOf(places))) <= 0;
              assertThat(report.tauxOccupation().value().compareTo(Ratio.ONE) <= 0).isEqualTo(fits);
              assertThat(report.tauxOccupationFinancier().value())
                  .isEqualByComparingTo(report.tauxOccupation().value());
              WeeklyOccupancy week = new WeeklyOccupancy(realised, places, opening);
              assertThat(week.isWithinLimit()).isEqualTo(fits);
            });
  }

  @Test
  void band_isMonotoneInTheRate_andTheFractionToo() {
    qt().withExamples(1000)
        .forAll(dates(), tauxDeFacturation(), tauxDeFacturation())
        .checkAssert(
            (date, a, b) -> {
              Ratio low = a.compareTo(b) <= 0 ? a : b;
              Ratio high = a.compareTo(b) <= 0 ? b : a;
              BillingBandPosition pl = BillingRateBands.classify(date, low);
              BillingBandPosition ph = BillingRateBands.classify(date, high);
              assertThat(pl.regime()).isEqualTo(ph.regime());
              assertThat(ph.band().rank()).isGreaterThanOrEqualTo(pl.band().rank());
              if (pl.linearFraction().isPresent()) {
                Ratio fl = pl.linearFraction().orElseThrow();
                Ratio fh = ph.linearFraction().orElseThrow();
                assertThat(fh.compareTo(fl)).isGreaterThanOrEqualTo(0);
                assertThat(fl.compareTo(Ratio.ONE)).isLessThanOrEqualTo(0);
                assertThat(fl.numerator().signum()).isGreaterThanOrEqualTo(0);
              }
            });
  }

  @Test
  void band_matchesTheBoundaryRules() {
    qt().withExamples(1000)
        .forAll(dates(), tauxDeFacturation())
        .checkAssert(
            (date, t) -> {
              BillingBand band = BillingRateBands.classify(date, t).band();
              boolean upTo107 = t.compareTo(Ratio.ofPercent("107")) <= 0;
              boolean upTo117 = t.compareTo(Ratio.ofPercent("117")) <= 0;
              boolean from120 = t.compareTo(Ratio.ofPercent("120")) >= 0;
              int expected =
                  band.regime() == BillingRegime.TIERS_2014
                      ? (upTo107 ? 0 : upTo117 ? 1 : 2)
                      : (upTo107 ? 0 : from120 ? 2 : 1);
              assertThat(band.rank()).isEqualTo(expected);
            });
  }

  @Test
  void prixPlafond_staysBetweenItsEndsAndNeverRisesWithTheRate() {
    qt().withExamples(1000)
        .forAll(tauxDeFacturation(), tauxDeFacturation(), hours(20), hours(20))
        .checkAssert(
            (a, b, x, y) -> {
              BigDecimal at107 = x.max(y);
              BigDecimal at120 = x.min(y);
              Ratio low = a.compareTo(b) <= 0 ? a : b;
              Ratio high = a.compareTo(b) <= 0 ? b : a;
              java.time.LocalDate date = java.time.LocalDate.of(2025, 6, 1);
              BigDecimal pl =
                  BillingRateBands.classify(date, low).prixPlafond(at107, at120).value();
              BigDecimal ph =
                  BillingRateBands.classify(date, high).prixPlafond(at107, at120).value();
              assertThat(pl).isBetween(at120, at107);
              assertThat(ph).isLessThanOrEqualTo(pl);
            });
  }

  @Test
  void ratio_percentIsWithinHalfAHundredthOfTheExactValue() {
    qt().withExamples(1000)
        .forAll(hours(100_000), positiveHours(100_000))
        .checkAssert(
            (n, d) -> {
              Ratio r = Ratio.of(n, d);
              BigDecimal error =
                  r.percent().multiply(d).subtract(n.multiply(BigDecimal.valueOf(100)));
              assertThat(error.abs()).isLessThanOrEqualTo(new BigDecimal("0.005").multiply(d));
              assertThat(r.compareTo(r)).isZero();
            });
  }
}
