package io.github.esspetiteenfance.psu;

import static io.github.esspetiteenfance.testing.PsuGenerators.dates;
import static io.github.esspetiteenfance.testing.PsuGenerators.hours;
import static io.github.esspetiteenfance.testing.PsuGenerators.positiveHours;
import static io.github.esspetiteenfance.testing.PsuGenerators.tauxDeFacturation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.esspetiteenfance.Fraction;
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
              assertThat(t.value().compareTo(Fraction.ONE) >= 0)
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
              assertThat(report.tauxOccupation().value().compareTo(Fraction.ONE) <= 0)
                  .isEqualTo(fits);
              assertThat(report.tauxOccupationFinancier().value())
                  .isEqualByComparingTo(report.tauxOccupation().value());
            });
  }

  @Test
  void band_isMonotoneInTheRate_andTheFractionToo() {
    qt().withExamples(1000)
        .forAll(dates(), tauxDeFacturation(), tauxDeFacturation())
        .checkAssert(
            (date, a, b) -> {
              Fraction low = a.compareTo(b) <= 0 ? a : b;
              Fraction high = a.compareTo(b) <= 0 ? b : a;
              BillingBandPosition pl = BillingRateBands.classify(date, low);
              BillingBandPosition ph = BillingRateBands.classify(date, high);
              assertThat(pl.regime()).isEqualTo(ph.regime());
              assertThat(ph.band().rank()).isGreaterThanOrEqualTo(pl.band().rank());
              if (pl.linearFraction().isPresent()) {
                Fraction fl = pl.linearFraction().orElseThrow();
                Fraction fh = ph.linearFraction().orElseThrow();
                assertThat(fh.compareTo(fl)).isGreaterThanOrEqualTo(0);
                assertThat(fl.compareTo(Fraction.ONE)).isLessThanOrEqualTo(0);
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
              boolean upTo107 = t.compareTo(Fraction.ofPercent(new BigDecimal("107"))) <= 0;
              boolean upTo117 = t.compareTo(Fraction.ofPercent(new BigDecimal("117"))) <= 0;
              boolean from120 = t.compareTo(Fraction.ofPercent(new BigDecimal("120"))) >= 0;
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
              Fraction low = a.compareTo(b) <= 0 ? a : b;
              Fraction high = a.compareTo(b) <= 0 ? b : a;
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
  void indicator_percentIsWithinHalfAHundredthOfTheExactValue() {
    qt().withExamples(1000)
        .forAll(hours(100_000), positiveHours(100_000))
        .checkAssert(
            (n, d) -> {
              PsuIndicator r =
                  new PsuIndicator(IndicatorKind.TAUX_DE_FACTURATION, Fraction.of(n, d));
              BigDecimal error =
                  r.percent().multiply(d).subtract(n.multiply(BigDecimal.valueOf(100)));
              assertThat(error.abs()).isLessThanOrEqualTo(new BigDecimal("0.005").multiply(d));
              // one rational type: equal exactly when the comparison says so (not psu.Ratio's trap)
              Fraction scaled = Fraction.of(n.multiply(BigDecimal.TEN), d.multiply(BigDecimal.TEN));
              assertThat(scaled).isEqualTo(r.value()).hasSameHashCodeAs(r.value());
              assertThat(scaled.compareTo(r.value())).isZero();
            });
  }
}
