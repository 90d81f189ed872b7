package io.github.esspetiteenfance.regulation;

import static io.github.esspetiteenfance.regulation.Fixtures.BEFORE_ORDONNANCE;
import static io.github.esspetiteenfance.regulation.Fixtures.ORDONNANCE;
import static io.github.esspetiteenfance.regulation.Fixtures.Y2024;
import static io.github.esspetiteenfance.regulation.Fixtures.check;
import static io.github.esspetiteenfance.regulation.Fixtures.facility;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.esspetiteenfance.diagnostic.Finding;
import io.github.esspetiteenfance.legal.Confidence;
import io.github.esspetiteenfance.structure.Agrement;
import io.github.esspetiteenfance.structure.AssistantMaternel;
import io.github.esspetiteenfance.structure.MaisonAssistantsMaternels;
import io.github.esspetiteenfance.structure.MaisonAssistantsMaternelsBuilder;
import io.github.esspetiteenfance.structure.StructureKind;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Golden cases of the MAM (CASF L424-1, L421-4) and LAEP rules. */
class FamilyRulesTest {

  private static Facility mam(int assistants, int agrement) {
    return facility(StructureKind.MAISON_ASSISTANTS_MATERNELS, 1)
        .withCapacity(Optional.empty())
        .withAssistantAgrements(Collections.nCopies(assistants, agrement));
  }

  @ParameterizedTest(name = "{0} children at once on {1} -> error {2}")
  @CsvSource({
    "20, 2021-05-21, false",
    "21, 2021-05-21, true",
    "20, 2026-12-04, false",
    "21, 2026-12-04, true",
    "21, 2021-05-20, false"
  })
  void mam_atMostTwentyChildrenAtOnce(int children, LocalDate date, boolean error) {
    Observation present = Observation.of(ChildrenPresent.of(0, children), StaffPresent.of(4, 0));
    ComplianceReport report = check(mam(6, 4), date, present);
    assertThat(report.has(FindingCode.MAM_CHILDREN_AT_ONCE)).isEqualTo(error);
    report
        .first(FindingCode.MAM_CHILDREN_AT_ONCE)
        .ifPresent(
            f -> {
              assertThat(f.argumentValues()).containsExactly("children", children, 20);
              assertThat(f.confidence()).isEqualTo(Confidence.SECONDARY);
              assertThat(f.message(Locale.FRENCH)).contains("au plus 20");
            });
    if (date.isBefore(ORDONNANCE)) {
      // no maximum bundled before the ordonnance 2021-611: said, not guessed
      assertThat(report.has(FindingCode.NO_RULE_ON_DATE)).isTrue();
    }
  }

  @Test
  void mam_childrenAtOnce_fromTheAssistantsObservedWhenNoPresenceIsGiven() {
    Observation four =
        Observation.builder()
            .addAssistants(
                AssistantObservation.of(4, 4, 4, 2),
                AssistantObservation.of(4, 4, 4, 2),
                AssistantObservation.of(4, 4, 4, 2),
                AssistantObservation.of(4, 4, 4, 2))
            .build();
    assertThat(check(mam(4, 4), Y2024, four).has(FindingCode.MAM_CHILDREN_AT_ONCE)).isFalse();
    // six assistants observed at one moment with 4 children each: 24 children at once
    Observation six =
        Observation.builder()
            .from(four)
            .addAssistants(AssistantObservation.of(4, 4, 4, 2), AssistantObservation.of(4, 4, 4, 2))
            .build();
    assertThat(
            check(mam(6, 4), Y2024, six)
                .first(FindingCode.MAM_CHILDREN_AT_ONCE)
                .orElseThrow()
                .argumentValues())
        .containsExactly("children", 24, 20);
  }

  @ParameterizedTest(name = "{0} assistants on {1} -> error {2}")
  @CsvSource({
    "1, 2021-05-21, false",
    "6, 2021-05-21, false",
    "7, 2021-05-21, true",
    "1, 2021-05-20, true",
    "2, 2021-05-20, false",
    "4, 2021-05-20, false",
    "5, 2021-05-20, true"
  })
  void mam_numberOfAssistants(int assistants, LocalDate date, boolean error) {
    ComplianceReport report = check(mam(assistants, 4), date);
    assertThat(report.has(FindingCode.MAM_ASSISTANTS_COUNT)).isEqualTo(error);
    report
        .first(FindingCode.MAM_ASSISTANTS_COUNT)
        .ifPresent(f -> assertThat(f.confidence()).isEqualTo(Confidence.SECONDARY));
  }

  @Test
  void mam_atMostFourAssistantsAtOnce() {
    Facility six = mam(6, 4);
    assertThat(
            check(six, ORDONNANCE, Observation.empty().withAssistantsWorkingAtOnce(4))
                .isCompliant())
        .isTrue();
    Finding finding =
        check(six, ORDONNANCE, Observation.empty().withAssistantsWorkingAtOnce(5))
            .first(FindingCode.MAM_ASSISTANTS_AT_ONCE)
            .orElseThrow();
    assertThat(finding.argumentValues()).containsExactly("assistantsWorkingAtOnce", 5, 4);
    assertThat(
            check(six, BEFORE_ORDONNANCE, Observation.empty().withAssistantsWorkingAtOnce(5))
                .codes())
        .doesNotContain(FindingCode.MAM_ASSISTANTS_AT_ONCE)
        .contains(FindingCode.NO_RULE_ON_DATE);
  }

