package io.github.esspetiteenfance.regulation;

import static io.github.esspetiteenfance.regulation.Fixtures.BEFORE_REFORM;
import static io.github.esspetiteenfance.regulation.Fixtures.REFORM;
import static io.github.esspetiteenfance.regulation.Fixtures.Y2024;
import static io.github.esspetiteenfance.regulation.Fixtures.check;
import static io.github.esspetiteenfance.regulation.Fixtures.facility;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.esspetiteenfance.diagnostic.Finding;
import io.github.esspetiteenfance.diagnostic.Severity;
import io.github.esspetiteenfance.legal.Confidence;
import io.github.esspetiteenfance.legal.Dated;
import io.github.esspetiteenfance.legal.LegalBasis;
import io.github.esspetiteenfance.structure.StructureKind;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Golden cases of the capacity, category and age rules, on both sides of every limit and date. */
class CapacityAndAgeRulesTest {

  @Test
  void microCreche_twelveVersusThirteenPlaces_onTheDayOfTheReform() {
    ComplianceReport twelve = check(facility(StructureKind.MICRO_CRECHE, 12), REFORM);
    ComplianceReport thirteen = check(facility(StructureKind.MICRO_CRECHE, 13), REFORM);

    assertThat(twelve.has(FindingCode.MICRO_CRECHE_CAPACITY_EXCEEDED)).isFalse();
    assertThat(twelve.first(FindingCode.CATEGORY).orElseThrow().argumentValues())
        .contains(EajeCategory.MICRO_CRECHE);
    assertThat(twelve.isCompliant()).isTrue();

    Finding error = thirteen.first(FindingCode.MICRO_CRECHE_CAPACITY_EXCEEDED).orElseThrow();
    assertThat(thirteen.isCompliant()).isFalse();
    assertThat(error.severity()).isEqualTo(Severity.ERROR);
    assertThat(error.argumentValues()).containsExactly("capacity", 13, 12);
    LegalBasis basis = error.basis().orElseThrow();
    assertThat(basis.article()).startsWith("R2324-46 I");
    assertThat(basis.validity().startDate()).contains(REFORM);
    assertThat(basis.validity().endDate()).isEmpty();
    assertThat(error.confidence()).isEqualTo(Confidence.CONFIRMED);
    assertThat(error.message(Locale.ENGLISH)).doesNotContain("[");
    assertThat(thirteen.first(FindingCode.CATEGORY).orElseThrow().argumentValues())
        .contains(EajeCategory.PETITE_CRECHE);
  }

  @Test
  void microCreche_tenVersusElevenPlaces_theDayBeforeTheReform() {
    ComplianceReport ten = check(facility(StructureKind.MICRO_CRECHE, 10), BEFORE_REFORM);
    ComplianceReport eleven = check(facility(StructureKind.MICRO_CRECHE, 11), BEFORE_REFORM);
    ComplianceReport elevenAfter = check(facility(StructureKind.MICRO_CRECHE, 11), REFORM);

    assertThat(ten.has(FindingCode.MICRO_CRECHE_CAPACITY_EXCEEDED)).isFalse();
    Finding error = eleven.first(FindingCode.MICRO_CRECHE_CAPACITY_EXCEEDED).orElseThrow();
    assertThat(error.argumentValues()).containsExactly("capacity", 11, 10);
    assertThat(error.basis().orElseThrow().validity().endDate()).contains(BEFORE_REFORM);
    assertThat(error.confidence()).isEqualTo(Confidence.SECONDARY);
    assertThat(error.message(Locale.ENGLISH))
        .endsWith("[Secondary source: to be checked against the legal text.]");
    assertThat(error.message(Locale.FRENCH))
        .contains("au plus 10 places")
        .contains("Source secondaire");
    assertThat(elevenAfter.has(FindingCode.MICRO_CRECHE_CAPACITY_EXCEEDED)).isFalse();
    assertThat(ten.has(FindingCode.CATEGORY)).isFalse();
  }

