package io.github.esspetiteenfance.psu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.esspetiteenfance.CommonErrorCode;
import io.github.esspetiteenfance.ErrorCode;
import io.github.esspetiteenfance.EssPetiteEnfanceException;
import io.github.esspetiteenfance.Fraction;
import io.github.esspetiteenfance.legal.Confidence;
import java.math.BigDecimal;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class ActivityReportTest {

  // 20 places, 2,500 opening hours a year: 50,000 place-hours
  private static final ActivityReport REPORT =
      new ActivityReport(
          new BigDecimal("38500"), new BigDecimal("35000"), 20, new BigDecimal("2500"));

  private static void assertCode(ThrowingCallable call, ErrorCode code, String field) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            EssPetiteEnfanceException.class,
            e -> {
              assertThat(e.errorCode()).isEqualTo(code);
              assertThat(e.field()).contains(field);
            });
  }

  @Test
  void tauxDeFacturation_isBilledOverRealised() {
    PsuIndicator t = REPORT.tauxDeFacturation();
    assertThat(t.kind()).isEqualTo(IndicatorKind.TAUX_DE_FACTURATION);
    assertThat(t.percent()).isEqualTo(new BigDecimal("110.00"));
    assertThat(t.value().compareTo(Fraction.ofPercent(new BigDecimal("110")))).isZero();
    assertThat(t.confidence()).isEqualTo(Confidence.SECONDARY);
    assertThat(t.basis()).isEqualTo(IndicatorKind.TAUX_DE_FACTURATION.basis());
  }

  @Test
  void tauxOccupation_isRealisedOverPlaceHours() {
    assertThat(REPORT.capacityHours()).isEqualByComparingTo("50000");
    PsuIndicator t = REPORT.tauxOccupation();
    assertThat(t.percent()).isEqualTo(new BigDecimal("70.00"));
    assertThat(t.confidence()).isEqualTo(Confidence.SECONDARY);
    PsuIndicator f = REPORT.tauxOccupationFinancier();
    assertThat(f.percent()).isEqualTo(new BigDecimal("77.00"));
    assertThat(f.kind()).isEqualTo(IndicatorKind.TAUX_OCCUPATION_FINANCIER);
    assertThat(f.confidence()).isEqualTo(Confidence.UNCONFIRMED);
  }

  @Test
  void tauxDeFacturation_noRealisedHours_isUndefined() {
    ActivityReport none = new ActivityReport(BigDecimal.TEN, BigDecimal.ZERO, 1, BigDecimal.ONE);
    assertCode(none::tauxDeFacturation, PsuErrorCode.NO_REALISED_HOURS, "realisedHours");
    assertThat(none.tauxOccupation().percent()).isEqualByComparingTo("0");
    assertThat(
            new ActivityReport(BigDecimal.ZERO, new BigDecimal("0.01"), 1, BigDecimal.ONE)
                .tauxDeFacturation()
                .percent())
        .isEqualByComparingTo("0");
  }

  @Test
  void constructor_invalidValues_throw() {
    BigDecimal minus = new BigDecimal("-0.01");
    assertCode(
        () -> new ActivityReport(minus, BigDecimal.ONE, 1, BigDecimal.ONE),
        CommonErrorCode.NEGATIVE,
        "billedHours");
    assertCode(
        () -> new ActivityReport(BigDecimal.ONE, minus, 1, BigDecimal.ONE),
        CommonErrorCode.NEGATIVE,
        "realisedHours");
    assertCode(
        () -> new ActivityReport(BigDecimal.ONE, BigDecimal.ONE, 0, BigDecimal.ONE),
        CommonErrorCode.NOT_POSITIVE,
        "places");
    assertCode(
        () -> new ActivityReport(BigDecimal.ONE, BigDecimal.ONE, 1, BigDecimal.ZERO),
        CommonErrorCode.NOT_POSITIVE,
        "openingHours");
  }
}
