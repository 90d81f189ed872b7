package io.github.esspetiteenfance.regulation;

import static io.github.esspetiteenfance.regulation.Fixtures.BEFORE_REFORM;
import static io.github.esspetiteenfance.regulation.Fixtures.REFORM;
import static io.github.esspetiteenfance.regulation.Fixtures.Y2024;
import static io.github.esspetiteenfance.regulation.Fixtures.check;
import static io.github.esspetiteenfance.regulation.Fixtures.dec;
import static io.github.esspetiteenfance.regulation.Fixtures.facility;
import static io.github.esspetiteenfance.regulation.Fixtures.present;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.esspetiteenfance.diagnostic.Finding;
import io.github.esspetiteenfance.diagnostic.Severity;
import io.github.esspetiteenfance.legal.Confidence;
import io.github.esspetiteenfance.legal.LegalBasis;
import io.github.esspetiteenfance.structure.RatioOption;
import io.github.esspetiteenfance.structure.StructureKind;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Golden cases of the staffing and surnombre rules, on both sides of every limit and date. */
class StaffingAndSurnombreRulesTest {

  private static final Facility CRECHE_30 =
      FacilityBuilder.builder()
          .from(facility(StructureKind.CRECHE_COLLECTIVE, 30))
          .ratioOption(RatioOption.ONE_PER_FIVE_OR_EIGHT)
          .build();
  private static final Facility MICRO_10 =
      FacilityBuilder.builder()
          .from(facility(StructureKind.MICRO_CRECHE, 10))
          .ratioOption(RatioOption.ONE_PER_SIX)
          .build();

  @Test
  void ratio_fiveOrEight_metAndNotMet() {
    // 5 not walking + 8 walking need 2 professionals
    assertThat(check(CRECHE_30, Y2024, present(5, 8, 2, 1)).isCompliant()).isTrue();
    ComplianceReport short1 = check(CRECHE_30, Y2024, present(5, 9, 2, 1));
    Finding ratio = short1.first(FindingCode.STAFF_RATIO_NOT_MET).orElseThrow();
    assertThat(ratio.argumentValues()).containsExactly("staff", 2, 3, 14);
    assertThat(ratio.confidence()).isEqualTo(Confidence.DERIVED);
    assertThat(ratio.bases())
        .extracting(LegalBasis::article)
        .anyMatch(a -> a.startsWith("R2324-46-4"))
        .anyMatch(a -> a.startsWith("R2324-43 I"));
    assertThat(ratio.message(Locale.ENGLISH))
        .startsWith("2 adult(s) counted for 14 children; the ratio needs 3.")
        .endsWith("[DERIVED: interpretation of the project, not a published rule.]");
  }

  @Test
  void ratio_singleGroup_isSecondaryNotDerived() {
    Finding ratio =
        check(CRECHE_30, Y2024, present(0, 17, 2, 1))
            .first(FindingCode.STAFF_RATIO_NOT_MET)
            .orElseThrow();
    assertThat(ratio.argumentValues()).containsExactly("staff", 2, 3, 17);
    assertThat(ratio.confidence()).isEqualTo(Confidence.SECONDARY);
  }

  @Test
  void ratio_oneInSix() {
    Facility six =
        FacilityBuilder.builder().from(CRECHE_30).ratioOption(RatioOption.ONE_PER_SIX).build();
    assertThat(check(six, Y2024, present(6, 6, 2, 1)).isCompliant()).isTrue();
    assertThat(check(six, Y2024, present(6, 7, 2, 1)).has(FindingCode.STAFF_RATIO_NOT_MET))
        .isTrue();
  }

