package io.github.esspetiteenfance.fee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.esspetiteenfance.EssPetiteEnfanceException;
import io.github.esspetiteenfance.legal.Confidence;
import io.github.esspetiteenfance.legal.LegalBases;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The worked examples of the reference (petite-enfance-rules.md §4.4), reproduced to the cent, and
 * the hourly rate on both sides of every date where a bundled parameter changes.
 */
class FamilyFeeGoldenTest {

  private static final FamilyFeeCalculator CALCULATOR = FamilyFeeCalculator.bundled();
  private static final BigDecimal RICH = new BigDecimal("20000");
  private static final LocalDate SEPT_2024 = LocalDate.of(2024, 9, 1);

  private static HourlyRate collective(LocalDate date, int children, Resources resources) {
    return CALCULATOR.hourlyRate(date, CareType.COLLECTIVE, Family.of(children, resources));
  }

  // Examples 1 to 6: AGDS, barème from 1 Sept 2024, plancher 765.77, plafond 7,000.
  @ParameterizedTest(name = "{0} children: {1} at plancher, {2} at plafond")
  @CsvSource({
    "1, 0.47, 4.33, 0.474011630, 4.333",
    "2, 0.40, 3.61, 0.395137320, 3.612",
    "3, 0.32, 2.89, 0.316263010, 2.891",
    "4, 0.24, 2.17, 0.237388700, 2.17",
    "7, 0.24, 2.17, 0.237388700, 2.17",
    "8, 0.16, 1.44, 0.157748620, 1.442",
    "10, 0.16, 1.44, 0.157748620, 1.442"
  })
  void hourlyRate_agds2024Examples_matchToTheCent(
      int children, String atPlancher, String atPlafond, String exactLow, String exactHigh) {
    for (LocalDate date : new LocalDate[] {SEPT_2024, LocalDate.of(2024, 12, 31)}) {
      HourlyRate low = collective(date, children, Resources.monthly(BigDecimal.ZERO));
      HourlyRate high = collective(date, children, Resources.monthly(RICH));
      assertThat(low.rounded()).isEqualByComparingTo(atPlancher);
      assertThat(high.rounded()).isEqualByComparingTo(atPlafond);
      assertThat(low.exact()).isEqualTo(new BigDecimal(exactLow).stripTrailingZeros());
      assertThat(high.exact()).isEqualByComparingTo(exactHigh);
      assertThat(low.resourceBasis()).isEqualTo(ResourceBasis.PLANCHER);
      assertThat(high.resourceBasis()).isEqualTo(ResourceBasis.PLAFOND);
      assertThat(low.retainedMonthlyResources()).isEqualByComparingTo("765.77");
      assertThat(high.retainedMonthlyResources()).isEqualByComparingTo("7000");
    }
  }

  @Test
  void hourlyRate_toupty2021ThreeChildren32360PerYear_is1_11() {
    HourlyRate rate =
        collective(LocalDate.of(2021, 6, 1), 3, Resources.annual(new BigDecimal("32360")));
    assertThat(rate.rounded()).isEqualByComparingTo("1.11");
    assertThat(rate.exact()).isEqualByComparingTo("1.105633333333");
    assertThat(rate.resourceBasis()).isEqualTo(ResourceBasis.DECLARED);
    assertThat(rate.tauxEffort().percent()).isEqualByComparingTo("0.0410");
    // the 2021 plancher and plafond are UNCONFIRMED, and the answer says so
    assertThat(rate.confidence()).isEqualTo(Confidence.UNCONFIRMED);
  }

  @Test
  void hourlyRate_laribambellePre2019OneChild40000PerYear_is2_00() {
    for (LocalDate date : new LocalDate[] {LocalDate.of(2018, 3, 1), LocalDate.of(2019, 8, 31)}) {
      HourlyRate rate = collective(date, 1, Resources.annual(new BigDecimal("40000")));
      assertThat(rate.rounded()).isEqualByComparingTo("2.00");
      assertThat(rate.exact()).isEqualByComparingTo("2.000");
      // the 2019 plancher (705.27) is unresolved (reference §8.1): the answer says UNCONFIRMED
      assertThat(rate.confidence())
          .isEqualTo(date.getYear() == 2018 ? Confidence.SECONDARY : Confidence.UNCONFIRMED);
    }
  }

  @Test
  void hourlyRate_crecheadoree2022Range_is0_15To3_71() {
    LocalDate date = LocalDate.of(2022, 6, 1);
    assertThat(collective(date, 1, Resources.monthly(RICH)).rounded()).isEqualByComparingTo("3.71");
    HourlyRate min = collective(date, 8, Resources.monthly(BigDecimal.ZERO));
    assertThat(min.rounded()).isEqualByComparingTo("0.15");
    assertThat(min.exact()).isEqualByComparingTo("0.146739980");
  }

