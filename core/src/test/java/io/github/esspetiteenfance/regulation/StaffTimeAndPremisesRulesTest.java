package io.github.esspetiteenfance.regulation;

import static io.github.esspetiteenfance.regulation.Fixtures.BEFORE_DIRECTOR_2026;
import static io.github.esspetiteenfance.regulation.Fixtures.BEFORE_REFORM;
import static io.github.esspetiteenfance.regulation.Fixtures.DIRECTOR_2026;
import static io.github.esspetiteenfance.regulation.Fixtures.Y2024;
import static io.github.esspetiteenfance.regulation.Fixtures.check;
import static io.github.esspetiteenfance.regulation.Fixtures.dec;
import static io.github.esspetiteenfance.regulation.Fixtures.facility;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.esspetiteenfance.diagnostic.Finding;
import io.github.esspetiteenfance.legal.Confidence;
import io.github.esspetiteenfance.structure.StructureKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Golden cases of qualified staff, direction, RSAI, health, EJE and premises rules. */
class StaffTimeAndPremisesRulesTest {

  private static Observation qualified(YearMonth month, String average, String reference) {
    return Observation.empty()
        .withQualifiedStaff(new QualifiedStaffMonth(month, dec(average), dec(reference)));
  }

  @Test
  void qualifiedShare_40PercentMonthly_from2023() {
    Facility creche = facility(StructureKind.CRECHE_COLLECTIVE, 40);
    YearMonth january = YearMonth.of(2023, 1);
    assertThat(check(creche, Y2024, qualified(january, "4", "10")).isCompliant()).isTrue();
    Finding low =
        check(creche, Y2024, qualified(january, "3.99", "10"))
            .first(FindingCode.QUALIFIED_SHARE_TOO_LOW)
            .orElseThrow();
    assertThat(low.argumentValues()).containsExactly(january, dec("39.90"), dec("40"));
    assertThat(low.confidence()).isEqualTo(Confidence.CONFIRMED);
    assertThat(low.basis().orElseThrow().validity().startDate()).contains(LocalDate.of(2023, 1, 1));
    ComplianceReport december = check(creche, Y2024, qualified(YearMonth.of(2022, 12), "1", "10"));
    assertThat(december.has(FindingCode.QUALIFIED_SHARE_TOO_LOW)).isFalse();
    assertThat(december.has(FindingCode.NO_RULE_ON_DATE)).isTrue();
  }

  @Test
  void qualifiedShare_microCreche_isDerived_crecheFamiliale_notChecked() {
    Finding micro =
        check(
                facility(StructureKind.MICRO_CRECHE, 10),
                Y2024,
                qualified(YearMonth.of(2024, 2), "1", "4"))
            .first(FindingCode.QUALIFIED_SHARE_TOO_LOW)
            .orElseThrow();
    assertThat(micro.confidence()).isEqualTo(Confidence.DERIVED);
    ComplianceReport familiale =
        check(
            facility(StructureKind.CRECHE_FAMILIALE, 40),
            Y2024,
            qualified(YearMonth.of(2024, 2), "0", "4"));
    assertThat(familiale.has(FindingCode.NOT_CHECKED)).isTrue();
    assertThat(familiale.isCompliant()).isTrue();
  }

  private static Observation director(String fte) {
    return Observation.empty().withDirection(Direction.of(dec(fte)));
  }