  @ParameterizedTest(name = "{0} {1} places -> {2}")
  @CsvSource({
    "CRECHE_COLLECTIVE, 1, MICRO_CRECHE",
    "CRECHE_COLLECTIVE, 12, MICRO_CRECHE",
    "CRECHE_COLLECTIVE, 13, PETITE_CRECHE",
    "HALTE_GARDERIE, 24, PETITE_CRECHE",
    "MULTI_ACCUEIL, 25, CRECHE",
    "CRECHE_COLLECTIVE, 39, CRECHE",
    "CRECHE_COLLECTIVE, 40, GRANDE_CRECHE",
    "CRECHE_COLLECTIVE, 59, GRANDE_CRECHE",
    "CRECHE_COLLECTIVE, 60, TRES_GRANDE_CRECHE",
    "JARDIN_D_ENFANTS, 24, PETIT_JARDIN_D_ENFANTS",
    "JARDIN_D_ENFANTS, 25, JARDIN_D_ENFANTS",
    "JARDIN_D_ENFANTS, 59, JARDIN_D_ENFANTS",
    "JARDIN_D_ENFANTS, 60, GRAND_JARDIN_D_ENFANTS",
    "CRECHE_FAMILIALE, 29, PETITE_CRECHE_FAMILIALE",
    "CRECHE_FAMILIALE, 30, CRECHE_FAMILIALE",
    "CRECHE_FAMILIALE, 59, CRECHE_FAMILIALE",
    "CRECHE_FAMILIALE, 60, GRANDE_CRECHE_FAMILIALE",
    "CRECHE_FAMILIALE, 89, GRANDE_CRECHE_FAMILIALE",
    "CRECHE_FAMILIALE, 90, TRES_GRANDE_CRECHE_FAMILIALE"
  })
  void category_onEachSideOfEveryLimit(StructureKind kind, int capacity, EajeCategory expected) {
    Dated<EajeCategory> category = EajeCategory.of(kind, capacity, REFORM).orElseThrow();
    assertThat(category.value()).isEqualTo(expected);
    assertThat(category.basis().confidence()).isEqualTo(Confidence.CONFIRMED);
    assertThat(EajeCategory.of(kind, capacity, BEFORE_REFORM)).isEmpty();
  }

  @Test
  void category_ofKindsWithoutCategories_isEmpty() {
    assertThat(EajeCategory.of(StructureKind.MAISON_ASSISTANTS_MATERNELS, 16, REFORM)).isEmpty();
    assertThat(EajeCategory.PETITE_CRECHE.message(Locale.ENGLISH)).isEqualTo("small crèche");
    assertThat(EajeCategory.PETITE_CRECHE.message(Locale.FRENCH)).isEqualTo("petite crèche");
  }

  @Test
  void category_messageIsLocalized() {
    Finding category =
        check(facility(StructureKind.CRECHE_COLLECTIVE, 30), Y2024)
            .first(FindingCode.CATEGORY)
            .orElseThrow();
    assertThat(category.severity()).isEqualTo(Severity.INFO);
    assertThat(category.message(Locale.ENGLISH))
        .isEqualTo("Category on this date: crèche (30 places).");
    assertThat(
            check(facility(StructureKind.CRECHE_COLLECTIVE, 45), Y2024)
                .first(FindingCode.CATEGORY)
                .orElseThrow()
                .message(Locale.FRENCH))
        .isEqualTo("Catégorie à cette date : grande crèche (45 places).");
  }

  @ParameterizedTest(name = "{0}: unit of {1} places -> error {2}")
  @CsvSource({
    "CRECHE_COLLECTIVE, 60, false",
    "CRECHE_COLLECTIVE, 61, true",
    "MULTI_ACCUEIL, 61, true",
    "JARDIN_D_ENFANTS, 80, false",
    "JARDIN_D_ENFANTS, 81, true",
    "CRECHE_FAMILIALE, 90, false"
  })
  void unit_maximumSize(StructureKind kind, int unit, boolean error) {
    Facility f = facility(kind, 120).withLargestUnitPlaces(unit);
    assertThat(check(f, Y2024).has(FindingCode.UNIT_CAPACITY_EXCEEDED)).isEqualTo(error);
    assertThat(check(f, BEFORE_REFORM).has(FindingCode.UNIT_CAPACITY_EXCEEDED)).isEqualTo(error);
  }

