package io.github.esspetiteenfance.testing;

import io.github.esspetiteenfance.regulation.AssistantObservation;
import io.github.esspetiteenfance.regulation.ChildrenPresent;
import io.github.esspetiteenfance.regulation.ComplianceReport;
import io.github.esspetiteenfance.regulation.Direction;
import io.github.esspetiteenfance.regulation.LaepSession;
import io.github.esspetiteenfance.regulation.Observation;
import io.github.esspetiteenfance.regulation.ObservationBuilder;
import io.github.esspetiteenfance.regulation.QualifiedStaffMonth;
import io.github.esspetiteenfance.regulation.RegulatoryChecker;
import io.github.esspetiteenfance.regulation.StaffPresent;
import io.github.esspetiteenfance.regulation.WeeklyOccupancy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators for the {@code regulation} package: observations, dates of check and the
 * compliance reports that {@link RegulatoryChecker} gives for generated structures.
 *
 * <p>Published in core's test-jar for the JSON round-trip tests. Structures and establishments come
 * from {@link StructureGenerators} and {@link EstablishmentGenerators}, EAJE with their regulatory
 * facts present or absent; observations have every part present or absent, with values on both
 * sides of the thresholds, so that the reports hold findings of every kind of argument. {@link
 * DiagnosticGenerators} generates findings directly, with the arguments each code declares, over
 * the whole range of each type.
 */
public final class RegulationGenerators {

  /** The first generated date of check. */
  public static final LocalDate FIRST = LocalDate.of(2000, 1, 1);

  /** The last generated date of check. */
  public static final LocalDate LAST = LocalDate.of(2030, 12, 31);

  private static final List<String> NAMES = List.of("Awa", "Lou", "Maëlle", "Jeanne", "Inès");

  private RegulationGenerators() {}

  /**
   * Returns dates of check from {@link #FIRST} to {@link #LAST}, across the reforms of 2010, 2021,
   * 2022, 2023 and 2026.
   *
   * @return the generator, not null
   */
  public static Gen<LocalDate> dates() {
    return Generate.range(0, (int) ChronoUnit.DAYS.between(FIRST, LAST)).map(FIRST::plusDays);
  }

  /**
   * Returns observations with each part present or absent.
   *
   * @return the generator, not null
   */
  public static Gen<Observation> observations() {
    return rs -> {
      ObservationBuilder b = ObservationBuilder.builder();
      if (chance(rs, 2)) {
        int notWalking = between(rs, 0, 40);
        int walking = between(rs, 0, 40);
        ChildrenPresent children =
            new ChildrenPresent(notWalking, walking, between(rs, 0, walking));
        int professionals = between(rs, 0, 14);
        // the children alone, now and then: the staffing rules then report "not checked"
        b.children(children);
        if (!chance(rs, 8)) {
          b.staff(
              new StaffPresent(professionals, between(rs, 0, professionals), between(rs, 0, 4)));
          b.outing(chance(rs, 4));
        }
      }
      if (chance(rs, 2)) {
        b.youngestChildAgeMonths(between(rs, 0, 40));
      }
      if (chance(rs, 2)) {
        b.oldestChildAgeMonths(between(rs, 0, 90));
      }
      if (chance(rs, 3)) {
        b.weeklyOccupancy(
            new WeeklyOccupancy(decimal(rs, 0, 300_000, 1), decimal(rs, 1, 6_000, 1)));
      }
      if (chance(rs, 3)) {
        b.qualifiedStaff(
            new QualifiedStaffMonth(
                YearMonth.from(dates().generate(rs)),
                decimal(rs, 0, 2_000, 2),
                decimal(rs, 1, 2_000, 2)));
      }
      if (chance(rs, 3)) {
        b.direction(
            new Direction(
                decimal(rs, 0, 150, 2),
                chance(rs, 2) ? Optional.of(decimal(rs, 0, 150, 2)) : Optional.empty(),
                chance(rs, 2) ? Optional.of(between(rs, 1, 5)) : Optional.empty(),
                chance(rs, 2) ? Optional.of(chance(rs, 2)) : Optional.empty(),
                chance(rs, 2) ? Optional.of(chance(rs, 2)) : Optional.empty(),
                chance(rs, 2) ? Optional.of(decimal(rs, 0, 400, 1)) : Optional.empty(),
                chance(rs, 2) ? Optional.of(decimal(rs, 0, 100, 1)) : Optional.empty()));
      }
      if (chance(rs, 3)) {
        b.rsaiHoursPerYear(decimal(rs, 0, 120, 0));
      }
      if (chance(rs, 3)) {
        b.rsaiHoursLowestQuarter(decimal(rs, 0, 300, 1));
      }
      if (chance(rs, 3)) {
        b.healthProfessionalFte(decimal(rs, 0, 100, 2));
      }
      if (chance(rs, 3)) {
        b.ejeFte(decimal(rs, 0, 400, 2));
      }
      if (chance(rs, 3)) {
        b.indoorSurfaceM2(decimal(rs, 0, 12_000, 1));
      }
      if (chance(rs, 3)) {
        b.assistantsWorkingAtOnce(between(rs, 0, 7));
      }
      int assistants = chance(rs, 3) ? between(rs, 1, 4) : 0;
      for (int i = 0; i < assistants; i++) {
        int minors = between(rs, 0, 10);
        b.addAssistants(
            new AssistantObservation(
                chance(rs, 2)
                    ? Optional.of(NAMES.get(between(rs, 0, NAMES.size() - 1)))
                    : Optional.empty(),
                between(rs, 1, 7),
                between(rs, 0, 8),
                minors,
                between(rs, 0, minors),
                chance(rs, 3)));
      }
      if (chance(rs, 3)) {
        int children = between(rs, 0, 20);
        b.laepSession(new LaepSession(children, between(rs, 0, children), between(rs, 0, 4)));
      }
      return b.build();
    };
  }

  /**
   * Returns the reports of the checker on generated structures and establishments ({@link
   * StructureGenerators}, {@link EstablishmentGenerators}), dates and observations.
   *
   * @return the generator, not null
   */
  public static Gen<ComplianceReport> reports() {
    Gen<io.github.esspetiteenfance.structure.Structure> structures =
        StructureGenerators.structures();
    Gen<io.github.esspetiteenfance.establishment.Establishment> establishments =
        EstablishmentGenerators.establishments();
    Gen<LocalDate> dates = dates();
    Gen<Observation> observations = observations();
    RegulatoryChecker checker = RegulatoryChecker.bundled();
    return rs ->
        chance(rs, 2)
            ? checker.check(structures.generate(rs), dates.generate(rs), observations.generate(rs))
            : checker.check(
                establishments.generate(rs), dates.generate(rs), observations.generate(rs));
  }

  private static int between(RandomnessSource rs, int min, int max) {
    return Generate.range(min, max).generate(rs);
  }

  private static boolean chance(RandomnessSource rs, int oneIn) {
    return between(rs, 1, oneIn) == 1;
  }

  private static BigDecimal decimal(RandomnessSource rs, int min, int max, int scale) {
    return BigDecimal.valueOf(between(rs, min, max), scale);
  }
}
