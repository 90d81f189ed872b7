package io.github.esspetiteenfance.regulation;

import static io.github.esspetiteenfance.structure.RatioOption.ONE_PER_FIVE_OR_EIGHT;
import static io.github.esspetiteenfance.structure.RatioOption.ONE_PER_SIX;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.esspetiteenfance.InvalidValueException;
import io.github.esspetiteenfance.legal.Confidence;
import io.github.esspetiteenfance.legal.LegalBasis;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StaffingCalculatorTest {

  private static final StaffingCalculator CALCULATOR = StaffingCalculator.bundled();

  private static final LocalDate REFORM = LocalDate.of(2021, 9, 1);
  private static final LocalDate BEFORE_REFORM = LocalDate.of(2021, 8, 31);

  @ParameterizedTest(name = "{0} not walking + {1} walking, 1:5/1:8 -> {2}")
  @CsvSource({
    "0, 0, 0", "1, 0, 1", "5, 0, 1", "6, 0, 2", "10, 0, 2", "11, 0, 3", "0, 8, 1", "0, 9, 2",
    "0, 16, 2", "0, 17, 3", "2, 4, 1", "3, 4, 2", "5, 8, 2", "10, 16, 4", "1, 7, 2", "4, 1, 1"
  })
  void requiredStaff_fiveOrEight_golden(int notWalking, int walking, int expected) {
    assertThat(
            CALCULATOR.byRatio(
                REFORM, ChildrenPresent.of(notWalking, walking), ONE_PER_FIVE_OR_EIGHT))
        .isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} not walking + {1} walking, 1:6 -> {2}")
  @CsvSource({"0, 0, 0", "6, 0, 1", "7, 0, 2", "3, 3, 1", "0, 12, 2", "6, 7, 3", "0, 18, 3"})
  void requiredStaff_six_golden(int notWalking, int walking, int expected) {
    assertThat(CALCULATOR.byRatio(REFORM, ChildrenPresent.of(notWalking, walking), ONE_PER_SIX))
        .isEqualTo(expected);
  }

  @Test
  void requiredStaff_optionSixBeforeTheReform_hasNoRule() {
    assertThat(CALCULATOR.byRatio(BEFORE_REFORM, ChildrenPresent.of(5, 8), ONE_PER_FIVE_OR_EIGHT))
        .isEqualTo(2);
    assertThatThrownBy(
            () -> CALCULATOR.byRatio(BEFORE_REFORM, ChildrenPresent.of(6, 0), ONE_PER_SIX))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.code()).isEqualTo("legal.timeline.no-value-on-date");
              assertThat(e.field()).contains("RATIO_ANY_AGE");
            });
    assertThat(CALCULATOR.byRatio(REFORM, ChildrenPresent.of(6, 0), ONE_PER_SIX)).isEqualTo(1);
  }

  @Test
  void requiredStaff_beforeTheDecreeOf2000_hasNoRule() {
    assertThatThrownBy(
            () ->
                CALCULATOR.byRatio(
                    LocalDate.of(2000, 7, 31), ChildrenPresent.of(1, 1), ONE_PER_FIVE_OR_EIGHT))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("legal.timeline.no-value-on-date");
  }

  @Test
  void requirement_microCreche_oneProfessionalAloneUpToThreeChildren() {
    StaffRequirement three =
        CALCULATOR.requirement(
            REFORM, StaffingSituation.microCreche(12, ONE_PER_SIX, ChildrenPresent.of(3, 0)));
    StaffRequirement four =
        CALCULATOR.requirement(
            REFORM, StaffingSituation.microCreche(12, ONE_PER_SIX, ChildrenPresent.of(0, 4)));
    assertThat(three.adults()).isEqualTo(1);
    assertThat(three.minimumAdults()).isZero();
    assertThat(four.byRatio()).isEqualTo(1);
    assertThat(four.minimumAdults()).isEqualTo(2);
    assertThat(four.adults()).isEqualTo(2);
    assertThat(four.bases())
        .extracting(LegalBasis::article)
        .anyMatch(a -> a.startsWith("R2324-43-1"));
  }

  @Test
  void requirement_creche_twoAdultsFromTheFirstChild_onlySinceTheReform() {
    StaffingSituation one =
        StaffingSituation.creche(30, ONE_PER_FIVE_OR_EIGHT, ChildrenPresent.of(0, 1));
    assertThat(CALCULATOR.requirement(REFORM, one).adults()).isEqualTo(2);
    assertThat(CALCULATOR.requirement(BEFORE_REFORM, one).adults()).isEqualTo(1);
    assertThat(CALCULATOR.requirement(REFORM, one.withChildren(ChildrenPresent.of(0, 0))).adults())
        .isZero();
  }

  @Test
  void requirement_qualifiedAmongTheTwo_aboveTwentyFourPlaces() {
    ChildrenPresent children = ChildrenPresent.of(2, 3);
    assertThat(
            CALCULATOR
                .requirement(REFORM, StaffingSituation.creche(24, ONE_PER_SIX, children))
                .qualified())
        .isZero();
    assertThat(
            CALCULATOR
                .requirement(REFORM, StaffingSituation.creche(25, ONE_PER_SIX, children))
                .qualified())
        .isEqualTo(1);
  }

  @Test
  void requirement_outing_onePerFiveChildren() {
    StaffingSituation group =
        StaffingSituation.creche(40, ONE_PER_FIVE_OR_EIGHT, ChildrenPresent.of(0, 11));
    assertThat(CALCULATOR.requirement(REFORM, group).adults()).isEqualTo(2);
    StaffRequirement outing = CALCULATOR.requirement(REFORM, group.withOuting(true));
    assertThat(outing.byOuting()).isEqualTo(3);
    assertThat(outing.adults()).isEqualTo(3);
    assertThat(CALCULATOR.requirement(BEFORE_REFORM, group.withOuting(true)).byOuting()).isZero();
  }

  @Test
  void requirement_microCrecheOuting_minimumOfTwoFromFourChildren() {
    StaffingSituation three =
        StaffingSituation.microCreche(10, ONE_PER_SIX, ChildrenPresent.of(0, 3)).withOuting(true);
    assertThat(CALCULATOR.requirement(REFORM, three).adults()).isEqualTo(1);
    assertThat(
            CALCULATOR.requirement(REFORM, three.withChildren(ChildrenPresent.of(0, 4))).adults())
        .isEqualTo(2);
    assertThat(
            CALCULATOR.requirement(REFORM, three.withChildren(ChildrenPresent.of(0, 11))).adults())
        .isEqualTo(3);
  }

  @ParameterizedTest(name = "jardin: {0} under 3 + {1} aged 3+ -> {2}")
  @CsvSource({
    "0, 0, 0",
    "6, 0, 1",
    "7, 0, 2",
    "0, 15, 1",
    "0, 16, 2",
    "3, 8, 2",
    "3, 7, 1",
    "12, 30, 4"
  })
  void byJardinRatio_golden(int under3, int over3, int expected) {
    assertThat(CALCULATOR.byJardinRatio(REFORM, ChildrenPresent.byAge(under3, over3)))
        .isEqualTo(expected);
  }

  @Test
  void requirement_jardin_mixedGroupIsDerived() {
    StaffRequirement mixed =
        CALCULATOR.requirement(
            REFORM, StaffingSituation.jardinDEnfants(40, ChildrenPresent.byAge(3, 8)));
    assertThat(mixed.byRatio()).isEqualTo(2);
    assertThat(mixed.confidence()).isEqualTo(Confidence.DERIVED);
    StaffRequirement pure =
        CALCULATOR.requirement(
            REFORM, StaffingSituation.jardinDEnfants(40, ChildrenPresent.byAge(0, 16)));
    assertThat(pure.confidence()).isEqualTo(Confidence.CONFIRMED);
  }

  @Test
  void requirement_crecheParentale_parentsCountAndOneProfessionalSuffices() {
    StaffRequirement r =
        CALCULATOR.requirement(
            REFORM,
            StaffingSituation.creche(20, ONE_PER_FIVE_OR_EIGHT, ChildrenPresent.of(0, 10))
                .withParental(true));
    assertThat(r.adults()).isEqualTo(2);
    assertThat(r.professionals()).isEqualTo(1);
    assertThat(r.isMetBy(new StaffPresent(1, 0, 1), true)).isTrue();
    assertThat(r.isMetBy(new StaffPresent(1, 0, 1), false)).isFalse();
    assertThat(r.isMetBy(new StaffPresent(0, 0, 2), true)).isFalse();
  }

  @Test
  void requirement_crecheParentaleMicro_oneProfessionalWithFewChildren_isDerived() {
    StaffRequirement r =
        CALCULATOR.requirement(
            REFORM,
            StaffingSituation.microCreche(10, ONE_PER_SIX, ChildrenPresent.of(1, 1))
                .withParental(true));
    assertThat(r.professionals()).isEqualTo(1);
    assertThat(r.confidence()).isEqualTo(Confidence.DERIVED);
  }

  @Test
  void situation_crecheWithoutOption_isRejected() {
    assertThatThrownBy(
            () ->
                new StaffingSituation(
                    StaffingSetting.CRECHE,
                    10,
                    java.util.Optional.empty(),
                    false,
                    false,
                    ChildrenPresent.of(1, 1)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("regulation.input.missing");
  }

  @Test
  void inputs_negativeOrInconsistent_areRejected() {
    assertThatThrownBy(() -> ChildrenPresent.of(-1, 0)).hasMessageContaining("value.negative");
    assertThatThrownBy(() -> new ChildrenPresent(1, 1, 3))
        .hasMessageContaining("regulation.input.part-above-whole");
    assertThatThrownBy(() -> StaffPresent.of(1, 2))
        .hasMessageContaining("regulation.input.part-above-whole");
    assertThatThrownBy(() -> StaffingSituation.creche(0, ONE_PER_SIX, ChildrenPresent.of(1, 1)))
        .hasMessageContaining("value.not-positive");
  }
}
