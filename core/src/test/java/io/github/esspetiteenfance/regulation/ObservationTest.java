package io.github.esspetiteenfance.regulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.esspetiteenfance.InvalidValueException;
import io.github.esspetiteenfance.structure.MicroCreche;
import io.github.esspetiteenfance.structure.StructureKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link Observation}: the short way to give children and staff, and partial observations. */
class ObservationTest {

  private static final LocalDate SEPT_2026 = LocalDate.of(2026, 9, 1);

  @Test
  void ofChildrenWithStaff_isTheObservationOfTheNamedCounts() {
    qt().forAll(
            integers().between(0, 30),
            integers().between(0, 30),
            integers().between(0, 10),
            integers().between(0, 10))
        .checkAssert(
            (nw, w, p, anyQ) -> {
              int q = anyQ % (p + 1); // at most p qualified
              Observation shortWay = Observation.ofChildren(nw, w).withStaff(p, q);
              assertThat(shortWay)
                  .isEqualTo(Observation.of(ChildrenPresent.of(nw, w), StaffPresent.of(p, q)));
              assertThat(shortWay.outing()).isFalse();
              assertThat(
                      RegulatoryChecker.bundled()
                          .check(MicroCreche.of(12), SEPT_2026, shortWay)
                          .findings())
                  .isEqualTo(
                      RegulatoryChecker.bundled()
                          .check(
                              MicroCreche.of(12),
                              SEPT_2026,
                              Observation.builder()
                                  .children(ChildrenPresent.of(nw, w))
                                  .staff(StaffPresent.of(p, q))
                                  .build())
                          .findings());
            });
  }

  @Test
  void withStaff_keepsEveryOtherFact_andReplacesTheStaff() {
    Observation base =
        Observation.builder()
            .from(Observation.ofChildren(2, 2).withStaff(1, 0))
            .direction(Direction.of(new BigDecimal("0.5")))
            .outing(true)
            .build();
    Observation changed = base.withStaff(3, 2);
    assertThat(changed.staff()).contains(StaffPresent.of(3, 2));
    assertThat(changed.children()).isEqualTo(base.children());
    assertThat(changed.direction()).isEqualTo(base.direction());
    assertThat(changed.outing()).isTrue();
  }

  @Test
  void badCounts_areRefusedWithTheField() {
    assertThatThrownBy(() -> Observation.ofChildren(-1, 3))
        .isInstanceOf(InvalidValueException.class)
        .extracting(e -> ((InvalidValueException) e).field())
        .isEqualTo(java.util.Optional.of("notWalking"));
    assertThatThrownBy(() -> Observation.ofChildren(1, 3).withStaff(1, 2))
        .isInstanceOf(InvalidValueException.class)
        .extracting(e -> ((InvalidValueException) e).field())
        .isEqualTo(java.util.Optional.of("qualified"));
  }

  @Test
  void childrenWithoutStaff_orStaffWithoutChildren_staffingReportedNotChecked() {
    for (Observation partial :
        new Observation[] {
          Observation.ofChildren(1, 3),
          Observation.builder().staff(StaffPresent.of(1, 1)).build(),
          Observation.builder().staff(StaffPresent.of(1, 1)).outing(true).build()
        }) {
      ComplianceReport report =
          RegulatoryChecker.bundled().check(MicroCreche.of(12), SEPT_2026, partial);
      assertThat(report.first(FindingCode.NOT_CHECKED).orElseThrow().argumentValues())
          .containsExactly(Subject.STAFFING, Subject.NOT_OBSERVED);
      assertThat(report.has(FindingCode.STAFF_MINIMUM_ADULTS)).isFalse();
    }
    ComplianceReport both =
        RegulatoryChecker.bundled()
            .check(MicroCreche.of(12), SEPT_2026, Observation.ofChildren(1, 3).withStaff(1, 1));
    assertThat(both.has(FindingCode.NOT_CHECKED)).isFalse();
    assertThat(both.has(FindingCode.STAFF_MINIMUM_ADULTS)).isTrue();
  }

  @Test
  void childrenAlone_stillServeTheRulesThatCountChildren() {
    // a MAM: at most 20 children at once (L424-1), from the children observed
    Facility mam =
        FacilityBuilder.builder()
            .from(Fixtures.facility(StructureKind.MAISON_ASSISTANTS_MATERNELS, 1))
            .capacity(Optional.empty())
            .assistantAgrements(Collections.nCopies(4, 4))
            .build();
    ComplianceReport report =
        RegulatoryChecker.bundled().check(mam, SEPT_2026, Observation.ofChildren(0, 21));
    assertThat(report.has(FindingCode.MAM_CHILDREN_AT_ONCE)).isTrue();
  }
}
