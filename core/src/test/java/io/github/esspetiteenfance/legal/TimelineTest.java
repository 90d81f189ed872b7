package io.github.esspetiteenfance.legal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.esspetiteenfance.InvalidValueException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TimelineTest {

  private static final LocalDate SEPT_2019 = LocalDate.of(2019, 9, 1);

  private static LegalBasis basis(ValidityPeriod period) {
    return new LegalBasis("Circulaire CNAF 2019-005", "", period, Confidence.SECONDARY, "test");
  }

  private final Timeline<String> timeline =
      Timeline.of(
          List.of(
              new Dated<>("new", basis(ValidityPeriod.from(SEPT_2019))),
              new Dated<>("old", basis(ValidityPeriod.until(SEPT_2019.minusDays(1))))));

  @Test
  void at_dateOnEachSideOfTheChange_givesEachValue() {
    assertThat(timeline.at(SEPT_2019.minusDays(1)).orElseThrow().value()).isEqualTo("old");
    assertThat(timeline.at(SEPT_2019).orElseThrow().value()).isEqualTo("new");
  }

  @Test
  void values_areSortedByStart() {
    assertThat(timeline.values()).extracting(Dated::value).containsExactly("old", "new");
  }

  @Test
  void of_overlappingPeriods_throws() {
    assertThatThrownBy(
            () ->
                timeline.with(
                    new Dated<>("x", basis(ValidityPeriod.between(SEPT_2019, SEPT_2019)))))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.errorCode()).isEqualTo(LegalErrorCode.TIMELINE_OVERLAP));
  }

  @Test
  void require_uncoveredDate_throwsWithParameterAndDate() {
    Timeline<String> bounded =
        Timeline.of(List.of(new Dated<>("v", basis(ValidityPeriod.from(SEPT_2019)))));
    assertThatThrownBy(() -> bounded.require(LocalDate.of(2018, 1, 1), "plancher"))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.code()).isEqualTo("legal.timeline.no-value-on-date");
              assertThat(e.field()).contains("plancher");
              assertThat(e.rejectedValue()).isEqualTo(LocalDate.of(2018, 1, 1));
              assertThat(e.message(Locale.FRENCH)).contains("plancher").contains("2018-01-01");
            });
  }

  @Test
  void validityPeriod_reversed_throws() {
    assertThatThrownBy(() -> ValidityPeriod.between(SEPT_2019, SEPT_2019.minusDays(1)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("legal.period.reversed");
  }

  @Test
  void validityPeriod_containsExactlyTheDaysBetweenItsBounds() {
    qt().withExamples(1000)
        .forAll(
            integers().between(-400, 400),
            integers().between(0, 400),
            integers().between(-900, 900))
        .checkAssert(
            (startOffset, length, probe) -> {
              LocalDate start = SEPT_2019.plusDays(startOffset);
              ValidityPeriod p = ValidityPeriod.between(start, start.plusDays(length));
              LocalDate d = SEPT_2019.plusDays(probe);
              boolean inside = !d.isBefore(start) && !d.isAfter(start.plusDays(length));
              assertThat(p.contains(d)).isEqualTo(inside);
              assertThat(p.overlaps(ValidityPeriod.between(d, d))).isEqualTo(inside);
            });
  }
}
