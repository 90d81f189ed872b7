package io.github.esspetiteenfance.regulation;

import io.github.esspetiteenfance.structure.StructureKind;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Shorthands for the regulation tests. */
final class Fixtures {

  static final LocalDate REFORM = LocalDate.of(2021, 9, 1);
  static final LocalDate BEFORE_REFORM = LocalDate.of(2021, 8, 31);
  static final LocalDate ORDONNANCE = LocalDate.of(2021, 5, 21);
  static final LocalDate BEFORE_ORDONNANCE = LocalDate.of(2021, 5, 20);
  static final LocalDate DIRECTOR_2026 = LocalDate.of(2026, 9, 1);
  static final LocalDate BEFORE_DIRECTOR_2026 = LocalDate.of(2026, 8, 31);

  /** A date after the 2021 reform and its transition, before the 2026 change. */
  static final LocalDate Y2024 = LocalDate.of(2024, 3, 15);

  private Fixtures() {}

  static Facility facility(StructureKind kind, int capacity) {
    return Facility.of(kind, capacity);
  }

  static ComplianceReport check(Facility facility, LocalDate date, Observation observation) {
    return RegulatoryChecker.bundled().check(facility, date, observation);
  }

  static ComplianceReport check(Facility facility, LocalDate date) {
    return RegulatoryChecker.bundled().check(facility, date, Observation.empty());
  }

  static Observation present(int notWalking, int walking, int professionals, int qualified) {
    return Observation.of(
        ChildrenPresent.of(notWalking, walking), StaffPresent.of(professionals, qualified));
  }

  /** The observation of a presence (the package-private view the staffing rules check). */
  static Observation observation(Presence presence) {
    return Observation.builder()
        .children(presence.children())
        .staff(presence.staff())
        .outing(presence.outing())
        .build();
  }

  static BigDecimal dec(String value) {
    return new BigDecimal(value);
  }
}