  @Test
  void ratio_oneInSixBeforeTheReform_isCheckedWithFiveOrEight() {
    Facility six =
        FacilityBuilder.builder().from(CRECHE_30).ratioOption(RatioOption.ONE_PER_SIX).build();
    ComplianceReport report = check(six, BEFORE_REFORM, present(10, 0, 2, 1));
    assertThat(report.has(FindingCode.RATIO_OPTION_NOT_AVAILABLE)).isTrue();
    assertThat(report.isCompliant()).isTrue();
    assertThat(check(six, BEFORE_REFORM, present(11, 0, 2, 1)).has(FindingCode.STAFF_RATIO_NOT_MET))
        .isTrue();
    assertThat(check(six, REFORM, present(11, 0, 2, 1)).has(FindingCode.STAFF_RATIO_NOT_MET))
        .isFalse();
  }

  @Test
  void ratio_beforeTheDecreeOf2000_hasNoRule() {
    ComplianceReport report = check(CRECHE_30, LocalDate.of(2000, 7, 31), present(10, 0, 1, 0));
    assertThat(report.has(FindingCode.NO_RULE_ON_DATE)).isTrue();
    assertThat(report.has(FindingCode.STAFF_RATIO_NOT_MET)).isFalse();
    assertThat(
            check(CRECHE_30, LocalDate.of(2000, 8, 1), present(10, 0, 1, 0))
                .has(FindingCode.STAFF_RATIO_NOT_MET))
        .isTrue();
  }

  @Test
  void optionNotStated_metByOneOption_isAWarning_byNeither_isAnError() {
    Facility unstated = facility(StructureKind.CRECHE_COLLECTIVE, 20);
    // 16 walking: 1:5/1:8 needs 2, 1:6 needs 3
    ComplianceReport two = check(unstated, Y2024, present(0, 16, 2, 0));
    assertThat(two.isCompliant()).isTrue();
    Finding dependent = two.first(FindingCode.STAFF_RATIO_OPTION_DEPENDENT).orElseThrow();
    assertThat(dependent.argumentValues())
        .containsExactly("ratioOption", RatioOption.ONE_PER_FIVE_OR_EIGHT, 2);
    assertThat(dependent.message(Locale.ENGLISH))
        .startsWith(
            "The ratio option is not stated: the staff present (2) meets only the option \"1"
                + " professional per 5 children who do not walk and 1 per 8 who walk\"");
    assertThat(dependent.message(Locale.FRENCH)).contains("« 1 professionnel pour 5 enfants");
    // 12 not walking: 1:5/1:8 needs 3, 1:6 needs 2
    assertThat(
            check(unstated, Y2024, present(12, 0, 2, 0))
                .first(FindingCode.STAFF_RATIO_OPTION_DEPENDENT)
                .orElseThrow()
                .argumentValues())
        .contains(RatioOption.ONE_PER_SIX);
    // both options met
    assertThat(check(unstated, Y2024, present(0, 12, 2, 0)).findings(Severity.WARNING)).isEmpty();
    // neither: checked with the easier option
    Finding error =
        check(unstated, Y2024, present(0, 17, 2, 0))
            .first(FindingCode.STAFF_RATIO_NOT_MET)
            .orElseThrow();
    assertThat(error.argumentValues()).containsExactly("staff", 2, 3, 17);
    // before the reform only 1:5/1:8 exists: no warning
    assertThat(check(unstated, BEFORE_REFORM, present(0, 16, 2, 0)).findings())
        .extracting(Finding::code)
        .doesNotContain(FindingCode.STAFF_RATIO_OPTION_DEPENDENT, FindingCode.STAFF_RATIO_NOT_MET);
  }

  @Test
  void minimumOfTwo_crecheFromTheFirstChild_onlySinceTheReform() {
    assertThat(
            check(CRECHE_30, BEFORE_REFORM, present(0, 1, 1, 1))
                .has(FindingCode.STAFF_MINIMUM_ADULTS))
        .isFalse();
    Finding min =
        check(CRECHE_30, REFORM, present(0, 1, 1, 1))
            .first(FindingCode.STAFF_MINIMUM_ADULTS)
            .orElseThrow();
    assertThat(min.argumentValues()).containsExactly("staff", 1, 2, 1);
    assertThat(min.basis().orElseThrow().article()).startsWith("R2324-43-1");
    assertThat(check(CRECHE_30, REFORM, present(0, 0, 0, 0)).isCompliant()).isTrue();
  }

