package io.github.esspetiteenfance.fee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.esspetiteenfance.CommonErrorCode;
import io.github.esspetiteenfance.ErrorCode;
import io.github.esspetiteenfance.EssPetiteEnfanceException;
import io.github.esspetiteenfance.legal.Confidence;
import io.github.esspetiteenfance.legal.Dated;
import io.github.esspetiteenfance.legal.LegalBasis;
import io.github.esspetiteenfance.legal.LegalErrorCode;
import io.github.esspetiteenfance.legal.ValidityPeriod;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class FamilyFeeCalculatorTest {

  private static final LocalDate DATE = LocalDate.of(2024, 10, 1);
  private static final LocalDate Y2025 = LocalDate.of(2025, 10, 1);
  private static final FamilyFeeCalculator CALCULATOR = FamilyFeeCalculator.bundled();

  private static Family family(String monthly) {
    return Family.of(1, Resources.monthly(new BigDecimal(monthly)));
  }

  private static void assertCode(ThrowingCallable call, ErrorCode code) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            EssPetiteEnfanceException.class, e -> assertThat(e.errorCode()).isEqualTo(code));
  }

  @Test
  void hourlyRate_declaredResourcesBetweenTheBounds_areUsedAsIs() {
    HourlyRate rate = CALCULATOR.hourlyRate(DATE, CareType.COLLECTIVE, family("2000"));
    assertThat(rate.resourceBasis()).isEqualTo(ResourceBasis.DECLARED);
    assertThat(rate.retainedMonthlyResources()).isEqualByComparingTo("2000");
    assertThat(rate.exact()).isEqualByComparingTo("1.238");
    assertThat(rate.rounded()).isEqualTo(new BigDecimal("1.24"));
    assertThat(rate.date()).isEqualTo(DATE);
    assertThat(rate.careType()).isEqualTo(CareType.COLLECTIVE);
    assertThat(rate.family()).isEqualTo(family("2000"));
    assertThat(rate.column()).isEqualTo(RateColumn.COLLECTIVE);
    assertThat(rate.legalBases())
        .hasSize(4)
        .startsWith(FeeBases.FORMULA)
        .doesNotContain(FeeBases.AEEH, FeeBases.UNKNOWN_RESOURCES, FeeBases.MANAGER_PLAFOND);
  }

  @Test
  void hourlyRate_exactlyAtTheBounds_retainsTheBound() {
    HourlyRate atPlancher = CALCULATOR.hourlyRate(DATE, CareType.COLLECTIVE, family("765.77"));
    HourlyRate justAbove = CALCULATOR.hourlyRate(DATE, CareType.COLLECTIVE, family("765.78"));
    HourlyRate atPlafond = CALCULATOR.hourlyRate(DATE, CareType.COLLECTIVE, family("7000"));
    HourlyRate justBelow = CALCULATOR.hourlyRate(DATE, CareType.COLLECTIVE, family("6999.99"));
    assertThat(atPlancher.resourceBasis()).isEqualTo(ResourceBasis.PLANCHER);
    assertThat(justAbove.resourceBasis()).isEqualTo(ResourceBasis.DECLARED);
    assertThat(atPlafond.resourceBasis()).isEqualTo(ResourceBasis.PLAFOND);
    assertThat(atPlafond.legalBases()).hasSize(3); // formula, taux, plafond: no plancher
    assertThat(justBelow.resourceBasis()).isEqualTo(ResourceBasis.DECLARED);
    assertThat(justBelow.exact()).isEqualByComparingTo("4.33299381");
  }

  @Test
  void hourlyRate_annualResources_areDividedByTwelveWithoutEarlyRounding() {
    HourlyRate rate =
        CALCULATOR.hourlyRate(
            DATE, CareType.COLLECTIVE, Family.of(1, Resources.annual(new BigDecimal("30001"))));
    // 30,001 / 12 × 0.0619 % = 1.547551583333...
    assertThat(rate.exact()).isEqualByComparingTo("1.547551583333");
    assertThat(rate.retainedMonthlyResources()).isEqualByComparingTo("2500.083333333333");
  }

  @Test
  void hourlyRate_unknownResources_takeThePlancherAndSaySo() {
    HourlyRate rate =
        CALCULATOR.hourlyRate(DATE, CareType.COLLECTIVE, Family.of(2, Resources.unknown()));
    assertThat(rate.resourceBasis()).isEqualTo(ResourceBasis.PLANCHER_UNKNOWN_RESOURCES);
    assertThat(rate.rounded()).isEqualByComparingTo("0.40");
    assertThat(rate.legalBases()).contains(FeeBases.UNKNOWN_RESOURCES).hasSize(4);
  }

  @Test
  void hourlyRate_unknownResourcesWithAManagerPlafond_needNoPlafond() {
    FeeParameters noPlafond =
        FeeParameters.empty()
            .withPlancher(ValidityPeriod.always(), new BigDecimal("700"), "test")
            .withTauxEffort(
                RateColumn.COLLECTIVE,
                ChildBracket.atLeast(1),
                ValidityPeriod.always(),
                TauxEffort.ofPercent("0.1"),
                "test");
    HourlyRate rate =
        FamilyFeeCalculator.of(noPlafond)
            .withManagerPlafond(new BigDecimal("9000"))
            .hourlyRate(DATE, CareType.COLLECTIVE, Family.of(1, Resources.unknown()));
    assertThat(rate.exact()).isEqualByComparingTo("0.7");
    assertThat(rate.confidence()).isEqualTo(Confidence.UNCONFIRMED);
  }

  @Test
  void hourlyRate_managerPlafondHigherThanCnaf_isAppliedAndListed() {
    FamilyFeeCalculator manager = CALCULATOR.withManagerPlafond(new BigDecimal("9000"));
    assertThat(manager.managerPlafond()).contains(new BigDecimal("9000"));
    assertThat(manager.parameters()).isSameAs(FeeParameters.bundled());
    HourlyRate above = manager.hourlyRate(DATE, CareType.COLLECTIVE, family("10000"));
    assertThat(above.resourceBasis()).isEqualTo(ResourceBasis.MANAGER_PLAFOND);
    assertThat(above.exact()).isEqualByComparingTo("5.571");
    assertThat(above.legalBases()).contains(FeeBases.MANAGER_PLAFOND);
    HourlyRate between = manager.hourlyRate(DATE, CareType.COLLECTIVE, family("8000"));
    assertThat(between.resourceBasis()).isEqualTo(ResourceBasis.DECLARED);
    assertThat(between.exact()).isEqualByComparingTo("4.952");
    HourlyRate same =
        CALCULATOR
            .withManagerPlafond(new BigDecimal("7000"))
            .hourlyRate(DATE, CareType.COLLECTIVE, family("8000"));
    assertThat(same.exact()).isEqualByComparingTo("4.333");
    assertThat(same.resourceBasis()).isEqualTo(ResourceBasis.MANAGER_PLAFOND);
  }

  @Test
  void hourlyRate_managerPlafondBelowCnaf_throws() {
    FamilyFeeCalculator manager = CALCULATOR.withManagerPlafond(new BigDecimal("6999.99"));
    assertThatThrownBy(() -> manager.hourlyRate(DATE, CareType.COLLECTIVE, family("10")))
        .isInstanceOfSatisfying(
            EssPetiteEnfanceException.class,
            e -> {
              assertThat(e.errorCode()).isEqualTo(FeeErrorCode.MANAGER_PLAFOND_BELOW_CNAF);
              assertThat(e.field()).contains("managerPlafond");
              assertThat(e.message(Locale.ENGLISH)).contains("6999.99").contains("7000");
              assertThat(e.message(Locale.FRENCH)).contains("plafond du gestionnaire");
            });
    // the same manager plafond was fine before 1 Sept 2024
    assertThat(
            manager
                .hourlyRate(LocalDate.of(2024, 8, 31), CareType.COLLECTIVE, family("10000"))
                .exact())
        .isEqualByComparingTo("4.33299381");
  }

  @Test
  void withManagerPlafond_notPositive_throws() {
    assertCode(() -> CALCULATOR.withManagerPlafond(BigDecimal.ZERO), CommonErrorCode.NOT_POSITIVE);
    assertThat(CALCULATOR.withManagerPlafond(new BigDecimal("0.01")).managerPlafond()).isPresent();
    assertThat(CALCULATOR.managerPlafond()).isEmpty();
  }

  @Test
  void hourlyRate_suppliedPlancherFor2025_isUsedAndLabelledUnconfirmed() {
    FamilyFeeCalculator calculator =
        FamilyFeeCalculator.of(
            FeeParameters.bundled()
                .withPlancher(
                    ValidityPeriod.between(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)),
                    new BigDecimal("801.00"),
                    "caller's source"));
    HourlyRate rate = calculator.hourlyRate(Y2025, CareType.COLLECTIVE, family("100"));
    assertThat(rate.exact()).isEqualByComparingTo("0.4958190");
    assertThat(rate.confidence()).isEqualTo(Confidence.UNCONFIRMED);
    assertThat(rate.legalBases())
        .anySatisfy(
            b -> {
              assertThat(b.source()).isEqualTo("caller's source");
              assertThat(b.article()).isEqualTo("plancher");
            });
  }

  @Test
  void hourlyRate_suppliedPlancherWithFullBasis_keepsItsConfidence() {
    LegalBasis basis =
        new LegalBasis(
            "Circulaire CNAF 2025",
            "plancher",
            ValidityPeriod.from(LocalDate.of(2025, 1, 1)),
            Confidence.CONFIRMED,
            "https://caf.fr/...");
    FamilyFeeCalculator calculator =
        FamilyFeeCalculator.of(
            FeeParameters.bundled().withPlancher(new Dated<>(new BigDecimal("801.00"), basis)));
    HourlyRate rate = calculator.hourlyRate(Y2025, CareType.COLLECTIVE, family("100"));
    assertThat(rate.legalBases()).contains(basis);
    assertThat(rate.confidence()).isEqualTo(Confidence.SECONDARY);
  }

  @Test
  void hourlyRate_plancherAbovePlafond_throws() {
    FeeParameters broken =
        FeeParameters.bundled()
            .withPlancher(
                ValidityPeriod.from(LocalDate.of(2025, 1, 1)), new BigDecimal("9000"), "x");
    assertCode(
        () -> FamilyFeeCalculator.of(broken).hourlyRate(Y2025, CareType.COLLECTIVE, family("100")),
        FeeErrorCode.PLANCHER_ABOVE_PLAFOND);
    // equal bounds are consistent
    FeeParameters equal =
        FeeParameters.bundled()
            .withPlancher(
                ValidityPeriod.from(LocalDate.of(2025, 1, 1)), new BigDecimal("8500"), "x");
    assertThat(
            FamilyFeeCalculator.of(equal)
                .hourlyRate(Y2025, CareType.COLLECTIVE, family("100"))
                .resourceBasis())
        .isEqualTo(ResourceBasis.PLANCHER);
  }

  @Test
  void hourlyRate_elevenChildrenInCollectiveCare_isRefusedUntilSupplied() {
    Family eleven = Family.of(11, Resources.monthly(new BigDecimal("3000")));
    assertThatThrownBy(() -> CALCULATOR.hourlyRate(DATE, CareType.COLLECTIVE, eleven))
        .isInstanceOfSatisfying(
            EssPetiteEnfanceException.class,
            e -> {
              assertThat(e.errorCode()).isEqualTo(FeeErrorCode.TAUX_EFFORT_UNKNOWN);
              assertThat(e.rejectedValue()).isEqualTo(11);
              assertThat(e.message(Locale.ENGLISH))
                  .contains("COLLECTIVE")
                  .contains("2024-10-01")
                  .contains("withTauxEffort");
            });
    // ten children and one AEEH child is eleven too
    assertCode(
        () ->
            CALCULATOR.hourlyRate(
                DATE, CareType.COLLECTIVE, new Family(10, 1, Resources.monthly(BigDecimal.TEN))),
        FeeErrorCode.TAUX_EFFORT_UNKNOWN);
    // familial care has an open bracket
    assertThat(CALCULATOR.hourlyRate(DATE, CareType.PARENTAL, eleven).exact())
        .isEqualByComparingTo("0.618");
    FeeParameters supplied =
        FeeParameters.bundled()
            .withTauxEffort(
                RateColumn.COLLECTIVE,
                ChildBracket.atLeast(11),
                ValidityPeriod.from(LocalDate.of(2021, 1, 1)),
                TauxEffort.ofPercent("0.01"),
                "https://toupty.org/tarifs/creches-multi-accueil-psu/");
    HourlyRate rate =
        FamilyFeeCalculator.of(supplied).hourlyRate(DATE, CareType.COLLECTIVE, eleven);
    assertThat(rate.exact()).isEqualByComparingTo("0.3");
    assertThat(rate.confidence()).isEqualTo(Confidence.UNCONFIRMED);
  }

  @Test
  void hourlyRate_microCrecheBases_listTheColumnRule() {
    HourlyRate micro = CALCULATOR.hourlyRate(DATE, CareType.MICRO_CRECHE, family("2000"));
    HourlyRate collective = CALCULATOR.hourlyRate(DATE, CareType.COLLECTIVE, family("2000"));
    assertThat(micro.exact()).isEqualByComparingTo(collective.exact());
    assertThat(micro.legalBases()).hasSize(collective.legalBases().size() + 1);
  }

  @Test
  void monthlyFee_regularContract_roundsTheTariffThenTheProduct() {
    MonthlyFee fee =
        CALCULATOR.monthlyFee(
            DATE,
            CareType.COLLECTIVE,
            family("2000"),
            MonthlyContract.of(new BigDecimal("40"), 47, 12));
    // tariff 1.24 × 40 × 47 / 12 = 194.2666... -> 194.27 ; exact 1.238 × 40 × 47 / 12 = 193.953...
    assertThat(fee.rounded()).isEqualTo(new BigDecimal("194.27"));
    assertThat(fee.exact()).isEqualByComparingTo("193.953333333333");
    assertThat(fee.contract().monthlyHours()).isEqualByComparingTo("156.666666666667");
    assertThat(fee.confidence()).isEqualTo(Confidence.UNCONFIRMED);
    assertThat(fee.legalBases()).endsWith(FeeBases.MENSUALISATION);
  }

  @Test
  void occasionalFee_billedHours_multiplyTheTariff() {
    OccasionalFee fee =
        CALCULATOR.occasionalFee(DATE, CareType.COLLECTIVE, family("2000"), new BigDecimal("2.25"));
    assertThat(fee.rounded()).isEqualTo(new BigDecimal("2.79")); // 1.24 × 2.25 = 2.79
    assertThat(fee.exact()).isEqualByComparingTo("2.7855");
    assertThat(fee.confidence()).isEqualTo(Confidence.SECONDARY);
    assertThat(fee.legalBases()).endsWith(FeeBases.OCCASIONAL);
    assertCode(
        () ->
            CALCULATOR.occasionalFee(
                DATE, CareType.COLLECTIVE, family("2000"), new BigDecimal("-1")),
        CommonErrorCode.NEGATIVE);
    assertThat(
            CALCULATOR
                .occasionalFee(DATE, CareType.COLLECTIVE, family("2000"), BigDecimal.ZERO)
                .rounded())
        .isEqualByComparingTo("0");
  }

  @Test
  void hourlyRate_unknownDate_namesTheParameter() {
    assertCode(
        () -> CALCULATOR.hourlyRate(LocalDate.of(2010, 1, 1), CareType.COLLECTIVE, family("10")),
        LegalErrorCode.NO_VALUE_ON_DATE);
  }

  @Test
  void toString_namesTheManagerPlafond() {
    assertThat(CALCULATOR.toString()).doesNotContain("manager");
    assertThat(CALCULATOR.withManagerPlafond(BigDecimal.TEN).toString())
        .contains("manager plafond 10");
  }
}
