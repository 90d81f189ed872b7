package io.github.esspetiteenfance.fee;

import static io.github.esspetiteenfance.testing.FeeGenerators.euros;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Properties of the médiation familiale contribution, 1,000 examples each. */
class MediationFamilialePropertiesTest {

  private static final LocalDate DATE = LocalDate.of(2025, 3, 1);

  @Test
  void contribution_neverDecreasesWithIncome_andStaysBetween2And131() {
    qt().withExamples(1000)
        .forAll(euros(9_000), euros(2_000), euros(700), euros(1_200))
        .checkAssert(
            (income, rise, rsa, smicAboveRsa) -> {
              BigDecimal rsaSocle = rsa.add(BigDecimal.ONE);
              MediationThresholds thresholds =
                  new MediationThresholds(rsaSocle, rsaSocle.add(smicAboveRsa));
              MediationContribution low = MediationFamiliale.contribution(DATE, income, thresholds);
              MediationContribution high =
                  MediationFamiliale.contribution(DATE, income.add(rise), thresholds);
              assertThat(high.exact()).isGreaterThanOrEqualTo(low.exact());
              assertThat(high.rounded()).isGreaterThanOrEqualTo(low.rounded());
              assertThat(low.rounded()).isBetween(BigDecimal.valueOf(2), BigDecimal.valueOf(131));
              assertThat(low.rounded().subtract(low.exact()).abs())
                  .isLessThanOrEqualTo(new BigDecimal("0.5"));
              assertThat(high.band().ordinal()).isGreaterThanOrEqualTo(low.band().ordinal());
            });
  }
}