  @Test
  void minimumOfTwo_microCreche_threeVersusFourChildren() {
    assertThat(check(MICRO_10, Y2024, present(0, 3, 1, 0)).isCompliant()).isTrue();
    ComplianceReport four = check(MICRO_10, Y2024, present(0, 4, 1, 0));
    assertThat(four.codes()).contains(FindingCode.STAFF_MINIMUM_ADULTS);
    assertThat(four.has(FindingCode.STAFF_RATIO_NOT_MET)).isFalse();
    assertThat(check(MICRO_10, Y2024, present(0, 4, 2, 0)).isCompliant()).isTrue();
  }

  @Test
  void minimumOfTwo_crecheCollectiveOfTwelvePlaces_isAMicroCrecheByCategory() {
    Facility small =
        FacilityBuilder.builder()
            .from(facility(StructureKind.CRECHE_COLLECTIVE, 12))
            .ratioOption(RatioOption.ONE_PER_SIX)
            .build();
    assertThat(check(small, Y2024, present(0, 3, 1, 0)).has(FindingCode.STAFF_MINIMUM_ADULTS))
        .isFalse();
    Facility thirteen = FacilityBuilder.builder().from(small).capacity(13).build();
    assertThat(check(thirteen, Y2024, present(0, 3, 1, 0)).has(FindingCode.STAFF_MINIMUM_ADULTS))
        .isTrue();
  }

  @Test
  void qualifiedAmongTheTwo_aboveTwentyFourPlaces() {
    Facility big = FacilityBuilder.builder().from(CRECHE_30).capacity(25).build();
    Finding missing =
        check(big, Y2024, present(0, 10, 2, 0))
            .first(FindingCode.STAFF_QUALIFIED_MISSING)
            .orElseThrow();
    assertThat(missing.argumentValues()).containsExactly("qualified", 0, 1, 25);
    assertThat(check(big, Y2024, present(0, 10, 2, 1)).isCompliant()).isTrue();
    assertThat(
            check(
                    FacilityBuilder.builder().from(big).capacity(24).build(),
                    Y2024,
                    present(0, 10, 2, 0))
                .isCompliant())
        .isTrue();
  }

  @Test
  void outing_onePerFiveChildren() {
    Observation inside = present(0, 11, 2, 1);
    Observation outing =
        Fixtures.observation(new Presence(ChildrenPresent.of(0, 11), StaffPresent.of(2, 1), true));
    assertThat(check(CRECHE_30, Y2024, inside).isCompliant()).isTrue();
    Finding finding =
        check(CRECHE_30, Y2024, outing).first(FindingCode.OUTING_RATIO_NOT_MET).orElseThrow();
    assertThat(finding.argumentValues()).containsExactly("staff", 2, 3, 11);
    assertThat(finding.basis().orElseThrow().article()).startsWith("R2324-43-2");
    Observation enough =
        Fixtures.observation(new Presence(ChildrenPresent.of(0, 10), StaffPresent.of(2, 1), true));
    assertThat(check(CRECHE_30, Y2024, enough).isCompliant()).isTrue();
    assertThat(check(CRECHE_30, BEFORE_REFORM, outing).has(FindingCode.OUTING_RATIO_NOT_MET))
        .isFalse();
  }

  @Test
  void crecheParentale_parentsCount_oneProfessionalMayBeAParent() {
    Facility parentale =
        FacilityBuilder.builder().from(CRECHE_30).capacity(20).parental(true).build();
    Observation oneAndOne =
        Fixtures.observation(Presence.of(ChildrenPresent.of(0, 10), new StaffPresent(1, 0, 1)));
    Observation parentsOnly =
        Fixtures.observation(Presence.of(ChildrenPresent.of(0, 10), new StaffPresent(0, 0, 2)));
    assertThat(check(parentale, Y2024, oneAndOne).isCompliant()).isTrue();
    ComplianceReport report = check(parentale, Y2024, parentsOnly);
    assertThat(report.codes())
        .containsExactly(FindingCode.CATEGORY, FindingCode.STAFF_MINIMUM_PROFESSIONALS);
    // the same staff does not count in a non-parental crèche
    assertThat(
            check(
                    FacilityBuilder.builder().from(parentale).parental(false).build(),
                    Y2024,
                    oneAndOne)
                .has(FindingCode.STAFF_MINIMUM_ADULTS))
        .isTrue();
  }

