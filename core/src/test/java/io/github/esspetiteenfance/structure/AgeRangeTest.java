package io.github.esspetiteenfance.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.esspetiteenfance.InvalidValueException;
import io.github.esspetiteenfance.testing.StructureGenerators;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class AgeRangeTest {

  @Test
  void ofMonths_microScopTwoMonthsToFourYears_isTwoToFortyEight() {
    AgeRange range = AgeRange.ofMonths(2, 48);
    assertThat(range.minMonths()).isEqualTo(2);
    assertThat(range.maxMonths()).isEqualTo(48);
    assertThat(range.contains(1)).isFalse();
    assertThat(range.contains(2)).isTrue();
    assertThat(range.contains(47)).isTrue();
    assertThat(range.contains(48)).isFalse();
    assertThat(range).hasToString("2..48");
  }

  @Test
  void underYears_three_isZeroToThirtySix() {
    assertThat(AgeRange.underYears(3)).isEqualTo(AgeRange.ofMonths(0, 36));
  }

  @Test
  void contains_birthDate_countsCompletedMonths() {
    AgeRange range = AgeRange.ofMonths(2, 48);
    LocalDate birth = LocalDate.of(2024, 1, 31);
    assertThat(range.contains(birth, LocalDate.of(2024, 3, 30))).isFalse();
    assertThat(range.contains(birth, LocalDate.of(2024, 3, 31))).isTrue();
    assertThat(range.contains(birth, LocalDate.of(2028, 1, 30))).isTrue();
    assertThat(range.contains(birth, LocalDate.of(2028, 1, 31))).isFalse();
    assertThat(range.contains(birth, LocalDate.of(2023, 1, 1))).isFalse();
  }

  @Test
  void of_reversed_throwsReversed() {
    assertThatThrownBy(() -> AgeRange.ofMonths(48, 2))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.errorCode()).isEqualTo(StructureErrorCode.AGE_RANGE_REVERSED);
              assertThat(e.field()).contains("maxMonths");
              assertThat(e.rejectedValue()).isEqualTo(2);
              assertThat(e.message(Locale.FRENCH)).contains("48 mois");
            });
  }

  @Test
  void of_equalBounds_throwsEmpty() {
    assertThatThrownBy(() -> AgeRange.ofMonths(12, 12))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.errorCode()).isEqualTo(StructureErrorCode.AGE_RANGE_EMPTY));
  }

  @Test
  void of_negativeMinimum_throwsNegative() {
    assertThatThrownBy(() -> AgeRange.ofMonths(-1, 12))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.errorCode()).isEqualTo(StructureErrorCode.AGE_NEGATIVE));
  }

  @Test
  void parse_badText_throwsSyntax() {
    assertThatThrownBy(() -> AgeRange.parse("2 à 48"))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.code()).isEqualTo("structure.age-range.syntax"));
  }

  @Test
  void of_anyBounds_acceptedExactlyWhenValid() {
    qt().withExamples(1000)
        .forAll(integers().between(-50, 300), integers().between(-50, 300))
        .checkAssert(
            (min, max) -> {
              boolean valid = AgeRange.isValid(min, max);
              assertThat(valid).isEqualTo(min >= 0 && min < max);
              if (valid) {
                assertThat(AgeRange.ofMonths(min, max).minMonths()).isEqualTo(min);
              } else {
                assertThatThrownBy(() -> AgeRange.ofMonths(min, max))
                    .isInstanceOf(InvalidValueException.class);
              }
            });
  }

  @Test
  void parse_toString_roundTrips() {
    qt().withExamples(1000)
        .forAll(StructureGenerators.ageRanges())
        .checkAssert(r -> assertThat(AgeRange.parse(r.toString())).isEqualTo(r));
  }

  @Test
  void contains_agreesWithBoundsAndOverlapsIsSymmetric() {
    qt().withExamples(1000)
        .forAll(
            StructureGenerators.ageRanges(),
            StructureGenerators.ageRanges(),
            integers().between(0, 500))
        .checkAssert(
            (a, b, age) -> {
              assertThat(a.contains(age)).isEqualTo(a.minMonths() <= age && age < a.maxMonths());
              assertThat(a.overlaps(b)).isEqualTo(b.overlaps(a));
              if (a.contains(age) && b.contains(age)) {
                assertThat(a.overlaps(b)).isTrue();
              }
              if (a.encloses(b)) {
                assertThat(a.overlaps(b)).isTrue();
                assertThat(a.contains(b.minMonths())).isTrue();
              }
            });
  }
}
