package io.github.esspetiteenfance.regulation;

import static io.github.esspetiteenfance.regulation.Fixtures.REFORM;
import static io.github.esspetiteenfance.regulation.Fixtures.Y2024;
import static io.github.esspetiteenfance.regulation.Fixtures.present;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.esspetiteenfance.diagnostic.Finding;
import io.github.esspetiteenfance.establishment.Establishment;
import io.github.esspetiteenfance.structure.AgeRange;
import io.github.esspetiteenfance.structure.Capacity;
import io.github.esspetiteenfance.structure.JardinDEnfants;
import io.github.esspetiteenfance.structure.Management;
import io.github.esspetiteenfance.structure.MicroCreche;
import io.github.esspetiteenfance.structure.PartialDate;
import io.github.esspetiteenfance.structure.RatioOption;
import io.github.esspetiteenfance.structure.StructureKind;
import io.github.esspetiteenfance.testing.EstablishmentGenerators;
import io.github.esspetiteenfance.testing.SeedPortraits;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The façade over the model's structures and establishments. */
class StructureAndEstablishmentCheckTest {

  @Test
  void facilityOf_structure_takesKindCapacityAgesManagementAndOpening() {
    MicroCreche micro =
        MicroCreche.builder()
            .capacity(Capacity.of(13))
            .ages(AgeRange.ofMonths(2, 48))
            .management(Management.PARENTAL)
            .opened(PartialDate.ofYear(2017))
            .build();
    Facility f = Facility.of(micro);
    assertThat(f.ratioOption()).isEmpty();
    assertThat(f.largestUnitPlaces()).isEmpty();
    assertThat(f.authorisationRequested()).isEmpty();
    assertThat(f.veryDenseZone()).isEmpty();
    assertThat(f.kind()).isEqualTo(StructureKind.MICRO_CRECHE);
    assertThat(f.capacity()).contains(13);
    assertThat(f.ages()).contains(AgeRange.ofMonths(2, 48));
    assertThat(f.parental()).isTrue();
    assertThat(f.opened()).contains(LocalDate.of(2017, 12, 31));

    ComplianceReport report = RegulatoryChecker.bundled().check(micro, REFORM, Observation.empty());
    assertThat(report.codes())
        .contains(
            FindingCode.TRANSITION_2021,
            FindingCode.CATEGORY,
            FindingCode.MICRO_CRECHE_CAPACITY_EXCEEDED);
    assertThat(report.isCompliant()).isFalse();
  }

  @Test
  void check_seedMicroCreche_withoutCapacity_checksWhatItCan() {
    Establishment microScop = SeedPortraits.microScop();
    ComplianceReport report =
        RegulatoryChecker.bundled().check(microScop, Y2024, present(2, 6, 2, 1));
    assertThat(report.isCompliant()).isTrue();
    assertThat(report.findings()).extracting(Finding::code).containsOnly(FindingCode.NOT_CHECKED);
    ComplianceReport withCapacity =
        RegulatoryChecker.bundled()
            .check(
                ((MicroCreche) microScop.structure())
                    .withCapacity(Capacity.of(10))
                    .withRatioOption(RatioOption.ONE_PER_SIX),
                Y2024,
                present(2, 7, 1, 1));
    assertThat(withCapacity.codes()).contains(FindingCode.STAFF_MINIMUM_ADULTS);
    assertThat(withCapacity.message(Locale.FRENCH)).contains("au moins 2");
  }

