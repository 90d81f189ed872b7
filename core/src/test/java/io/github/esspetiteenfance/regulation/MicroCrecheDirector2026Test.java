package io.github.esspetiteenfance.regulation;

import static io.github.esspetiteenfance.regulation.Fixtures.BEFORE_DIRECTOR_2026;
import static io.github.esspetiteenfance.regulation.Fixtures.DIRECTOR_2026;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.esspetiteenfance.diagnostic.Finding;
import io.github.esspetiteenfance.legal.Confidence;
import io.github.esspetiteenfance.structure.Capacity;
import io.github.esspetiteenfance.structure.MicroCreche;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every rule of décret 2025-304 art. 2 (micro-crèche direction, in force 1 Sept 2026; SECONDARY),
 * each checked on both sides of 1 Sept 2026 through the public API: at most two micro-crèches per
 * director, 0.5 FTE of direction, a director with a diplôme d'État or the référent technique in
 * post on that date, who is then supported by a qualified professional at least 20 hours a year
 * including 4 hours a quarter.
 */
class MicroCrecheDirector2026Test {

  private static final RegulatoryChecker CHECKER = RegulatoryChecker.bundled();
  private static final MicroCreche MICRO = MicroCreche.builder().capacity(Capacity.of(12)).build();

  private static ComplianceReport check(LocalDate date, DirectionBuilder direction) {
    return CHECKER.check(MICRO, date, Observation.empty().withDirection(direction.build()));
  }

  private static DirectionBuilder director(String fte) {
    return Direction.builder().directorFte(new BigDecimal(fte));
  }

  private static DirectionBuilder formerReferent(String hoursPerYear, String lowestQuarter) {
    return director("0.5")
        .directorHoldsDiploma(false)
        .formerReferentTechnique(true)
        .qualifiedSupportHoursPerYear(new BigDecimal(hoursPerYear))
        .qualifiedSupportHoursLowestQuarter(new BigDecimal(lowestQuarter));
  }

  @Test
  void twoMicroCrechesPerDirector_bothSidesOf1September2026() {
    assertThat(check(BEFORE_DIRECTOR_2026, director("0.5").microCrechesDirected(3)).isCompliant())
        .isTrue();
    assertThat(check(DIRECTOR_2026, director("0.5").microCrechesDirected(2)).isCompliant())
        .isTrue();
    assertThat(
            check(DIRECTOR_2026, director("0.5").microCrechesDirected(3))
                .has(FindingCode.DIRECTOR_TOO_MANY_MICRO_CRECHES))
        .isTrue();
  }

  @Test
  void halfFullTimeDirection_bothSidesOf1September2026() {
    assertThat(check(BEFORE_DIRECTOR_2026, director("0.2")).isCompliant()).isTrue();
    assertThat(check(DIRECTOR_2026, director("0.2")).has(FindingCode.DIRECTION_TIME_INSUFFICIENT))
        .isTrue();
    assertThat(check(DIRECTOR_2026, director("0.5")).isCompliant()).isTrue();
  }

  @Test
  void directorWithoutDiploma_mustBeTheReferentTechniqueInPost_from1September2026() {
    DirectionBuilder newcomer =
        director("0.5").directorHoldsDiploma(false).formerReferentTechnique(false);
    assertThat(check(BEFORE_DIRECTOR_2026, newcomer).isCompliant()).isTrue();
    Finding finding =
        check(DIRECTOR_2026, newcomer).first(FindingCode.DIRECTOR_WITHOUT_DIPLOMA).orElseThrow();
    assertThat(finding.argumentValues()).containsExactly("directorHoldsDiploma", DIRECTOR_2026);
    assertThat(finding.confidence()).isEqualTo(Confidence.SECONDARY);
    assertThat(finding.basis().orElseThrow().text()).contains("2025-304");
    assertThat(finding.message(Locale.FRENCH)).contains("2026-09-01").contains("diplôme d'État");
    assertThat(finding.message(Locale.ENGLISH)).contains("was not its référent technique");

    DirectionBuilder qualified = director("0.5").directorHoldsDiploma(true);
    assertThat(check(DIRECTOR_2026, qualified).isCompliant()).isTrue();
    assertThat(check(DIRECTOR_2026, qualified).codes())
        .doesNotContain(FindingCode.DIRECTOR_TRANSITIONAL, FindingCode.NOT_CHECKED);
  }

  @Test
  void formerReferentTechnique_supportedTwentyHoursAYearFourAQuarter_from1September2026() {
    assertThat(check(BEFORE_DIRECTOR_2026, formerReferent("0", "0")).isCompliant()).isTrue();
    assertThat(check(BEFORE_DIRECTOR_2026, formerReferent("0", "0")).codes())
        .doesNotContain(FindingCode.DIRECTOR_TRANSITIONAL);

    ComplianceReport enough = check(DIRECTOR_2026, formerReferent("20", "4"));
    assertThat(enough.isCompliant()).isTrue();
    assertThat(enough.first(FindingCode.DIRECTOR_TRANSITIONAL).orElseThrow().argumentValues())
        .containsExactly(
            "qualifiedSupportHoursPerYear",
            new BigDecimal("20"),
            new BigDecimal("20"),
            new BigDecimal("4"));

    ComplianceReport fewHours = check(DIRECTOR_2026, formerReferent("19.5", "4"));
    assertThat(
            fewHours
                .first(FindingCode.DIRECTOR_SUPPORT_INSUFFICIENT)
                .orElseThrow()
                .argumentValues())
        .containsExactly(
            "qualifiedSupportHoursPerYear", new BigDecimal("19.5"), new BigDecimal("20"));
    ComplianceReport thinQuarter = check(DIRECTOR_2026, formerReferent("24", "3"));
    assertThat(
            thinQuarter
                .first(FindingCode.DIRECTOR_SUPPORT_INSUFFICIENT)
                .orElseThrow()
                .argumentValues())
        .containsExactly(
            "qualifiedSupportHoursLowestQuarter", new BigDecimal("3"), new BigDecimal("4"));
    assertThat(thinQuarter.has(FindingCode.DIRECTOR_TRANSITIONAL)).isFalse();
  }

  @ParameterizedTest(name = "unknown fact {0} -> not checked, never guessed")
  @ValueSource(strings = {"former", "hours"})
  void missingFacts_areNotChecked(String missing) {
    DirectionBuilder direction =
        missing.equals("former")
            ? director("0.5").directorHoldsDiploma(false)
            : director("0.5").directorHoldsDiploma(false).formerReferentTechnique(true);
    ComplianceReport report = check(DIRECTOR_2026, direction);
    assertThat(report.isCompliant()).isTrue();
    assertThat(report.first(FindingCode.NOT_CHECKED).orElseThrow().argumentValues())
        .containsExactly(Subject.DIRECTOR_QUALIFICATION, Subject.NOT_OBSERVED);
    assertThat(check(BEFORE_DIRECTOR_2026, direction).has(FindingCode.NOT_CHECKED)).isFalse();
  }
}
