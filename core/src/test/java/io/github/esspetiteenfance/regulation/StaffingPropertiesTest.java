package io.github.esspetiteenfance.regulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.esspetiteenfance.structure.RatioOption;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Properties of the staffing calculation: covering, minimal, monotone. */
class StaffingPropertiesTest {

  private static final StaffingCalculator CALCULATOR = StaffingCalculator.bundled();
  private static final java.time.LocalDate REFORM = Fixtures.REFORM;

  private static final Gen<Integer> COUNT = integers().between(0, 200);
  private static final Gen<RatioOption> OPTION = arbitrary().enumValues(RatioOption.class);

  /** The children-capacity of some professionals, in 40ths (1:5 -> 8, 1:8 -> 5) or 6ths. */
  private static boolean covers(int staff, int notWalking, int walking, RatioOption option) {
    return option == RatioOption.ONE_PER_SIX
        ? 6L * staff >= notWalking + walking
        : 40L * staff >= 8L * notWalking + 5L * walking;
  }

  @Test
  void requiredStaff_coversTheChildren() {
    qt().withExamples(1000)
        .forAll(COUNT, COUNT, OPTION)
        .checkAssert(
            (nw, w, option) ->
                assertThat(
                        covers(
                            CALCULATOR.byRatio(REFORM, ChildrenPresent.of(nw, w), option),
                            nw,
                            w,
                            option))
                    .isTrue());
  }

  @Test
  void requiredStaff_isMinimal() {
    qt().withExamples(1000)
        .forAll(COUNT, COUNT, OPTION)
        .checkAssert(
            (nw, w, option) -> {
              int staff = CALCULATOR.byRatio(REFORM, ChildrenPresent.of(nw, w), option);
              assertThat(staff == 0 || !covers(staff - 1, nw, w, option)).isTrue();
              assertThat(staff == 0).isEqualTo(nw + w == 0);
            });
  }

  @Test
  void requiredStaff_isMonotoneInChildren() {
    qt().withExamples(1000)
        .forAll(COUNT, COUNT, OPTION)
        .checkAssert(
            (nw, w, option) -> {
              int staff = CALCULATOR.byRatio(REFORM, ChildrenPresent.of(nw, w), option);
              assertThat(CALCULATOR.byRatio(REFORM, ChildrenPresent.of(nw + 1, w), option))
                  .isGreaterThanOrEqualTo(staff);
              assertThat(CALCULATOR.byRatio(REFORM, ChildrenPresent.of(nw, w + 1), option))
                  .isGreaterThanOrEqualTo(staff);
            });
  }

  @Test
  void requiredStaff_walkingChildNeverCostsMoreThanANonWalkingOne() {
    qt().withExamples(1000)
        .forAll(COUNT, COUNT, OPTION)
        .checkAssert(
            (nw, w, option) ->
                assertThat(CALCULATOR.byRatio(REFORM, ChildrenPresent.of(nw, w + 1), option))
                    .isLessThanOrEqualTo(
                        CALCULATOR.byRatio(REFORM, ChildrenPresent.of(nw + 1, w), option)));
  }

  /** The kind of care and its flags, generated together (QuickTheories takes up to 4 sources). */
  record Setup(StaffingSetting setting, RatioOption option, boolean outing, boolean parental) {}

  private static final Gen<Setup> SETUP =
      arbitrary()
          .enumValues(StaffingSetting.class)
          .zip(OPTION, booleans().all(), (s, o, outing) -> new Setup(s, o, outing, false))
          .zip(
              booleans().all(),
              (s, parental) -> new Setup(s.setting(), s.option(), s.outing(), parental));

  private static StaffingSituation situation(Setup setup, int capacity, int a, int b) {
    return situation(
        setup.setting(), capacity, setup.option(), setup.outing(), setup.parental(), a, b);
  }

  private static StaffingSituation situation(
      StaffingSetting setting,
      int capacity,
      RatioOption option,
      boolean outing,
      boolean parental,
      int a,
      int b) {
    ChildrenPresent children =
        setting == StaffingSetting.JARDIN_D_ENFANTS
            ? ChildrenPresent.byAge(a, b)
            : ChildrenPresent.of(a, b);
    return new StaffingSituation(
        setting, capacity, Optional.of(option), parental, outing, children);
  }

  @Test
  void requirement_isTheLargestRuleAndIsMinimal() {
    qt().withExamples(1000)
        .forAll(SETUP, integers().between(1, 120), COUNT, COUNT)
        .checkAssert(
            (setup, capacity, a, b) -> {
              StaffingSetting setting = setup.setting();
              boolean outing = setup.outing();
              StaffRequirement r =
                  CALCULATOR.requirement(
                      REFORM,
                      situation(setup.setting(), capacity, setup.option(), outing, false, a, b));
              assertThat(r.adults())
                  .isEqualTo(Math.max(r.byRatio(), Math.max(r.byOuting(), r.minimumAdults())));
              assertThat(r.professionals()).isEqualTo(r.adults());
              assertThat(r.isMetBy(StaffPresent.of(r.adults(), r.qualified()), false)).isTrue();
              if (r.adults() > 0) {
                assertThat(r.isMetBy(StaffPresent.of(r.adults() - 1, 0), false)).isFalse();
              }
              if (outing) {
                assertThat(5L * r.adults()).isGreaterThanOrEqualTo(a + b);
              }
              if (setting == StaffingSetting.MICRO_CRECHE && a + b <= 3) {
                assertThat(r.adults()).isLessThanOrEqualTo(1);
              } else if (a + b > 0) {
                assertThat(r.adults()).isGreaterThanOrEqualTo(2);
              }
            });
  }

  @Test
  void requirement_isMonotoneInChildren() {
    qt().withExamples(1000)
        .forAll(SETUP, integers().between(1, 120), COUNT, COUNT)
        .checkAssert(
            (setup, capacity, a, b) -> {
              StaffRequirement r = CALCULATOR.requirement(REFORM, situation(setup, capacity, a, b));
              StaffRequirement moreA =
                  CALCULATOR.requirement(REFORM, situation(setup, capacity, a + 1, b));
              StaffRequirement moreB =
                  CALCULATOR.requirement(REFORM, situation(setup, capacity, a, b + 1));
              assertThat(moreA.adults()).isGreaterThanOrEqualTo(r.adults());
              assertThat(moreB.adults()).isGreaterThanOrEqualTo(r.adults());
              assertThat(moreA.professionals()).isGreaterThanOrEqualTo(r.professionals());
              assertThat(moreB.professionals()).isGreaterThanOrEqualTo(r.professionals());
            });
  }

  @Test
  void requirement_parental_needsNoMoreProfessionalsThanWithoutParents() {
    qt().withExamples(1000)
        .forAll(SETUP, COUNT, COUNT)
        .checkAssert(
            (setup, a, b) -> {
              StaffRequirement plain =
                  CALCULATOR.requirement(
                      REFORM,
                      situation(setup.setting(), 20, setup.option(), setup.outing(), false, a, b));
              StaffRequirement parental =
                  CALCULATOR.requirement(
                      REFORM,
                      situation(setup.setting(), 20, setup.option(), setup.outing(), true, a, b));
              assertThat(parental.adults()).isEqualTo(plain.adults());
              assertThat(parental.professionals()).isLessThanOrEqualTo(plain.professionals());
              assertThat(parental.professionals() > 0).isEqualTo(a + b > 0);
            });
  }
}
