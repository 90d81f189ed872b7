package io.github.esspetiteenfance.fee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.esspetiteenfance.CommonErrorCode;
import io.github.esspetiteenfance.ErrorCode;
import io.github.esspetiteenfance.EssPetiteEnfanceException;
import io.github.esspetiteenfance.legal.Confidence;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The small value types of the {@code fee} package. */
class FeeValuesTest {

  private static void assertCode(ThrowingCallable call, ErrorCode code, String field) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            EssPetiteEnfanceException.class,
            e -> {
              assertThat(e.errorCode()).isEqualTo(code);
              assertThat(e.field()).contains(field);
              assertThat(e.message(Locale.FRENCH)).isNotBlank().doesNotContain("{");
            });
  }

  @ParameterizedTest
  @CsvSource({"1, 1, 1", "4-7, 4, 7", "6+, 6, ", "11+, 11, ", "8-10, 8, 10"})
  void childBracket_parse_isTheInverseOfToString(String text, int from, Integer to) {
    ChildBracket bracket = ChildBracket.parse(text);
    assertThat(bracket.from()).isEqualTo(from);
    assertThat(bracket.to()).isEqualTo(Optional.ofNullable(to));
    assertThat(bracket.toString()).isEqualTo(text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "a", "4-", "-4", "+", "4-x", "x+"})
  void childBracket_parse_malformed_throws(String text) {
    assertCode(() -> ChildBracket.parse(text), FeeErrorCode.DATA_MALFORMED, "bracket");
  }

  @Test
  void childBracket_invalidBounds_throw() {
    assertCode(() -> ChildBracket.of(0, 1), FeeErrorCode.CHILDREN_OUT_OF_RANGE, "from");
    assertCode(() -> ChildBracket.atLeast(100), FeeErrorCode.CHILDREN_OUT_OF_RANGE, "from");
    assertCode(() -> ChildBracket.of(5, 4), FeeErrorCode.BRACKET_REVERSED, "to");
    assertCode(() -> ChildBracket.parse("0"), FeeErrorCode.CHILDREN_OUT_OF_RANGE, "from");
    assertThat(ChildBracket.atLeast(99).from()).isEqualTo(99);
    assertThat(ChildBracket.of(1, 1).to()).contains(1);
    assertThat(ChildBracket.of(4, 5).toString()).isEqualTo("4-5");
  }

  @Test
  void childBracket_containsAndOverlaps_includeTheirBounds() {
    ChildBracket b = ChildBracket.of(4, 7);
    assertThat(b.contains(3)).isFalse();
    assertThat(b.contains(4)).isTrue();
    assertThat(b.contains(7)).isTrue();
    assertThat(b.contains(8)).isFalse();
    assertThat(ChildBracket.atLeast(6).contains(600)).isTrue();
    assertThat(ChildBracket.atLeast(6).contains(5)).isFalse();
    assertThat(b.overlaps(ChildBracket.of(7, 9))).isTrue();
    assertThat(b.overlaps(ChildBracket.of(1, 4))).isTrue();
    assertThat(b.overlaps(ChildBracket.of(5, 5))).isTrue();
    assertThat(ChildBracket.of(5, 5).overlaps(b)).isTrue();
    assertThat(b.overlaps(ChildBracket.of(8, 10))).isFalse();
    assertThat(b.overlaps(ChildBracket.of(1, 3))).isFalse();
    assertThat(b.overlaps(ChildBracket.atLeast(1))).isTrue();
  }

  @Test
  void tauxEffort_fractionAndText() {
    TauxEffort t = TauxEffort.ofPercent("0.0619");
    assertThat(t.fraction()).isEqualTo(new BigDecimal("0.000619"));
    assertThat(t.toString()).isEqualTo("0.0619 %");
    assertCode(() -> TauxEffort.ofPercent("0"), CommonErrorCode.NOT_POSITIVE, "percent");
    assertCode(() -> TauxEffort.ofPercent("-0.01"), CommonErrorCode.NOT_POSITIVE, "percent");
  }

  @Test
  void resources_monthlyIsKeptExactly_andAnnualDividedAtScale12() {
    Resources monthly = Resources.monthly(new BigDecimal("2696.67"));
    assertThat(monthly.annualAmount()).contains(new BigDecimal("32360.04"));
    assertThat(monthly.monthlyAmount().orElseThrow()).isEqualByComparingTo("2696.67");
    Resources annual = Resources.annual(new BigDecimal("32360"));
    assertThat(annual.monthlyAmount()).contains(new BigDecimal("2696.666666666667"));
    assertThat(Resources.monthly(new BigDecimal("0.0000000000001")).monthlyAmount().orElseThrow())
        .isEqualTo(new BigDecimal("0.0000000000001"));
    assertThat(Resources.annual(new BigDecimal("1200.00")).monthlyAmount())
        .contains(new BigDecimal("100"));
    assertThat(Resources.annual(new BigDecimal("1206")).monthlyAmount())
        .contains(new BigDecimal("100.5"));
    assertThat(Resources.unknown().isKnown()).isFalse();
    assertThat(Resources.unknown().monthlyAmount()).isEmpty();
    assertThat(annual.isKnown()).isTrue();
    assertThat(Resources.monthly(BigDecimal.ZERO).isKnown()).isTrue();
    assertCode(
        () -> Resources.monthly(new BigDecimal("-0.01")), CommonErrorCode.NEGATIVE, "monthly");
    assertCode(
        () -> Resources.annual(new BigDecimal("-0.01")), CommonErrorCode.NEGATIVE, "annualAmount");
  }

  @Test
  void family_countsAeehChildrenTwice_andChecksItsRanges() {
    Resources r = Resources.unknown();
    assertThat(new Family(2, 1, r).effectiveChildren()).isEqualTo(3);
    assertThat(Family.of(3, r).aeehChildren()).isZero();
    assertThat(Family.of(3, r).withAeehChildren(3).effectiveChildren()).isEqualTo(6);
    assertThat(Family.of(99, r).dependentChildren()).isEqualTo(99);
    Family withResources = new Family(3, 2, r).withResources(Resources.monthly(BigDecimal.TEN));
    assertThat(withResources).isEqualTo(new Family(3, 2, Resources.monthly(BigDecimal.TEN)));
    assertCode(() -> Family.of(0, r), FeeErrorCode.CHILDREN_OUT_OF_RANGE, "dependentChildren");
    assertCode(() -> Family.of(100, r), FeeErrorCode.CHILDREN_OUT_OF_RANGE, "dependentChildren");
    assertCode(() -> new Family(2, 3, r), FeeErrorCode.CHILDREN_OUT_OF_RANGE, "aeehChildren");
    assertCode(() -> new Family(2, -1, r), FeeErrorCode.CHILDREN_OUT_OF_RANGE, "aeehChildren");
  }

  @Test
  void careType_column_followsTheMicroCrecheRule() {
    LocalDate before = LocalDate.of(2019, 8, 31);
    LocalDate after = LocalDate.of(2019, 9, 1);
    assertThat(CareType.MICRO_CRECHE.column(before)).isEqualTo(RateColumn.FAMILIAL_AND_PARENTAL);
    assertThat(CareType.MICRO_CRECHE.column(after)).isEqualTo(RateColumn.COLLECTIVE);
    for (LocalDate d : List.of(before, after)) {
      assertThat(CareType.COLLECTIVE.column(d)).isEqualTo(RateColumn.COLLECTIVE);
      assertThat(CareType.FAMILIAL.column(d)).isEqualTo(RateColumn.FAMILIAL_AND_PARENTAL);
      assertThat(CareType.PARENTAL.column(d)).isEqualTo(RateColumn.FAMILIAL_AND_PARENTAL);
      assertThat(CareType.COLLECTIVE.columnBasis(d)).isEmpty();
      assertThat(CareType.FAMILIAL.columnBasis(d)).isEmpty();
      assertThat(CareType.PARENTAL.columnBasis(d)).isEmpty();
    }
    assertThat(CareType.MICRO_CRECHE.columnBasis(before).orElseThrow().validity().contains(before))
        .isTrue();
    assertThat(CareType.MICRO_CRECHE.columnBasis(after).orElseThrow().validity().contains(after))
        .isTrue();
    assertThat(CareType.MICRO_CRECHE.columnBasis(after).orElseThrow().confidence())
        .isEqualTo(Confidence.SECONDARY);
  }

  @Test
  void monthlyContract_rangesAndMonthlyHours() {
    MonthlyContract c = MonthlyContract.of(new BigDecimal("37.5"), 47, 12);
    assertThat(c.monthlyHours()).isEqualByComparingTo("146.875");
    assertThat(MonthlyContract.of(new BigDecimal("168"), 52, 1).monthlyHours())
        .isEqualByComparingTo("8736");
    assertThat(MonthlyContract.of(new BigDecimal("0.01"), 1, 12).weeksOfCare()).isEqualTo(1);
    assertCode(
        () -> MonthlyContract.of(new BigDecimal("0"), 47, 12),
        FeeErrorCode.CONTRACT_OUT_OF_RANGE,
        "hoursPerWeek");
    assertCode(
        () -> MonthlyContract.of(new BigDecimal("168.01"), 47, 12),
        FeeErrorCode.CONTRACT_OUT_OF_RANGE,
        "hoursPerWeek");
    assertCode(
        () -> MonthlyContract.of(new BigDecimal("40"), 0, 12),
        FeeErrorCode.CONTRACT_OUT_OF_RANGE,
        "weeksOfCare");
    assertCode(
        () -> MonthlyContract.of(new BigDecimal("40"), 53, 12),
        FeeErrorCode.CONTRACT_OUT_OF_RANGE,
        "weeksOfCare");
    assertCode(
        () -> MonthlyContract.of(new BigDecimal("40"), 47, 0),
        FeeErrorCode.CONTRACT_OUT_OF_RANGE,
        "monthsBilled");
    assertCode(
        () -> MonthlyContract.of(new BigDecimal("40"), 47, 13),
        FeeErrorCode.CONTRACT_OUT_OF_RANGE,
        "monthsBilled");
  }

  @Test
  void feeRounding_isHalfUpToTheCent() {
    assertThat(FeeRounding.toCent(new BigDecimal("0.474"))).isEqualTo(new BigDecimal("0.47"));
    assertThat(FeeRounding.toCent(new BigDecimal("0.395"))).isEqualTo(new BigDecimal("0.40"));
    assertThat(FeeRounding.toCent(new BigDecimal("2"))).isEqualTo(new BigDecimal("2.00"));
    assertThat(FeeRounding.BASIS.confidence()).isEqualTo(Confidence.DERIVED);
  }

  @Test
  void hourlyRate_negativeAmounts_throw() {
    HourlyRate rate =
        FamilyFeeCalculator.bundled()
            .hourlyRate(
                LocalDate.of(2024, 10, 1),
                CareType.COLLECTIVE,
                Family.of(1, Resources.monthly(BigDecimal.TEN)));
    assertCode(
        () -> HourlyRateBuilder.builder().from(rate).exact(new BigDecimal("-0.01")).build(),
        CommonErrorCode.NEGATIVE,
        "exact");
    assertCode(
        () ->
            HourlyRateBuilder.builder()
                .from(rate)
                .retainedMonthlyResources(new BigDecimal("-0.01"))
                .build(),
        CommonErrorCode.NEGATIVE,
        "retainedMonthlyResources");
    HourlyRate zero =
        HourlyRateBuilder.builder()
            .from(rate)
            .exact(BigDecimal.ZERO)
            .retainedMonthlyResources(BigDecimal.ZERO)
            .build();
    assertThat(zero.rounded()).isEqualTo(new BigDecimal("0.00"));
    assertThat(zero.retainedMonthlyResources()).isZero();
    HourlyRate noBasis = HourlyRateBuilder.builder().from(rate).legalBases(List.of()).build();
    assertThat(noBasis.confidence()).isEqualTo(Confidence.CONFIRMED);
  }
}