  @Test
  void jardin_oneInSixUnder3_oneInFifteenFrom3() {
    Facility jardin = facility(StructureKind.JARDIN_D_ENFANTS, 40);
    Observation thirty =
        Fixtures.observation(Presence.of(ChildrenPresent.byAge(0, 30), StaffPresent.of(2, 1)));
    Observation thirtyOne =
        Fixtures.observation(Presence.of(ChildrenPresent.byAge(0, 31), StaffPresent.of(2, 1)));
    Observation twelveUnder3 =
        Fixtures.observation(Presence.of(ChildrenPresent.byAge(13, 0), StaffPresent.of(2, 1)));
    assertThat(check(jardin, Y2024, thirty).isCompliant()).isTrue();
    assertThat(
            check(jardin, Y2024, thirtyOne)
                .first(FindingCode.STAFF_RATIO_NOT_MET)
                .orElseThrow()
                .argumentValues())
        .containsExactly("staff", 2, 3, 31);
    ComplianceReport under3 = check(jardin, Y2024, twelveUnder3);
    assertThat(under3.has(FindingCode.JARDIN_AGES_UNKNOWN)).isTrue();
    assertThat(under3.has(FindingCode.STAFF_RATIO_NOT_MET)).isTrue();
    assertThat(check(jardin, BEFORE_REFORM, thirty).has(FindingCode.NO_RULE_ON_DATE)).isTrue();
  }

  @Test
  void crecheFamiliale_presence_isNotChecked() {
    ComplianceReport report =
        check(facility(StructureKind.CRECHE_FAMILIALE, 40), Y2024, present(5, 5, 0, 0));
    assertThat(report.isCompliant()).isTrue();
    assertThat(report.has(FindingCode.NOT_CHECKED)).isTrue();
  }

  @ParameterizedTest(name = "capacity {0}, {1} present on {2} -> {3}")
  @CsvSource({
    // since 2021-09-01: 115 %
    "20, 23, 2021-09-01, SURNOMBRE_IN_USE",
    "20, 24, 2021-09-01, SURNOMBRE_EXCEEDED",
    "40, 46, 2024-03-15, SURNOMBRE_IN_USE",
    "40, 47, 2024-03-15, SURNOMBRE_EXCEEDED",
    // 2015-03-22 - 2021-08-31: +10 % up to 20 places, +15 % 21-40, +20 % from 41
    "20, 22, 2021-08-31, SURNOMBRE_IN_USE",
    "20, 23, 2021-08-31, SURNOMBRE_EXCEEDED",
    "21, 24, 2021-08-31, SURNOMBRE_IN_USE",
    "21, 25, 2021-08-31, SURNOMBRE_EXCEEDED",
    "40, 46, 2021-08-31, SURNOMBRE_IN_USE",
    "40, 47, 2021-08-31, SURNOMBRE_EXCEEDED",
    "41, 49, 2021-08-31, SURNOMBRE_IN_USE",
    "41, 50, 2021-08-31, SURNOMBRE_EXCEEDED",
    "20, 22, 2015-03-22, SURNOMBRE_IN_USE",
    "20, 21, 2015-03-21, NO_RULE_ON_DATE"
  })
  void surnombre(int capacity, int present, LocalDate date, FindingCode expected) {
    Facility f =
        FacilityBuilder.builder()
            .from(facility(StructureKind.CRECHE_COLLECTIVE, capacity))
            .ratioOption(RatioOption.ONE_PER_SIX)
            .build();
    Observation o = present(0, present, 30, 30);
    ComplianceReport report = check(f, date, o);
    assertThat(report.has(expected)).isTrue();
    assertThat(check(f, date, present(0, capacity, 30, 30)).codes())
        .doesNotContain(FindingCode.SURNOMBRE_IN_USE, FindingCode.SURNOMBRE_EXCEEDED);
  }