  @Test
  void hourlyRate_plafond8500FromSeptember2025_is5_26WithoutThePlancher() {
    // DERIVED example 10: the plancher is not needed at the plafond
    HourlyRate rate = collective(LocalDate.of(2025, 9, 1), 1, Resources.monthly(RICH));
    assertThat(rate.rounded()).isEqualByComparingTo("5.26");
    assertThat(rate.exact()).isEqualByComparingTo("5.2615");
    assertThat(rate.legalBases())
        .noneMatch(b -> b.article().startsWith("plancher"))
        .contains(LegalBases.get("cnaf.plafond.2025-09"));
  }

  @Test
  void hourlyRate_aeehExampleTwoChildrenOneAeeh3000_is1_24() {
    Family family = new Family(2, 1, Resources.monthly(new BigDecimal("3000")));
    HourlyRate rate = CALCULATOR.hourlyRate(SEPT_2024, CareType.COLLECTIVE, family);
    assertThat(rate.rounded()).isEqualByComparingTo("1.24");
    assertThat(rate.exact()).isEqualByComparingTo("1.239");
    assertThat(rate.tauxEffort().percent()).isEqualByComparingTo("0.0413");
    assertThat(rate.legalBases()).contains(FeeBases.AEEH);
  }

  /** One child, collective care, at the plancher and at the plafond, around every change. */
  @ParameterizedTest(name = "{0}: {1} / {2} ({3})")
  @CsvSource({
    "2018-01-01, 0.412380, 2.924772, SECONDARY",
    "2018-12-31, 0.412380, 2.924772, SECONDARY",
    "2019-01-01, 0.423162, 2.924772, UNCONFIRMED",
    "2019-08-31, 0.423162, 2.924772, UNCONFIRMED",
    "2019-09-01, 0.42668835, 3.2065, UNCONFIRMED",
    "2019-12-31, 0.42668835, 3.2065, UNCONFIRMED",
    "2020-01-01, 0.4302147, 3.416, DERIVED",
    "2020-12-31, 0.4302147, 3.416, DERIVED",
    "2021-01-01, 0.4376463, 3.567, UNCONFIRMED",
    "2021-12-31, 0.4376463, 3.567, UNCONFIRMED",
    "2022-01-01, 0.44093227, 3.714, SECONDARY",
    "2022-12-31, 0.44093227, 3.714, SECONDARY",
    "2023-01-01, 0.46682504, 3.714, SECONDARY",
    "2023-12-31, 0.46682504, 3.714, SECONDARY",
    "2024-01-01, 0.47401163, 3.714, SECONDARY",
    "2024-08-31, 0.47401163, 3.714, SECONDARY",
    "2024-09-01, 0.47401163, 4.333, SECONDARY",
    "2024-12-31, 0.47401163, 4.333, SECONDARY",
    "2025-01-01, 0.495819, 4.333, UNCONFIRMED",
    "2025-08-31, 0.495819, 4.333, UNCONFIRMED",
    "2025-09-01, 0.495819, 5.2615, UNCONFIRMED",
    "2025-12-31, 0.495819, 5.2615, UNCONFIRMED",
    "2026-01-01, 0.50424978, 5.2615, UNCONFIRMED",
    "2026-12-04, 0.50424978, 5.2615, UNCONFIRMED",
    "2026-12-31, 0.50424978, 5.2615, UNCONFIRMED"
  })
  void hourlyRate_aroundEachChange_followsTheTables(
      LocalDate date, String atPlancher, String atPlafond, Confidence weakestAtPlancher) {
    HourlyRate low = collective(date, 1, Resources.monthly(BigDecimal.ONE));
    assertThat(low.exact()).isEqualByComparingTo(atPlancher);
    assertThat(low.confidence()).isEqualTo(weakestAtPlancher);
    assertThat(collective(date, 1, Resources.monthly(RICH)).exact())
        .isEqualByComparingTo(atPlafond);
  }

  @ParameterizedTest(name = "{0}: {1} ({2})")
  @CsvSource({
    "2025-01-01, 4.333, SECONDARY",
    "2025-08-31, 4.333, SECONDARY",
    "2025-09-01, 5.2615, SECONDARY",
    "2025-12-31, 5.2615, SECONDARY",
    "2026-01-01, 5.2615, UNCONFIRMED",
    "2027-06-30, 5.2615, UNCONFIRMED"
  })
  void hourlyRate_atThePlafondFrom2025_followsThePlafondAndLabelsAssumptions(
      LocalDate date, String atPlafond, Confidence confidence) {
    HourlyRate high = collective(date, 1, Resources.monthly(RICH));
    assertThat(high.exact()).isEqualByComparingTo(atPlafond);
    assertThat(high.confidence()).isEqualTo(confidence);
  }

