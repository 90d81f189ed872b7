package io.github.esspetiteenfance.fee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.esspetiteenfance.CommonErrorCode;
import io.github.esspetiteenfance.EssPetiteEnfanceException;
import io.github.esspetiteenfance.legal.Confidence;
import io.github.esspetiteenfance.legal.LegalErrorCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MediationFamilialeTest {

  private static final LocalDate DATE = LocalDate.of(2025, 3, 1);
  // illustrative thresholds supplied by the caller (not library data)
  private static final MediationThresholds LOW_SMIC =
      new MediationThresholds(new BigDecimal("600"), new BigDecimal("1000"));
  private static final MediationThresholds HIGH_SMIC =
      new MediationThresholds(new BigDecimal("650"), new BigDecimal("1400"));

  @ParameterizedTest(name = "R = {0}: {1} ({2}), exact {3}")
  @CsvSource({
    "0, 2, UP_TO_RSA, 2",
    "600, 2, UP_TO_RSA, 2",
    "600.01, 5, RSA_TO_SMIC, 5",
    "1000, 5, RSA_TO_SMIC, 5",
    "1000.01, 8, SMIC_TO_1200, 8.00003",
    "1200, 9, SMIC_TO_1200, 8.6",
    "1200.01, 15, TO_2200, 14.60008",
    "2200, 23, TO_2200, 22.6",
    "2200.01, 31, TO_3800, 31.40012",
    "3000, 41, TO_3800, 41",
    "3800, 51, TO_3800, 50.6",
    "3800.01, 62, TO_5300, 62.00015",
    "5300, 85, TO_5300, 84.5",
    "5300.01, 100, ABOVE_5300, 100.40018",
    "7000, 131, ABOVE_5300, 131",
    "7000.01, 131, ABOVE_5300, 131",
    "20000, 131, ABOVE_5300, 131"
  })
  void contribution_eachBand_matchesTheBareme(
      String income, String rounded, MediationBand band, String exact) {
    MediationContribution c =
        MediationFamiliale.contribution(DATE, new BigDecimal(income), LOW_SMIC);
    assertThat(c.rounded()).isEqualByComparingTo(rounded);
    assertThat(c.rounded().scale()).isZero();
    assertThat(c.band()).isEqualTo(band);
    assertThat(c.exact()).isEqualByComparingTo(exact);
    assertThat(c.monthlyIncome()).isEqualByComparingTo(income);
    assertThat(c.confidence()).isEqualTo(Confidence.SECONDARY);
    assertThat(c.basis()).isEqualTo(FeeBases.MEDIATION);
  }

  @Test
  void contribution_smicAbove1200_skipsTheFirstPercentBand() {
    assertThat(MediationFamiliale.contribution(DATE, new BigDecimal("1300"), HIGH_SMIC).band())
        .isEqualTo(MediationBand.RSA_TO_SMIC);
    MediationContribution c =
        MediationFamiliale.contribution(DATE, new BigDecimal("1400.01"), HIGH_SMIC);
    assertThat(c.band()).isEqualTo(MediationBand.TO_2200);
    assertThat(c.rounded()).isEqualByComparingTo("16");
  }

  @Test
  void contribution_halfEuro_roundsUp() {
    // 5 + 0.8 % × 1,312.50 = 15.50
    assertThat(MediationFamiliale.contribution(DATE, new BigDecimal("1312.50"), LOW_SMIC).rounded())
        .isEqualByComparingTo("16");
  }

  @Test
  void contribution_before2010_hasNoBareme() {
    assertThatThrownBy(
            () ->
                MediationFamiliale.contribution(
                    LocalDate.of(2009, 12, 31), BigDecimal.TEN, LOW_SMIC))
        .isInstanceOfSatisfying(
            EssPetiteEnfanceException.class,
            e -> assertThat(e.errorCode()).isEqualTo(LegalErrorCode.NO_VALUE_ON_DATE));
    assertThat(
            MediationFamiliale.contribution(LocalDate.of(2010, 1, 1), BigDecimal.TEN, LOW_SMIC)
                .rounded())
        .isEqualByComparingTo("2");
  }

  @Test
  void contribution_negativeIncome_throws() {
    assertThatThrownBy(() -> MediationFamiliale.contribution(DATE, new BigDecimal("-1"), LOW_SMIC))
        .isInstanceOfSatisfying(
            EssPetiteEnfanceException.class,
            e -> assertThat(e.errorCode()).isEqualTo(CommonErrorCode.NEGATIVE));
  }

  @Test
  void thresholds_invalid_throw() {
    assertThatThrownBy(() -> new MediationThresholds(BigDecimal.ZERO, BigDecimal.TEN))
        .isInstanceOfSatisfying(
            EssPetiteEnfanceException.class,
            e -> assertThat(e.errorCode()).isEqualTo(CommonErrorCode.NOT_POSITIVE));
    assertThatThrownBy(
            () -> new MediationThresholds(new BigDecimal("1001"), new BigDecimal("1000")))
        .isInstanceOfSatisfying(
            EssPetiteEnfanceException.class,
            e -> {
              assertThat(e.errorCode()).isEqualTo(FeeErrorCode.MEDIATION_THRESHOLDS_REVERSED);
              assertThat(e.message(Locale.ENGLISH)).contains("1001").contains("1000");
            });
    assertThat(new MediationThresholds(BigDecimal.ONE, BigDecimal.ONE).smic())
        .isEqualTo(BigDecimal.ONE);
  }

  @Test
  void contributionRecord_negativeAmounts_throw() {
    assertThatThrownBy(
            () ->
                new MediationContribution(
                    new BigDecimal("-1"),
                    MediationBand.UP_TO_RSA,
                    BigDecimal.ONE,
                    FeeBases.MEDIATION))
        .isInstanceOf(EssPetiteEnfanceException.class);
    assertThatThrownBy(
            () ->
                new MediationContribution(
                    BigDecimal.ONE,
                    MediationBand.UP_TO_RSA,
                    new BigDecimal("-1"),
                    FeeBases.MEDIATION))
        .isInstanceOf(EssPetiteEnfanceException.class);
    assertThat(
            new MediationContribution(
                    BigDecimal.ZERO, MediationBand.UP_TO_RSA, BigDecimal.ZERO, FeeBases.MEDIATION)
                .rounded())
        .isEqualByComparingTo("0");
  }

  @Test
  void bands_describeTheBareme() {
    assertThat(MediationBand.UP_TO_RSA.fixed()).isEqualByComparingTo("2");
    assertThat(MediationBand.UP_TO_RSA.percent()).isEmpty();
    assertThat(MediationBand.UP_TO_RSA.upTo()).isEmpty();
    assertThat(MediationBand.ABOVE_5300.percent()).contains(new BigDecimal("1.8"));
    assertThat(MediationBand.TO_5300.upTo()).contains(new BigDecimal("5300"));
  }
}