  @ParameterizedTest(name = "agrément of {0} on {1} -> {2}")
  @CsvSource({
    "4, 2021-05-21, ",
    "5, 2021-05-21, AM_AGREMENT_ABOVE_MAXIMUM",
    "4, 2021-05-20, ",
    "5, 2021-05-20, AM_AGREMENT_DEROGATION",
    "6, 2021-05-20, AM_AGREMENT_DEROGATION",
    "7, 2021-05-20, AM_AGREMENT_ABOVE_MAXIMUM"
  })
  void assistant_agrement(int agrement, LocalDate date, FindingCode expected) {
    ComplianceReport report = check(mam(2, agrement), date);
    if (expected == null) {
      assertThat(report.findings()).isEmpty();
    } else {
      assertThat(report.codes()).contains(expected);
    }
  }

  private static Observation assistant(AssistantObservation a) {
    return Observation.empty().withAssistants(a);
  }

  @Test
  void assistant_childrenInCareAboveAgrement() {
    Facility f = mam(2, 3);
    assertThat(check(f, Y2024, assistant(AssistantObservation.of(3, 3, 3, 3))).isCompliant())
        .isTrue();
    Finding finding =
        check(f, Y2024, assistant(AssistantObservation.of(3, 4, 4, 3)))
            .first(FindingCode.AM_CHILDREN_ABOVE_AGREMENT)
            .orElseThrow();
    assertThat(finding.argumentValues()).containsExactly("#1", 4, 3);
  }

  @Test
  void assistant_sixMinorsUnder11_ofWhomFourUnder3() {
    Facility f = mam(2, 4);
    assertThat(check(f, Y2024, assistant(AssistantObservation.of(4, 4, 6, 4))).isCompliant())
        .isTrue();
    assertThat(check(f, Y2024, assistant(AssistantObservation.of(4, 4, 7, 4))).codes())
        .contains(FindingCode.AM_MINORS_EXCEEDED);
    assertThat(check(f, Y2024, assistant(AssistantObservation.of(4, 4, 6, 5))).codes())
        .contains(FindingCode.AM_UNDER_3_EXCEEDED);
  }

  @Test
  void assistant_temporaryExtension_upToEight_stillFourUnder3() {
    Facility f = mam(2, 4);
    AssistantObservation eight = new AssistantObservation(Optional.of("Awa"), 4, 4, 8, 4, true);
    ComplianceReport report = check(f, Y2024, assistant(eight));
    assertThat(report.isCompliant()).isTrue();
    Finding info = report.first(FindingCode.AM_TEMPORARY_EXTENSION).orElseThrow();
    assertThat(info.argumentValues()).containsExactly("Awa", 8, 6, 8);
    assertThat(info.message(Locale.ENGLISH)).startsWith("Assistant Awa: 8 minors under 11");
    assertThat(
            check(f, Y2024, assistant(new AssistantObservation(Optional.empty(), 4, 4, 9, 4, true)))
                .codes())
        .contains(FindingCode.AM_MINORS_EXCEEDED);
    assertThat(
            check(f, Y2024, assistant(new AssistantObservation(Optional.empty(), 4, 4, 8, 5, true)))
                .codes())
        .contains(FindingCode.AM_UNDER_3_EXCEEDED);
    // before the ordonnance there was no temporary extension: 8 minors exceed 6
    assertThat(check(f, BEFORE_ORDONNANCE, assistant(eight)).codes())
        .contains(FindingCode.AM_MINORS_EXCEEDED);
  }

  @Test
  void mam_fromStructure_usesTheAgrementsOfItsAssistants() {
    AssistantMaternel five = AssistantMaternel.of(Agrement.of(5, LocalDate.of(2020, 1, 1)));
    AssistantMaternel four = AssistantMaternel.of(Agrement.of(4, LocalDate.of(2020, 1, 1)));
    MaisonAssistantsMaternels structure =
        MaisonAssistantsMaternelsBuilder.builder().addAssistants(five, four).build();
    Facility f = Facility.of(structure);
    assertThat(f.assistantAgrements()).containsExactly(5, 4);
    assertThat(f.capacity()).isEmpty();
    assertThat(
            RegulatoryChecker.bundled().check(structure, ORDONNANCE, Observation.empty()).codes())
        .containsExactly(FindingCode.AM_AGREMENT_ABOVE_MAXIMUM);
    assertThat(
            RegulatoryChecker.bundled()
                .check(structure, BEFORE_ORDONNANCE, Observation.empty())
                .codes())
        .containsExactly(FindingCode.AM_AGREMENT_DEROGATION);
  }

  @Test
  void laep_everyChildWithAnAdult_twoAccueillants() {
    Facility laep = facility(StructureKind.LIEU_ACCUEIL_ENFANTS_PARENTS, 1);
    assertThat(
            check(laep, Y2024, Observation.empty().withLaepSession(new LaepSession(8, 0, 2)))
                .isCompliant())
        .isTrue();
    ComplianceReport report =
        check(laep, Y2024, Observation.empty().withLaepSession(new LaepSession(8, 1, 1)));
    assertThat(report.codes())
        .containsExactly(
            FindingCode.LAEP_CHILD_WITHOUT_ADULT, FindingCode.LAEP_TOO_FEW_ACCUEILLANTS);
    assertThat(report.confidence()).isEqualTo(Confidence.SECONDARY);
  }
}