  @ParameterizedTest
  @CsvSource({"2027-01-01", "2027-06-30"})
  void hourlyRate_belowThePlafondFrom2027_saysThePlancherIsUnknown(LocalDate date) {
    assertThatThrownBy(() -> collective(date, 1, Resources.monthly(new BigDecimal("2000"))))
        .isInstanceOfSatisfying(
            EssPetiteEnfanceException.class,
            e -> {
              assertThat(e.code()).isEqualTo("legal.timeline.no-value-on-date");
              assertThat(e.field()).contains("plancher");
              assertThat(e.rejectedValue()).isEqualTo(date);
            });
  }

  @Test
  void hourlyRate_today_computesWithTheBundledData() {
    // 4 December 2026: plancher 2026 (814.62, SECONDARY), plafond 8 500 (CONFIRMED), rate 0.0619 %
    LocalDate today = LocalDate.of(2026, 12, 4);
    HourlyRate low = collective(today, 1, Resources.monthly(BigDecimal.ZERO));
    assertThat(low.retainedMonthlyResources()).isEqualByComparingTo("814.62");
    assertThat(low.rounded()).isEqualByComparingTo("0.50");
    assertThat(low.legalBases()).contains(LegalBases.get("cnaf.plancher.2026"));
    HourlyRate mid = collective(today, 1, Resources.monthly(new BigDecimal("3000")));
    assertThat(mid.rounded()).isEqualByComparingTo("1.86");
    // the rates after 2025 are an assumption (no change found): the answer says so
    assertThat(mid.confidence()).isEqualTo(Confidence.UNCONFIRMED);
    assertThat(mid.legalBases())
        .contains(LegalBases.get("cnaf.plafond.2025-09"), LegalBases.get("cnaf.plancher.2026"));
  }

  @Test
  void hourlyRate_plancher2025Babilou_is801AndThePlafondStays7000UntilAugust() {
    HourlyRate low = collective(LocalDate.of(2025, 3, 1), 1, Resources.unknown());
    assertThat(low.retainedMonthlyResources()).isEqualByComparingTo("801.00");
    assertThat(low.rounded()).isEqualByComparingTo("0.50");
    HourlyRate high = collective(LocalDate.of(2025, 8, 31), 1, Resources.monthly(RICH));
    assertThat(high.retainedMonthlyResources()).isEqualByComparingTo("7000");
    HourlyRate after = collective(LocalDate.of(2025, 9, 1), 1, Resources.monthly(RICH));
    assertThat(after.retainedMonthlyResources()).isEqualByComparingTo("8500");
  }

  @Test
  void hourlyRate_before2018_saysThePlafondIsUnknown() {
    assertThatThrownBy(() -> collective(LocalDate.of(2017, 12, 31), 1, Resources.monthly(RICH)))
        .isInstanceOfSatisfying(
            EssPetiteEnfanceException.class,
            e -> {
              assertThat(e.code()).isEqualTo("legal.timeline.no-value-on-date");
              assertThat(e.field()).contains("plafond");
            });
  }

  @Test
  void hourlyRate_microCrecheAroundSeptember2019_changesColumn() {
    Family family = Family.of(1, Resources.monthly(RICH));
    HourlyRate before =
        CALCULATOR.hourlyRate(LocalDate.of(2019, 8, 31), CareType.MICRO_CRECHE, family);
    HourlyRate after =
        CALCULATOR.hourlyRate(LocalDate.of(2019, 9, 1), CareType.MICRO_CRECHE, family);
    assertThat(before.column()).isEqualTo(RateColumn.FAMILIAL_AND_PARENTAL);
    assertThat(before.exact()).isEqualByComparingTo("2.437310"); // 4,874.62 × 0.05 %
    assertThat(before.confidence()).isEqualTo(Confidence.UNCONFIRMED);
    assertThat(after.column()).isEqualTo(RateColumn.COLLECTIVE);
    assertThat(after.exact()).isEqualByComparingTo("3.2065"); // 5,300 × 0.0605 %
    assertThat(after.legalBases()).contains(CareType.MICRO_CRECHE.columnBasis(after.date()).get());
  }

  @ParameterizedTest(name = "{0} children, familial: {1}")
  @CsvSource({"1, 3.612", "2, 2.891", "3, 2.17", "5, 2.17", "6, 1.442", "12, 1.442"})
  void hourlyRate_familialColumnAtThePlafond2024_isTheCollectiveShiftedByOneBracket(
      int children, String exact) {
    HourlyRate rate =
        CALCULATOR.hourlyRate(
            SEPT_2024, CareType.FAMILIAL, Family.of(children, Resources.monthly(RICH)));
    assertThat(rate.exact()).isEqualByComparingTo(exact);
    assertThat(rate.confidence()).isEqualTo(Confidence.UNCONFIRMED);
  }
}