  @Test
  void crecheFamiliale_150PlacesCap_onlyBeforeTheReform() {
    assertThat(
            check(facility(StructureKind.CRECHE_FAMILIALE, 150), BEFORE_REFORM)
                .has(FindingCode.CRECHE_FAMILIALE_CAPACITY_EXCEEDED))
        .isFalse();
    assertThat(
            check(facility(StructureKind.CRECHE_FAMILIALE, 151), BEFORE_REFORM)
                .has(FindingCode.CRECHE_FAMILIALE_CAPACITY_EXCEEDED))
        .isTrue();
    assertThat(
            check(facility(StructureKind.CRECHE_FAMILIALE, 151), REFORM)
                .has(FindingCode.CRECHE_FAMILIALE_CAPACITY_EXCEEDED))
        .isFalse();
  }

  @ParameterizedTest(name = "parental {0} places on {1} -> {2}")
  @CsvSource({
    "24, 2021-09-01, ",
    "25, 2021-09-01, PARENTAL_CAPACITY_EXCEEDED",
    "20, 2021-08-31, ",
    "21, 2021-08-31, PARENTAL_CAPACITY_DEROGATION",
    "25, 2021-08-31, PARENTAL_CAPACITY_DEROGATION",
    "26, 2021-08-31, PARENTAL_CAPACITY_EXCEEDED",
    "21, 2021-09-01, "
  })
  void crecheParentale_maximumPlaces(int capacity, LocalDate date, FindingCode expected) {
    ComplianceReport report =
        check(facility(StructureKind.CRECHE_COLLECTIVE, capacity).withParental(true), date);
    if (expected == null) {
      assertThat(report.has(FindingCode.PARENTAL_CAPACITY_EXCEEDED)).isFalse();
      assertThat(report.has(FindingCode.PARENTAL_CAPACITY_DEROGATION)).isFalse();
    } else {
      assertThat(report.has(expected)).isTrue();
    }
    assertThat(
            check(facility(StructureKind.CRECHE_COLLECTIVE, capacity), date)
                .has(FindingCode.PARENTAL_CAPACITY_EXCEEDED))
        .isFalse();
  }

  @Test
  void jardin_youngestChild_18MonthsSince2021_over2YearsBefore() {
    Facility jardin = facility(StructureKind.JARDIN_D_ENFANTS, 30);
    assertThat(youngest(jardin, REFORM, 18).has(FindingCode.CHILD_TOO_YOUNG)).isFalse();
    Finding tooYoung =
        youngest(jardin, REFORM, 17).first(FindingCode.CHILD_TOO_YOUNG).orElseThrow();
    assertThat(tooYoung.argumentValues()).containsExactly("youngestChildAgeMonths", 17, 18);
    assertThat(youngest(jardin, BEFORE_REFORM, 24).has(FindingCode.CHILD_TOO_YOUNG)).isFalse();
    assertThat(youngest(jardin, BEFORE_REFORM, 23).has(FindingCode.CHILD_TOO_YOUNG)).isTrue();
    assertThat(
            youngest(jardin, BEFORE_REFORM, 23)
                .first(FindingCode.CHILD_TOO_YOUNG)
                .orElseThrow()
                .confidence())
        .isEqualTo(Confidence.SECONDARY);
    assertThat(
            youngest(facility(StructureKind.CRECHE_COLLECTIVE, 30), REFORM, 2)
                .has(FindingCode.CHILD_TOO_YOUNG))
        .isFalse();
  }

  private static ComplianceReport youngest(Facility f, LocalDate date, int months) {
    return check(f, date, Observation.empty().withYoungestChildAgeMonths(months));
  }

  private static ComplianceReport oldest(Facility f, LocalDate date, int months) {
    return check(f, date, Observation.empty().withOldestChildAgeMonths(months));
  }

