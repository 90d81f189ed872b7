package io.github.esspetiteenfance.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.github.esspetiteenfance.InvalidValueException;
import io.github.esspetiteenfance.testing.StructureGenerators;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PartialDateTest {

  @Test
  void ofYear_createdIn2017_coversTheYear() {
    PartialDate d = PartialDate.ofYear(2017);
    assertThat(d.precision()).isEqualTo(DatePrecision.YEAR);
    assertThat(d.earliest()).isEqualTo(LocalDate.of(2017, 1, 1));
    assertThat(d.latest()).isEqualTo(LocalDate.of(2017, 12, 31));
    assertThat(d).hasToString("2017");
    assertThat(d.toLocalDate()).isEmpty();
    assertThat(PartialDate.of(java.time.Year.of(2017))).isEqualTo(d);
  }

  @Test
  void ofSeason_spring2024_isEdtf21() {
    PartialDate d = PartialDate.ofSeason(2024, Season.SPRING);
    assertThat(d.precision()).isEqualTo(DatePrecision.SEASON);
    assertThat(d).hasToString("2024-21");
    assertThat(d.earliest()).isEqualTo(LocalDate.of(2024, 3, 1));
    assertThat(d.latest()).isEqualTo(LocalDate.of(2024, 6, 30));
    assertThat(PartialDate.parse("2024-21")).isEqualTo(d);
  }

  @Test
  void ofSeason_winter_endsInTheNextYear() {
    PartialDate d = PartialDate.ofSeason(2024, Season.WINTER);
    assertThat(d.earliest()).isEqualTo(LocalDate.of(2024, 12, 1));
    assertThat(d.latest()).isEqualTo(LocalDate.of(2025, 3, 31));
  }

  @Test
  void popUpSaleDecember2023_isCertainlyBeforeSpring2024() {
    PartialDate sale = PartialDate.of(YearMonth.of(2023, 12));
    PartialDate opening = PartialDate.ofSeason(2024, Season.SPRING);
    assertThat(sale).hasToString("2023-12");
    assertThat(sale.isCertainlyBefore(opening)).isTrue();
    assertThat(opening.isCertainlyBefore(sale)).isFalse();
    assertThat(PartialDate.ofYear(2024).isCertainlyBefore(opening)).isFalse();
  }

  @Test
  void of_localDate_hasDayPrecision() {
    PartialDate d = PartialDate.of(LocalDate.of(2024, 2, 29));
    assertThat(d).hasToString("2024-02-29");
    assertThat(d.toLocalDate()).contains(LocalDate.of(2024, 2, 29));
  }

  @Test
  void of_invalidCombinations_throwTheirCodes() {
    assertThatThrownBy(
            () ->
                new PartialDate(
                    2024, Optional.of(Season.SPRING), Optional.of(Month.MAY), Optional.empty()))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.errorCode()).isEqualTo(StructureErrorCode.DATE_SEASON_AND_MONTH));
    assertThatThrownBy(
            () -> new PartialDate(2024, Optional.empty(), Optional.empty(), Optional.of(3)))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.errorCode()).isEqualTo(StructureErrorCode.DATE_DAY_WITHOUT_MONTH));
    assertThatThrownBy(() -> PartialDate.parse("2023-02-29"))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.errorCode()).isEqualTo(StructureErrorCode.DATE_INVALID_DAY));
    assertThatThrownBy(() -> PartialDate.ofYear(999))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.errorCode()).isEqualTo(StructureErrorCode.DATE_YEAR_OUT_OF_RANGE));
  }

  @Test
  void parse_badText_throwsSyntax() {
    for (String text :
        List.of("202", "2024-13", "2024-25", "2024-00", "printemps 2024", "2024-5")) {
      assertThatThrownBy(() -> PartialDate.parse(text))
          .as(text)
          .isInstanceOfSatisfying(
              InvalidValueException.class,
              e -> assertThat(e.errorCode()).isEqualTo(StructureErrorCode.DATE_SYNTAX));
    }
  }

  @Test
  void parse_toString_roundTripsAndBoundsAreOrdered() {
    qt().withExamples(1000)
        .forAll(StructureGenerators.partialDates())
        .checkAssert(
            d -> {
              assertThat(PartialDate.parse(d.toString())).isEqualTo(d);
              assertThat(d.earliest()).isBeforeOrEqualTo(d.latest());
              assertThat(d.toLocalDate().isPresent()).isEqualTo(d.precision() == DatePrecision.DAY);
              assertThat(d.earliest().getYear()).isEqualTo(d.year());
              assertThat(d.isCertainlyBefore(d)).isFalse();
            });
  }
}
