package io.github.esspetiteenfance.regulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.esspetiteenfance.diagnostic.Finding;
import io.github.esspetiteenfance.diagnostic.Severity;
import io.github.esspetiteenfance.legal.Confidence;
import io.github.esspetiteenfance.structure.RatioOption;
import io.github.esspetiteenfance.structure.StructureKind;
import io.github.esspetiteenfance.testing.StructureGenerators;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Properties of the checker over generated structures, dates and observations. */
class RegulatoryCheckerPropertiesTest {

  private static final LocalDate ORIGIN = LocalDate.of(2000, 1, 1);
  private static final Gen<LocalDate> DATES = integers().between(0, 365 * 31).map(ORIGIN::plusDays);

  private static final Gen<Presence> PRESENCES =
      integers()
          .between(0, 40)
          .zip(
              integers().between(0, 40),
              integers().between(0, 12),
              (nw, w, staff) ->
                  Presence.of(ChildrenPresent.of(nw, w), StaffPresent.of(staff, staff / 2)));

  private static final Gen<Observation> OBSERVATIONS =
      PRESENCES.zip(
          integers().between(0, 80),
          integers().between(0, 100),
          (presence, age, hours) ->
              Observation.builder()
                  .from(Fixtures.observation(presence))
                  .oldestChildAgeMonths(age)
                  .youngestChildAgeMonths(age / 4)
                  .direction(Direction.of(BigDecimal.valueOf(hours, 2)))
                  .rsaiHoursPerYear(BigDecimal.valueOf(hours))
                  .indoorSurfaceM2(BigDecimal.valueOf(hours * 3L))
                  .weeklyOccupancy(
                      new WeeklyOccupancy(BigDecimal.valueOf(hours * 10L), BigDecimal.valueOf(50)))
                  .assistantsWorkingAtOnce(hours % 7)
                  .build());

  @Test
  void check_anyStructureDateAndObservation_givesWellFormedFindings() {
    qt().withExamples(1000)
        .forAll(StructureGenerators.structures(), DATES, OBSERVATIONS)
        .checkAssert(
            (structure, date, observation) -> {
              ComplianceReport report =
                  RegulatoryChecker.bundled().check(structure, date, observation);
              assertThat(report.isCompliant()).isEqualTo(report.errors().isEmpty());
              for (Finding f : report.findings()) {
                String english = f.message(Locale.ENGLISH);
                String french = f.message(Locale.FRENCH);
                assertThat(english).isNotBlank().doesNotContain("{");
                assertThat(french).isNotBlank().doesNotContain("{");
                if (f.severity() != Severity.INFO) {
                  assertThat(f.bases()).as("%s", f).isNotEmpty();
                  assertThat(f.bases())
                      .allSatisfy(
                          b ->
                              assertThat(
                                      b.validity().contains(date)
                                          || b.validity().startDate().isEmpty())
                                  .as("%s applies on %s", b, date)
                                  .isTrue());
                }
                assertThat(english.contains("[")).isEqualTo(f.confidence() != Confidence.CONFIRMED);
              }
            });
  }

  @Test
  void check_ratioVerdict_agreesWithTheCalculator() {
    qt().withExamples(1000)
        .forAll(
            integers().between(13, 80),
            arbitrary().enumValues(RatioOption.class),
            DATES.map(d -> d.isBefore(LocalDate.of(2021, 9, 1)) ? d.plusYears(22) : d),
            PRESENCES)
        .checkAssert(
            (capacity, option, date, presence) -> {
              Facility f =
                  FacilityBuilder.builder()
                      .from(Facility.of(StructureKind.CRECHE_COLLECTIVE, capacity))
                      .ratioOption(option)
                      .build();
              ComplianceReport report =
                  RegulatoryChecker.bundled().check(f, date, Fixtures.observation(presence));
              ChildrenPresent children = presence.children();
              int needed =
                  StaffingCalculator.bundled()
                      .byRatio(
                          date,
                          ChildrenPresent.of(children.notWalking(), children.walking()),
                          option);
              assertThat(report.has(FindingCode.STAFF_RATIO_NOT_MET))
                  .isEqualTo(presence.staff().professionals() < needed);
              boolean minimum = children.total() > 0 && presence.staff().professionals() < 2;
              assertThat(report.has(FindingCode.STAFF_MINIMUM_ADULTS)).isEqualTo(minimum);
            });
  }

  @Test
  void check_moreStaff_neverAddsAStaffingError() {
    qt().withExamples(1000)
        .forAll(
            arbitrary()
                .pick(
                    StructureKind.CRECHE_COLLECTIVE,
                    StructureKind.MICRO_CRECHE,
                    StructureKind.JARDIN_D_ENFANTS),
            integers().between(1, 70),
            DATES,
            PRESENCES)
        .checkAssert(
            (kind, capacity, date, presence) -> {
              Facility f =
                  FacilityBuilder.builder()
                      .from(Facility.of(kind, capacity))
                      .ratioOption(Optional.of(RatioOption.ONE_PER_FIVE_OR_EIGHT))
                      .build();
              StaffPresent staff = presence.staff();
              Presence more =
                  new Presence(
                      presence.children(),
                      StaffPresent.of(staff.professionals() + 1, staff.qualified() + 1),
                      presence.outing());
              long before =
                  RegulatoryChecker.bundled()
                      .check(f, date, Fixtures.observation(presence))
                      .errors()
                      .size();
              long after =
                  RegulatoryChecker.bundled()
                      .check(f, date, Fixtures.observation(more))
                      .errors()
                      .size();
              assertThat(after).isLessThanOrEqualTo(before);
            });
  }
}