  @ParameterizedTest(name = "{0}: oldest child {1} months -> too old {2}")
  @CsvSource({
    "CRECHE_COLLECTIVE, 71, false",
    "CRECHE_COLLECTIVE, 72, true",
    "JARDIN_D_ENFANTS, 72, true",
    "CRECHE_FAMILIALE, 71, false",
    "RESIDENCE_MATERNELLE, 35, false",
    "RESIDENCE_MATERNELLE, 36, true",
    "LIEU_ACCUEIL_ENFANTS_PARENTS, 71, false",
    "LIEU_ACCUEIL_ENFANTS_PARENTS, 72, true"
  })
  void ageLimits(StructureKind kind, int months, boolean tooOld) {
    ComplianceReport report = oldest(facility(kind, 20), Y2024, months);
    assertThat(report.has(FindingCode.CHILD_TOO_OLD)).isEqualTo(tooOld);
    report
        .first(FindingCode.CHILD_TOO_OLD)
        .ifPresent(f -> assertThat(f.confidence()).isEqualTo(Confidence.SECONDARY));
  }

  @Test
  void transition2021_informsExistingEajeUntilEnd2022() {
    Facility unknownOpening = facility(StructureKind.CRECHE_COLLECTIVE, 30);
    assertThat(check(unknownOpening, BEFORE_REFORM).has(FindingCode.TRANSITION_2021)).isFalse();
    assertThat(check(unknownOpening, REFORM).has(FindingCode.TRANSITION_2021)).isTrue();
    assertThat(check(unknownOpening, LocalDate.of(2022, 12, 31)).has(FindingCode.TRANSITION_2021))
        .isTrue();
    assertThat(check(unknownOpening, LocalDate.of(2023, 1, 1)).has(FindingCode.TRANSITION_2021))
        .isFalse();
    Facility openedAfter = unknownOpening.withOpened(LocalDate.of(2022, 1, 10));
    assertThat(check(openedAfter, LocalDate.of(2022, 6, 1)).has(FindingCode.TRANSITION_2021))
        .isFalse();
  }

  @Test
  void capacityUnknown_onlyWhatHoldsForEveryCapacityIsChecked() {
    Facility f =
        facility(StructureKind.CRECHE_COLLECTIVE, 1).withCapacity(java.util.Optional.empty());
    // 3 children with one professional: compliant in a micro-crèche, not in a larger crèche
    ComplianceReport three = check(f, Y2024, Fixtures.present(0, 3, 1, 0));
    assertThat(three.isCompliant()).isTrue();
    assertThat(three.codes()).containsExactly(FindingCode.NOT_CHECKED, FindingCode.NOT_CHECKED);
    assertThat(three.findings().get(0).message(Locale.ENGLISH))
        .isEqualTo(
            "capacity and category (R2324-46 to -50) not checked: the authorised capacity is not"
                + " known.");
    assertThat(three.findings().get(1).message(Locale.FRENCH))
        .startsWith("professionnel diplômé parmi les deux au-delà de 24 places (R2324-43-1)");
    // 5 children with one professional break the minimum of two whatever the capacity
    assertThat(check(f, Y2024, Fixtures.present(0, 5, 1, 0)).codes())
        .contains(FindingCode.STAFF_MINIMUM_ADULTS);
    // the ratio holds whatever the capacity
    assertThat(check(f, Y2024, Fixtures.present(0, 17, 2, 0)).codes())
        .contains(FindingCode.STAFF_RATIO_NOT_MET);
  }

  @Test
  void kindsWithoutRules_areReportedAsNotChecked() {
    ComplianceReport report = check(facility(StructureKind.RELAIS_PETITE_ENFANCE, 1), Y2024);
    assertThat(report.codes()).containsExactly(FindingCode.NOT_CHECKED);
    assertThat(report.isCompliant()).isTrue();
    assertThat(report.findings().get(0).message(Locale.FRENCH))
        .contains("la bibliothèque n'a pas de règle pour ce type de structure");
  }
}
