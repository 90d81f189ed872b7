package io.github.esspetiteenfance.fee;

import static io.github.esspetiteenfance.testing.FeeGenerators.careTypes;
import static io.github.esspetiteenfance.testing.FeeGenerators.contracts;
import static io.github.esspetiteenfance.testing.FeeGenerators.dates;
import static io.github.esspetiteenfance.testing.FeeGenerators.euros;
import static io.github.esspetiteenfance.testing.FeeGenerators.families;
import static io.github.esspetiteenfance.testing.FeeGenerators.fractions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.esspetiteenfance.testing.FeeGenerators;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Properties of the family fee, 1,000 examples each, on every date from 2018 to 2027 (with a test
 * plancher from 2025) and every type of care.
 *
 * <p>Families have at most 10 effective children (the last collective bracket), 9 where a child is
 * added.
 */
class FamilyFeePropertiesTest {

  private static final FamilyFeeCalculator CALCULATOR =
      FamilyFeeCalculator.of(FeeGenerators.completeParameters());
  private static final FeeParameters PARAMETERS = FeeGenerators.completeParameters();
  private static final BigDecimal HALF_CENT = new BigDecimal("0.005");

  private static BigDecimal plancher(LocalDate date) {
    return PARAMETERS.planchers().require(date, "plancher").value();
  }

  private static BigDecimal plafond(LocalDate date) {
    return PARAMETERS.plafonds().require(date, "plafond").value();
  }

  private static BigDecimal rate(LocalDate date, CareType care, Family family) {
    return CALCULATOR.hourlyRate(date, care, family).exact();
  }

  @Test
  void hourlyRate_neverDecreasesWhenResourcesRise() {
    qt().withExamples(1000)
        .forAll(dates(), careTypes(), families(10), euros(2_000))
        .checkAssert(
            (date, care, family, rise) -> {
              BigDecimal monthly = family.resources().monthlyAmount().orElseThrow();
              Family richer = family.withResources(Resources.monthly(monthly.add(rise)));
              assertThat(rate(date, care, richer)).isGreaterThanOrEqualTo(rate(date, care, family));
            });
  }

  @Test
  void hourlyRate_isConstantAtOrBelowThePlancher() {
    qt().withExamples(1000)
        .forAll(dates(), careTypes(), families(10), fractions())
        .checkAssert(
            (date, care, family, fraction) -> {
              BigDecimal below = plancher(date).multiply(fraction);
              HourlyRate rate =
                  CALCULATOR.hourlyRate(date, care, family.withResources(Resources.monthly(below)));
              HourlyRate unknown =
                  CALCULATOR.hourlyRate(date, care, family.withResources(Resources.unknown()));
              assertThat(rate.exact()).isEqualByComparingTo(unknown.exact());
              assertThat(rate.resourceBasis()).isEqualTo(ResourceBasis.PLANCHER);
              assertThat(unknown.resourceBasis())
                  .isEqualTo(ResourceBasis.PLANCHER_UNKNOWN_RESOURCES);
            });
  }

  @Test
  void hourlyRate_isConstantAtOrAboveThePlafond() {
    qt().withExamples(1000)
        .forAll(dates(), careTypes(), families(10), fractions())
        .checkAssert(
            (date, care, family, fraction) -> {
              BigDecimal atPlafond = plafond(date);
              BigDecimal above = atPlafond.add(atPlafond.multiply(fraction));
              BigDecimal expected =
                  rate(date, care, family.withResources(Resources.monthly(atPlafond)));
              HourlyRate rate =
                  CALCULATOR.hourlyRate(date, care, family.withResources(Resources.monthly(above)));
              assertThat(rate.exact()).isEqualByComparingTo(expected);
              assertThat(rate.resourceBasis()).isEqualTo(ResourceBasis.PLAFOND);
            });
  }

  @Test
  void hourlyRate_neverIncreasesWhenADependentChildIsAdded() {
    qt().withExamples(1000)
        .forAll(dates(), careTypes(), families(9))
        .checkAssert(
            (date, care, family) -> {
              Family bigger =
                  new Family(
                      family.dependentChildren() + 1, family.aeehChildren(), family.resources());
              assertThat(rate(date, care, bigger)).isLessThanOrEqualTo(rate(date, care, family));
            });
  }

  @Test
  void hourlyRate_anAeehChildCountsAsOneMoreChild() {
    qt().withExamples(1000)
        .forAll(dates(), careTypes(), families(9))
        .assuming((date, care, family) -> family.aeehChildren() < family.dependentChildren())
        .checkAssert(
            (date, care, family) -> {
              Family withAeeh = family.withAeehChildren(family.aeehChildren() + 1);
              Family withChild =
                  new Family(
                      family.dependentChildren() + 1, family.aeehChildren(), family.resources());
              HourlyRate aeeh = CALCULATOR.hourlyRate(date, care, withAeeh);
              assertThat(aeeh.exact()).isEqualByComparingTo(rate(date, care, withChild));
              assertThat(aeeh.legalBases()).contains(FeeBases.AEEH);
            });
  }