  @Test
  void direction_microCreche_02FteUntil31August2026_05From1September2026() {
    Facility micro = facility(StructureKind.MICRO_CRECHE, 12);
    assertThat(check(micro, BEFORE_DIRECTOR_2026, director("0.2")).isCompliant()).isTrue();
    assertThat(
            check(micro, BEFORE_DIRECTOR_2026, director("0.19"))
                .has(FindingCode.DIRECTION_TIME_INSUFFICIENT))
        .isTrue();
    Finding finding =
        check(micro, DIRECTOR_2026, director("0.2"))
            .first(FindingCode.DIRECTION_TIME_INSUFFICIENT)
            .orElseThrow();
    assertThat(finding.argumentValues())
        .containsExactly("directorFte", dec("0.2"), dec("0.5"), EajeCategory.MICRO_CRECHE);
    assertThat(finding.confidence()).isEqualTo(Confidence.SECONDARY);
    assertThat(finding.basis().orElseThrow().validity().startDate()).contains(DIRECTOR_2026);
    assertThat(finding.message(Locale.ENGLISH))
        .isEqualTo(
            "Direction time 0.2 FTE; a micro-crèche needs at least 0.5 FTE on this date."
                + " [Secondary source: to be checked against the legal text.]");
    assertThat(finding.message(Locale.FRENCH))
        .startsWith("Temps de direction de 0,2 ETP ; une micro-crèche en exige au moins 0,5 ETP");
    assertThat(check(micro, DIRECTOR_2026, director("0.5")).isCompliant()).isTrue();
  }

  @Test
  void direction_atMostTwoMicroCrechesPerDirector_from1September2026() {
    Facility micro = facility(StructureKind.MICRO_CRECHE, 10);
    Observation three =
        Observation.empty()
            .withDirection(
                Direction.builder()
                    .directorFte(dec("0.5"))
                    .deputyDirectorFte(Optional.empty())
                    .microCrechesDirected(Optional.of(3))
                    .build());
    Observation two =
        Observation.empty()
            .withDirection(
                Direction.builder()
                    .directorFte(dec("0.5"))
                    .deputyDirectorFte(Optional.empty())
                    .microCrechesDirected(Optional.of(2))
                    .build());
    assertThat(check(micro, BEFORE_DIRECTOR_2026, three).isCompliant()).isTrue();
    assertThat(check(micro, DIRECTOR_2026, two).isCompliant()).isTrue();
    Finding finding =
        check(micro, DIRECTOR_2026, three)
            .first(FindingCode.DIRECTOR_TOO_MANY_MICRO_CRECHES)
            .orElseThrow();
    assertThat(finding.argumentValues()).containsExactly("microCrechesDirected", 3, 2);
    assertThat(finding.confidence()).isEqualTo(Confidence.SECONDARY);
  }

  @ParameterizedTest(name = "{0} places, director {1} FTE -> insufficient {2}")
  @CsvSource({
    "13, 0.5, false",
    "24, 0.49, true",
    "25, 0.75, false",
    "39, 0.7, true",
    "40, 1, false",
    "59, 0.9, true",
    "60, 1, false",
    "100, 0.99, true"
  })
  void direction_byCategory(int capacity, String fte, boolean insufficient) {
    ComplianceReport report =
        check(facility(StructureKind.CRECHE_COLLECTIVE, capacity), Y2024, director(fte));
    assertThat(report.has(FindingCode.DIRECTION_TIME_INSUFFICIENT)).isEqualTo(insufficient);
  }

  @Test
  void direction_deputyOfATresGrandeCreche() {
    Facility big = facility(StructureKind.CRECHE_COLLECTIVE, 60);
    Observation enough =
        Observation.empty()
            .withDirection(
                Direction.builder()
                    .directorFte(dec("1"))
                    .deputyDirectorFte(Optional.of(dec("0.75")))
                    .microCrechesDirected(Optional.empty())
                    .build());
    Observation short1 =
        Observation.empty()
            .withDirection(
                Direction.builder()
                    .directorFte(dec("1"))
                    .deputyDirectorFte(Optional.of(dec("0.7")))
                    .microCrechesDirected(Optional.empty())
                    .build());
    assertThat(check(big, Y2024, enough).isCompliant()).isTrue();
    assertThat(check(big, Y2024, short1).has(FindingCode.DEPUTY_DIRECTION_TIME_INSUFFICIENT))
        .isTrue();
    assertThat(check(big.withCapacity(59), Y2024, short1).isCompliant()).isTrue();
  }

