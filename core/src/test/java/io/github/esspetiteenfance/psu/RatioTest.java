package io.github.esspetiteenfance.psu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.esspetiteenfance.CommonErrorCode;
import io.github.esspetiteenfance.EssPetiteEnfanceException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RatioTest {

  @Test
  void compareTo_isExact() {
    Ratio third = Ratio.of(BigDecimal.ONE, new BigDecimal("3"));
    Ratio rounded = Ratio.of(new BigDecimal("0.3333333333"), BigDecimal.ONE);
    assertThat(third.compareTo(rounded)).isPositive();
    assertThat(rounded.compareTo(third)).isNegative();
    assertThat(third.compareTo(Ratio.of(new BigDecimal("2"), new BigDecimal("6")))).isZero();
    assertThat(third).isNotEqualTo(Ratio.of(new BigDecimal("2"), new BigDecimal("6")));
    assertThat(third.value()).isEqualTo(new BigDecimal("0.3333333333"));
    assertThat(rounded.value()).isEqualTo(third.value());
  }

  @Test
  void percent_isForDisplay() {
    assertThat(Ratio.ofPercent("107").percent()).isEqualTo(new BigDecimal("107.00"));
    assertThat(Ratio.of(new BigDecimal("2"), new BigDecimal("3")).percent())
        .isEqualTo(new BigDecimal("66.67"));
    assertThat(Ratio.ofPercent("107").value()).isEqualTo(new BigDecimal("1.0700000000"));
    assertThat(Ratio.ONE.percent()).isEqualByComparingTo("100");
    assertThat(Ratio.ofPercent("120").toString()).isEqualTo("120/100");
  }

  @Test
  void of_invalidComponents_throw() {
    assertThatThrownBy(() -> Ratio.of(new BigDecimal("-1"), BigDecimal.ONE))
        .isInstanceOfSatisfying(
            EssPetiteEnfanceException.class,
            e -> assertThat(e.errorCode()).isEqualTo(CommonErrorCode.NEGATIVE));
    assertThatThrownBy(() -> Ratio.of(BigDecimal.ONE, BigDecimal.ZERO))
        .isInstanceOfSatisfying(
            EssPetiteEnfanceException.class,
            e -> assertThat(e.errorCode()).isEqualTo(CommonErrorCode.NOT_POSITIVE));
    assertThat(Ratio.of(BigDecimal.ZERO, new BigDecimal("0.01")).value()).isZero();
  }
}