  @Test
  void hourlyRate_staysBetweenPlancherAndPlafondTimesTheRate() {
    qt().withExamples(1000)
        .forAll(dates(), careTypes(), families(10))
        .checkAssert(
            (date, care, family) -> {
              HourlyRate rate = CALCULATOR.hourlyRate(date, care, family);
              BigDecimal taux = rate.tauxEffort().fraction();
              assertThat(rate.exact())
                  .isBetween(plancher(date).multiply(taux), plafond(date).multiply(taux));
              assertThat(rate.retainedMonthlyResources()).isBetween(plancher(date), plafond(date));
            });
  }

  @Test
  void hourlyRate_roundingErrorIsAtMostHalfACent() {
    qt().withExamples(1000)
        .forAll(dates(), careTypes(), families(10))
        .checkAssert(
            (date, care, family) -> {
              HourlyRate rate = CALCULATOR.hourlyRate(date, care, family);
              assertThat(rate.rounded().subtract(rate.exact()).abs())
                  .isLessThanOrEqualTo(HALF_CENT);
              assertThat(rate.rounded().scale()).isEqualTo(2);
            });
  }

  @Test
  void hourlyRate_confidenceIsTheWeakestOfItsBases() {
    qt().withExamples(1000)
        .forAll(dates(), careTypes(), families(10))
        .checkAssert(
            (date, care, family) -> {
              HourlyRate rate = CALCULATOR.hourlyRate(date, care, family);
              assertThat(rate.legalBases()).contains(FeeBases.FORMULA);
              assertThat(rate.legalBases())
                  .allSatisfy(
                      b ->
                          assertThat(rate.confidence().weakest(b.confidence()))
                              .isEqualTo(rate.confidence()));
              assertThat(rate.legalBases())
                  .anySatisfy(b -> assertThat(b.confidence()).isEqualTo(rate.confidence()));
            });
  }

  @Test
  void hourlyRate_managerPlafondNeverLowersTheRate() {
    qt().withExamples(1000)
        .forAll(dates(), careTypes(), families(10), euros(5_000))
        .checkAssert(
            (date, care, family, extra) -> {
              BigDecimal managerPlafond = plafond(date).add(extra);
              HourlyRate manager =
                  CALCULATOR.withManagerPlafond(managerPlafond).hourlyRate(date, care, family);
              BigDecimal cnaf = rate(date, care, family);
              assertThat(manager.exact()).isGreaterThanOrEqualTo(cnaf);
              assertThat(manager.exact())
                  .isLessThanOrEqualTo(managerPlafond.multiply(manager.tauxEffort().fraction()));
              BigDecimal monthly = family.resources().monthlyAmount().orElseThrow();
              if (monthly.compareTo(plafond(date)) <= 0) {
                assertThat(manager.exact()).isEqualByComparingTo(cnaf);
              }
            });
  }

  @Test
  void monthlyFee_isTheRoundedTariffTimesTheMonthlyHoursWithinHalfACent() {
    qt().withExamples(1000)
        .forAll(dates(), careTypes(), families(10), contracts())
        .checkAssert(
            (date, care, family, contract) -> {
              MonthlyFee fee = CALCULATOR.monthlyFee(date, care, family, contract);
              // exactly: |rounded × months - tariff × hours per week × weeks| <= 0.005 × months
              BigDecimal months = BigDecimal.valueOf(contract.monthsBilled());
              BigDecimal yearly =
                  fee.hourlyRate()
                      .rounded()
                      .multiply(contract.hoursPerWeek())
                      .multiply(BigDecimal.valueOf(contract.weeksOfCare()));
              assertThat(fee.rounded().multiply(months).subtract(yearly).abs())
                  .isLessThanOrEqualTo(HALF_CENT.multiply(months));
              BigDecimal bound =
                  HALF_CENT.multiply(contract.monthlyHours()).add(HALF_CENT).add(HALF_CENT);
              assertThat(fee.rounded().subtract(fee.exact()).abs()).isLessThanOrEqualTo(bound);
              assertThat(fee.legalBases()).contains(FeeBases.MENSUALISATION);
            });
  }

  @Test
  void monthlyFee_neverDecreasesWithMoreHoursPerWeek() {
    qt().withExamples(1000)
        .forAll(dates(), careTypes(), families(10), contracts())
        .checkAssert(
            (date, care, family, contract) -> {
              MonthlyContract longer =
                  new MonthlyContract(
                      contract.hoursPerWeek().add(BigDecimal.ONE).min(BigDecimal.valueOf(168)),
                      contract.weeksOfCare(),
                      contract.monthsBilled());
              HourlyRate rate = CALCULATOR.hourlyRate(date, care, family);
              assertThat(new MonthlyFee(rate, longer).rounded())
                  .isGreaterThanOrEqualTo(new MonthlyFee(rate, contract).rounded());
            });
  }
}