  @Test
  void direction_beforeTheReform_categoriesDoNotExist() {
    ComplianceReport report =
        check(facility(StructureKind.CRECHE_COLLECTIVE, 30), BEFORE_REFORM, director("0"));
    assertThat(report.isCompliant()).isTrue();
    assertThat(report.has(FindingCode.NOT_CHECKED)).isTrue();
  }

  private static Observation rsai(String year, String quarter) {
    return Observation.empty()
        .withRsaiHoursPerYear(dec(year))
        .withRsaiHoursLowestQuarter(dec(quarter));
  }

  @ParameterizedTest(name = "{0} {1} places: {2} h/yr, {3} h/quarter -> {4}")
  @CsvSource({
    "MICRO_CRECHE, 10, 10, 2, ",
    "MICRO_CRECHE, 10, 9.5, 2, RSAI_HOURS_INSUFFICIENT",
    "MICRO_CRECHE, 10, 10, 1.5, RSAI_QUARTER_HOURS_INSUFFICIENT",
    "CRECHE_COLLECTIVE, 20, 20, 4, ",
    "CRECHE_COLLECTIVE, 20, 19, 4, RSAI_HOURS_INSUFFICIENT",
    "CRECHE_COLLECTIVE, 30, 30, 6, ",
    "CRECHE_COLLECTIVE, 30, 30, 5, RSAI_QUARTER_HOURS_INSUFFICIENT",
    "CRECHE_COLLECTIVE, 45, 40, 8, ",
    "CRECHE_COLLECTIVE, 45, 39, 8, RSAI_HOURS_INSUFFICIENT",
    "CRECHE_COLLECTIVE, 79, 50, 10, ",
    "CRECHE_COLLECTIVE, 80, 60, 12, ",
    "CRECHE_COLLECTIVE, 80, 59, 12, RSAI_HOURS_INSUFFICIENT",
    "CRECHE_COLLECTIVE, 80, 60, 11, RSAI_QUARTER_HOURS_INSUFFICIENT",
    "JARDIN_D_ENFANTS, 24, 10, 2, ",
    "JARDIN_D_ENFANTS, 25, 19, 4, RSAI_HOURS_INSUFFICIENT",
    "JARDIN_D_ENFANTS, 60, 30, 5, RSAI_QUARTER_HOURS_INSUFFICIENT",
    "CRECHE_FAMILIALE, 20, 19, 0, RSAI_HOURS_INSUFFICIENT",
    "CRECHE_FAMILIALE, 20, 20, 0, "
  })
  void rsai_byCategory(
      StructureKind kind, int capacity, String year, String quarter, FindingCode expected) {
    ComplianceReport report = check(facility(kind, capacity), Y2024, rsai(year, quarter));
    if (expected == null) {
      assertThat(report.isCompliant()).isTrue();
    } else {
      assertThat(report.codes()).contains(expected);
    }
  }

  @Test
  void rsai_extraBandsOfATresGrandeCreche_areDerived() {
    Finding finding =
        check(facility(StructureKind.CRECHE_COLLECTIVE, 100), Y2024, rsai("69", "14"))
            .first(FindingCode.RSAI_HOURS_INSUFFICIENT)
            .orElseThrow();
    assertThat(finding.argumentValues()).contains(dec("69"), new BigDecimal("70"));
    assertThat(finding.confidence()).isEqualTo(Confidence.DERIVED);
    Finding petite =
        check(facility(StructureKind.CRECHE_FAMILIALE, 20), Y2024, rsai("19", "0"))
            .first(FindingCode.RSAI_HOURS_INSUFFICIENT)
            .orElseThrow();
    assertThat(petite.confidence()).isEqualTo(Confidence.SECONDARY);
  }