  @Test
  void surnombre_roundingOfTheMaximum_isUnconfirmed() {
    Facility ten =
        FacilityBuilder.builder()
            .from(facility(StructureKind.MICRO_CRECHE, 10))
            .ratioOption(RatioOption.ONE_PER_SIX)
            .build();
    // 1.15 × 10 = 11.5, rounded down to 11
    Finding eleven =
        check(ten, Y2024, present(0, 11, 2, 1)).first(FindingCode.SURNOMBRE_IN_USE).orElseThrow();
    assertThat(eleven.argumentValues()).containsExactly("children", 11, 10, 11);
    assertThat(eleven.confidence()).isEqualTo(Confidence.UNCONFIRMED);
    Finding twelve =
        check(ten, Y2024, present(0, 12, 2, 1)).first(FindingCode.SURNOMBRE_EXCEEDED).orElseThrow();
    assertThat(twelve.confidence()).isEqualTo(Confidence.UNCONFIRMED);
    assertThat(twelve.message(Locale.ENGLISH)).contains("[UNCONFIRMED");
    Finding thirteen =
        check(ten, Y2024, present(0, 13, 3, 1)).first(FindingCode.SURNOMBRE_EXCEEDED).orElseThrow();
    assertThat(thirteen.confidence()).isEqualTo(Confidence.CONFIRMED);
    // 1.15 × 20 = 23 exactly: no rounding
    Facility twenty =
        FacilityBuilder.builder()
            .from(ten)
            .kind(StructureKind.CRECHE_COLLECTIVE)
            .capacity(20)
            .build();
    assertThat(
            check(twenty, Y2024, present(0, 23, 4, 1))
                .first(FindingCode.SURNOMBRE_IN_USE)
                .orElseThrow()
                .confidence())
        .isEqualTo(Confidence.CONFIRMED);
  }

  @Test
  void surnombre_weeklyOccupancy_atMost100Percent() {
    Facility f =
        FacilityBuilder.builder()
            .from(facility(StructureKind.CRECHE_COLLECTIVE, 20))
            .ratioOption(RatioOption.ONE_PER_SIX)
            .build();
    Observation surnombre = present(0, 22, 4, 1);
    assertThat(check(f, Y2024, surnombre).has(FindingCode.SURNOMBRE_OCCUPANCY_UNKNOWN)).isTrue();
    Observation full =
        Observation.builder()
            .from(surnombre)
            .weeklyOccupancy(new WeeklyOccupancy(dec("1000"), dec("50")))
            .build();
    Observation over =
        Observation.builder()
            .from(surnombre)
            .weeklyOccupancy(new WeeklyOccupancy(dec("1000.5"), dec("50")))
            .build();
    ComplianceReport fullReport = check(f, Y2024, full);
    assertThat(fullReport.isCompliant()).isTrue();
    assertThat(fullReport.findings(Severity.WARNING)).isEmpty();
    Finding exceeded =
        check(f, Y2024, over).first(FindingCode.SURNOMBRE_OCCUPANCY_EXCEEDED).orElseThrow();
    assertThat(exceeded.argumentValues())
        .containsExactly("weeklyOccupancy", dec("100.05"), dec("100"));
    assertThat(exceeded.message(Locale.FRENCH)).contains("100,05 %");
  }

  @Test
  void surnombre_doesNotApplyToCrechesFamiliales() {
    ComplianceReport report =
        check(facility(StructureKind.CRECHE_FAMILIALE, 20), Y2024, present(0, 30, 0, 0));
    assertThat(report.codes()).doesNotContain(FindingCode.SURNOMBRE_EXCEEDED);
  }
}
