package io.github.esspetiteenfance.psu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.esspetiteenfance.CommonErrorCode;
import io.github.esspetiteenfance.EssPetiteEnfanceException;
import io.github.esspetiteenfance.Fraction;
import io.github.esspetiteenfance.legal.Confidence;
import io.github.esspetiteenfance.legal.Dated;
import io.github.esspetiteenfance.legal.LegalErrorCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BillingRateBandsTest {

  private static final LocalDate Y2024 = LocalDate.of(2024, 12, 31);
  private static final LocalDate Y2025 = LocalDate.of(2025, 1, 1);

  @ParameterizedTest(name = "2014-2024, {0} % -> {1}")
  @CsvSource({
    "0, TIERS_UP_TO_107",
    "100, TIERS_UP_TO_107",
    "107, TIERS_UP_TO_107",
    "107.001, TIERS_107_TO_117",
    "117, TIERS_107_TO_117",
    "117.001, TIERS_ABOVE_117",
    "150, TIERS_ABOVE_117"
  })
  void classify_tiersRegime_boundariesBelongToTheLowerBand(String percent, BillingBand band) {
    for (LocalDate date : new LocalDate[] {LocalDate.of(2014, 1, 1), Y2024}) {
      BillingBandPosition p =
          BillingRateBands.classify(date, Fraction.ofPercent(new BigDecimal(percent)));
      assertThat(p.band()).isEqualTo(band);
      assertThat(p.regime()).isEqualTo(BillingRegime.TIERS_2014);
      assertThat(p.linearFraction()).isEmpty();
      assertThat(p.confidence()).isEqualTo(Confidence.SECONDARY);
      assertThat(p.legalBases()).containsExactly(BillingRegime.TIERS_2014.basis());
      assertThat(p.tauxDeFacturation().compareTo(Fraction.ofPercent(new BigDecimal(percent))))
          .isZero();
    }
  }

  @ParameterizedTest(name = "from 2025, {0} % -> {1}, fraction {2}")
  @CsvSource({
    "0, LINEAR_UP_TO_107, 0",
    "107, LINEAR_UP_TO_107, 0",
    "107.001, LINEAR_107_TO_120, 0.0000769231",
    "113.5, LINEAR_107_TO_120, 0.5000000000",
    "117, LINEAR_107_TO_120, 0.7692307692",
    "119.999, LINEAR_107_TO_120, 0.9999230769",
    "120, LINEAR_FROM_120, 1",
    "180, LINEAR_FROM_120, 1"
  })
  void classify_linearRegime_givesBandAndFraction(
      String percent, BillingBand band, String fraction) {
    BillingBandPosition p =
        BillingRateBands.classify(Y2025, Fraction.ofPercent(new BigDecimal(percent)));
    assertThat(p.band()).isEqualTo(band);
    assertThat(p.regime()).isEqualTo(BillingRegime.LINEAR_2025);
    assertThat(p.linearFraction().orElseThrow().toBigDecimal(10, java.math.RoundingMode.HALF_UP))
        .isEqualByComparingTo(fraction);
    assertThat(p.confidence()).isEqualTo(Confidence.UNCONFIRMED);
    assertThat(p.legalBases())
        .containsExactly(BillingRegime.LINEAR_2025.basis(), BillingBandPosition.LINEAR_FORMULA);
  }

  @Test
  void classify_before2014_hasNoRegime() {
    assertThatThrownBy(
            () ->
                BillingRateBands.classify(
                    LocalDate.of(2013, 12, 31), Fraction.ofPercent(new BigDecimal("100"))))
        .isInstanceOfSatisfying(
            EssPetiteEnfanceException.class,
            e -> {
              assertThat(e.errorCode()).isEqualTo(LegalErrorCode.NO_VALUE_ON_DATE);
              assertThat(e.field()).contains("billing regime");
            });
  }

  @Test
  void classify_activityReport_usesItsTauxDeFacturation() {
    ActivityReport report =
        new ActivityReport(
            new BigDecimal("1135"), new BigDecimal("1000"), 10, new BigDecimal("200"));
    BillingBandPosition p = BillingRateBands.classify(Y2025, report);
    assertThat(p.band()).isEqualTo(BillingBand.LINEAR_107_TO_120);
    assertThat(p.linearFraction().orElseThrow().toBigDecimal(10, java.math.RoundingMode.HALF_UP))
        .isEqualByComparingTo("0.5");
  }

  @Test
  void prixPlafond_interpolatesLinearly() {
    BigDecimal p107 = new BigDecimal("8.00");
    BigDecimal p120 = new BigDecimal("7.00");
    assertThat(at("100").prixPlafond(p107, p120).value()).isEqualByComparingTo("8");
    assertThat(at("113.5").prixPlafond(p107, p120).value()).isEqualByComparingTo("7.5");
    assertThat(at("120").prixPlafond(p107, p120).value()).isEqualByComparingTo("7");
    Dated<BigDecimal> third =
        at("111.3333333333").prixPlafond(new BigDecimal("10"), BigDecimal.ONE);
    assertThat(third.value()).isEqualByComparingTo("7.0000000000");
    assertThat(third.basis()).isEqualTo(BillingBandPosition.LINEAR_FORMULA);
    assertThat(third.basis().confidence()).isEqualTo(Confidence.UNCONFIRMED);
    assertThat(at("110").prixPlafond(p107, p107).value()).isEqualByComparingTo("8");
    // 1/3 of the way: 8 - 1/3 = 7.6666666667 at scale 10
    BillingBandPosition oneThird =
        BillingRateBands.classify(Y2025, Fraction.of(new BigDecimal("3.34"), new BigDecimal("3")));
    assertThat(oneThird.prixPlafond(p107, p120).value()).isEqualTo(new BigDecimal("7.6666666667"));
  }

  private static BillingBandPosition at(String percent) {
    return BillingRateBands.classify(Y2025, Fraction.ofPercent(new BigDecimal(percent)));
  }

  @Test
  void prixPlafond_invalidUses_throw() {
    BillingBandPosition tiers =
        BillingRateBands.classify(Y2024, Fraction.ofPercent(new BigDecimal("110")));
    assertThatThrownBy(() -> tiers.prixPlafond(BigDecimal.TEN, BigDecimal.ONE))
        .isInstanceOfSatisfying(
            EssPetiteEnfanceException.class,
            e -> {
              assertThat(e.errorCode()).isEqualTo(PsuErrorCode.NOT_LINEAR_REGIME);
              assertThat(e.message(Locale.ENGLISH)).contains("TIERS_2014");
            });
    assertThatThrownBy(() -> at("110").prixPlafond(BigDecimal.ONE, BigDecimal.TEN))
        .isInstanceOfSatisfying(
            EssPetiteEnfanceException.class,
            e -> {
              assertThat(e.errorCode()).isEqualTo(PsuErrorCode.PRIX_PLAFOND_REVERSED);
              assertThat(e.message(Locale.ENGLISH)).contains("(10)").contains("(1)");
            });
    assertThatThrownBy(() -> at("110").prixPlafond(BigDecimal.ONE, new BigDecimal("-1")))
        .isInstanceOfSatisfying(
            EssPetiteEnfanceException.class,
            e -> assertThat(e.errorCode()).isEqualTo(CommonErrorCode.NEGATIVE));
    assertThat(at("110").prixPlafond(BigDecimal.ONE, BigDecimal.ZERO).value()).isPositive();
  }

  @Test
  void position_fractionMustMatchTheRegime() {
    Fraction t = Fraction.ofPercent(new BigDecimal("110"));
    assertThatThrownBy(
            () ->
                new BillingBandPosition(BillingBand.TIERS_107_TO_117, t, Optional.of(Fraction.ONE)))
        .isInstanceOfSatisfying(
            EssPetiteEnfanceException.class,
            e -> assertThat(e.errorCode()).isEqualTo(PsuErrorCode.NOT_LINEAR_REGIME));
    assertThatThrownBy(
            () -> new BillingBandPosition(BillingBand.LINEAR_107_TO_120, t, Optional.empty()))
        .isInstanceOf(EssPetiteEnfanceException.class);
  }

  @Test
  void regimes_coverTheirPeriods() {
    assertThat(BillingRegime.on(Y2024)).isEqualTo(BillingRegime.TIERS_2014);
    assertThat(BillingRegime.on(Y2025)).isEqualTo(BillingRegime.LINEAR_2025);
    assertThat(BillingRegime.timeline().values()).hasSize(2);
    assertThat(BillingRegime.LINEAR_2025.basis().confidence()).isEqualTo(Confidence.CONFIRMED);
    assertThat(BillingBand.TIERS_ABOVE_117.rank()).isEqualTo(2);
    assertThat(BillingBand.LINEAR_UP_TO_107.regime()).isEqualTo(BillingRegime.LINEAR_2025);
  }
}