  @ParameterizedTest(name = "{0} {1} places: {2} FTE -> insufficient {3}")
  @CsvSource({
    "CRECHE_COLLECTIVE, 24, 0, false",
    "CRECHE_COLLECTIVE, 25, 0.2, false",
    "CRECHE_COLLECTIVE, 39, 0.19, true",
    "CRECHE_COLLECTIVE, 40, 0.3, false",
    "CRECHE_COLLECTIVE, 59, 0.29, true",
    "CRECHE_COLLECTIVE, 79, 0.4, false",
    "CRECHE_COLLECTIVE, 100, 0.6, false",
    "CRECHE_COLLECTIVE, 100, 0.59, true"
  })
  void healthProfessional_byCategory(
      StructureKind kind, int capacity, String fte, boolean insufficient) {
    ComplianceReport report =
        check(
            facility(kind, capacity),
            Y2024,
            Observation.empty().withHealthProfessionalFte(dec(fte)));
    assertThat(report.has(FindingCode.HEALTH_PROFESSIONAL_TIME_INSUFFICIENT))
        .isEqualTo(insufficient);
  }

  @ParameterizedTest(name = "{0} {1} places: EJE {2} FTE -> insufficient {3}")
  @CsvSource({
    "JARDIN_D_ENFANTS, 24, 0, false",
    "JARDIN_D_ENFANTS, 25, 0.49, true",
    "JARDIN_D_ENFANTS, 60, 1, false",
    "JARDIN_D_ENFANTS, 80, 1.49, true",
    "JARDIN_D_ENFANTS, 80, 1.5, false",
    "CRECHE_FAMILIALE, 29, 0, false",
    "CRECHE_FAMILIALE, 30, 0.5, false",
    "CRECHE_FAMILIALE, 60, 0.99, true",
    "CRECHE_FAMILIALE, 90, 1.5, false",
    "CRECHE_FAMILIALE, 119, 1.5, false",
    "CRECHE_FAMILIALE, 120, 1.5, true",
    "CRECHE_FAMILIALE, 120, 2, false"
  })
  void eje_byCategory(StructureKind kind, int capacity, String fte, boolean insufficient) {
    ComplianceReport report =
        check(facility(kind, capacity), Y2024, Observation.empty().withEjeFte(dec(fte)));
    assertThat(report.has(FindingCode.EJE_TIME_INSUFFICIENT)).isEqualTo(insufficient);
  }

  private static Observation surface(String m2) {
    return Observation.empty().withIndoorSurfaceM2(dec(m2));
  }

  @Test
  void premises_sevenSquareMetresPerPlace_forRequestsAfter31August2022() {
    Facility requested =
        facility(StructureKind.CRECHE_COLLECTIVE, 10)
            .withAuthorisationRequested(LocalDate.of(2022, 9, 1))
            .withVeryDenseZone(false);
    assertThat(check(requested, Y2024, surface("70")).isCompliant()).isTrue();
    Finding finding =
        check(requested, Y2024, surface("69.5"))
            .first(FindingCode.PREMISES_SURFACE_INSUFFICIENT)
            .orElseThrow();
    assertThat(finding.argumentValues())
        .containsExactly("indoorSurfaceM2", dec("69.5"), dec("70"), dec("7"));
    assertThat(finding.confidence()).isEqualTo(Confidence.SECONDARY);

    Facility dense = requested.withVeryDenseZone(true);
    assertThat(check(dense, Y2024, surface("55")).isCompliant()).isTrue();
    assertThat(check(dense, Y2024, surface("54.9")).has(FindingCode.PREMISES_SURFACE_INSUFFICIENT))
        .isTrue();

    Facility older = requested.withAuthorisationRequested(LocalDate.of(2022, 8, 31));
    ComplianceReport olderReport = check(older, Y2024, surface("40"));
    assertThat(olderReport.isCompliant()).isTrue();
    assertThat(olderReport.has(FindingCode.NOT_CHECKED)).isTrue();

    Facility unknown = requested.withAuthorisationRequested(Optional.empty());
    ComplianceReport unknownReport = check(unknown, Y2024, surface("60"));
    assertThat(unknownReport.isCompliant()).isTrue();
    assertThat(unknownReport.warnings())
        .extracting(Finding::code)
        .containsExactly(FindingCode.PREMISES_REQUEST_DATE_UNKNOWN);
    assertThat(check(unknown, Y2024, surface("70")).warnings()).isEmpty();
  }
}