  @Test
  void facilityOf_eaje_readsEveryRegulatoryFactOfItsRecord() {
    MicroCreche micro =
        MicroCreche.builder()
            .capacity(Capacity.of(12))
            .ratioOption(RatioOption.ONE_PER_SIX)
            .largestUnit(Capacity.of(12))
            .authorisationRequested(LocalDate.of(2023, 2, 1))
            .veryDenseZone(true)
            .build();
    Facility f = Facility.of(micro);
    assertThat(f.ratioOption()).contains(RatioOption.ONE_PER_SIX);
    assertThat(f.largestUnitPlaces()).contains(12);
    assertThat(f.authorisationRequested()).contains(LocalDate.of(2023, 2, 1));
    assertThat(f.veryDenseZone()).contains(true);

    // 66 m² for 12 places: enough in a very dense zone (5.5 m²), not elsewhere (7 m²)
    Observation surface = Observation.empty().withIndoorSurfaceM2(new java.math.BigDecimal("66"));
    RegulatoryChecker checker = RegulatoryChecker.bundled();
    assertThat(checker.check(micro, Y2024, surface).isCompliant()).isTrue();
    assertThat(
            checker
                .check(micro.withVeryDenseZone(false), Y2024, surface)
                .has(FindingCode.PREMISES_SURFACE_INSUFFICIENT))
        .isTrue();
    ComplianceReport unknown =
        checker.check(micro.withVeryDenseZone(java.util.Optional.empty()), Y2024, surface);
    assertThat(unknown.isCompliant()).isTrue();
    assertThat(unknown.first(FindingCode.NOT_CHECKED).orElseThrow().argumentValues())
        .containsExactly(Subject.PREMISES, Subject.DENSITY_UNKNOWN);
  }

  @Test
  void check_seedEstablishmentsOfOtherKinds_areNotChecked() {
    ComplianceReport recyclerie =
        RegulatoryChecker.bundled()
            .check(SeedPortraits.lesPolichinelles(), Y2024, Observation.empty());
    assertThat(recyclerie.codes()).containsExactly(FindingCode.NOT_CHECKED);
    assertThat(recyclerie.isCompliant()).isTrue();
  }

  @Test
  void declaredAges_underSixYears_andJardinFrom18Months() {
    MicroCreche tooOld =
        MicroCreche.builder().capacity(Capacity.of(10)).ages(AgeRange.ofMonths(2, 73)).build();
    Finding finding =
        RegulatoryChecker.bundled()
            .check(tooOld, Y2024, Observation.empty())
            .first(FindingCode.DECLARED_AGES_TOO_OLD)
            .orElseThrow();
    assertThat(finding.argumentValues()).containsExactly("ages", "2..73", 72);
    assertThat(
            RegulatoryChecker.bundled()
                .check(tooOld.withAges(AgeRange.underYears(6)), Y2024, Observation.empty())
                .has(FindingCode.DECLARED_AGES_TOO_OLD))
        .isFalse();

    var jardin =
        JardinDEnfants.builder().capacity(Capacity.of(30)).ages(AgeRange.ofMonths(18, 72)).build();
    assertThat(
            RegulatoryChecker.bundled()
                .check(jardin, REFORM, Observation.empty())
                .has(FindingCode.DECLARED_AGES_TOO_YOUNG))
        .isFalse();
    assertThat(
            RegulatoryChecker.bundled()
                .check(jardin, REFORM.minusDays(1), Observation.empty())
                .first(FindingCode.DECLARED_AGES_TOO_YOUNG)
                .orElseThrow()
                .argumentValues())
        .containsExactly("ages", "18..72", 24);
  }

  @Test
  void check_anyGeneratedEstablishment_neverThrowsAndIsConsistent() {
    qt().withExamples(1000)
        .forAll(EstablishmentGenerators.establishments(), integers().between(0, 365 * 30))
        .checkAssert(
            (establishment, days) -> {
              LocalDate date = LocalDate.of(2001, 1, 1).plusDays(days);
              ComplianceReport report =
                  RegulatoryChecker.bundled().check(establishment, date, Observation.empty());
              assertThat(report.kind()).isEqualTo(establishment.structure().kind());
              assertThat(report.date()).isEqualTo(date);
              assertThat(report.isCompliant()).isEqualTo(report.errors().isEmpty());
            });
  }
}
