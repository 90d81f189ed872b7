package io.github.esspetiteenfance.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.github.esspetiteenfance.InvalidValueException;
import io.github.esspetiteenfance.testing.StructureGenerators;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OpeningHoursTest {

  private static final int DAY = 24 * 60;
  private static final int WEEK = 7 * DAY;

  @Test
  void parse_usualCrecheHours_hasNoAtypicalHours() {
    OpeningHours hours = OpeningHours.parse("Mo-Fr 07:30-18:30");
    assertThat(hours.slots())
        .containsExactly(
            OpeningSlot.of(
                DayOfWeek.MONDAY, DayOfWeek.FRIDAY, LocalTime.of(7, 30), LocalTime.of(18, 30)));
    assertThat(hours.atypicalHours()).isEmpty();
    assertThat(hours.hasAtypicalHours()).isFalse();
    assertThat(hours.weeklyDuration()).isEqualTo(Duration.ofHours(55));
    assertThat(hours.openDays())
        .containsExactlyInAnyOrder(
            DayOfWeek.MONDAY,
            DayOfWeek.TUESDAY,
            DayOfWeek.WEDNESDAY,
            DayOfWeek.THURSDAY,
            DayOfWeek.FRIDAY);
  }

  @Test
  void parse_earlyLateAndSaturday_hasThoseFlags() {
    OpeningHours hours = OpeningHours.parse("Mo-Fr 05:30-22:00; Sa 08:00-12:00");
    assertThat(hours.atypicalHours())
        .containsExactly(
            AtypicalHours.EARLY_MORNING, AtypicalHours.LATE_EVENING, AtypicalHours.SATURDAY);
    assertThat(hours.opensEarly()).isTrue();
    assertThat(hours.closesLate()).isTrue();
    assertThat(hours.opensAtNight()).isFalse();
    assertThat(hours.opensOnWeekend()).isTrue();
  }

  @Test
  void parse_overnightSlot_coversTheNextMorning() {
    OpeningHours hours = OpeningHours.parse("Mo-Fr 22:00-06:00");
    assertThat(hours.slots().get(0).isOvernight()).isTrue();
    assertThat(hours.isOpenAt(DayOfWeek.SATURDAY, LocalTime.of(3, 0))).isTrue();
    assertThat(hours.isOpenAt(DayOfWeek.MONDAY, LocalTime.of(3, 0))).isFalse();
    assertThat(hours.opensAtNight()).isTrue();
    assertThat(hours.opensEarly()).isTrue();
    assertThat(hours.atypicalHours()).contains(AtypicalHours.SATURDAY);
    assertThat(hours.atypicalHours()).doesNotContain(AtypicalHours.SUNDAY);
    assertThat(hours.weeklyDuration()).isEqualTo(Duration.ofHours(40));
  }

  @Test
  void parse_sundayNight_wrapsToMonday() {
    OpeningHours hours = OpeningHours.parse("Su 22:00-02:00");
    assertThat(hours.isOpenAt(DayOfWeek.MONDAY, LocalTime.of(1, 59))).isTrue();
    assertThat(hours.isOpenAt(DayOfWeek.MONDAY, LocalTime.of(2, 0))).isFalse();
  }

  @Test
  void parse_wholeWeek_isOpenAllTheTime() {
    OpeningHours hours = OpeningHours.parse("Mo-Su 00:00-24:00");
    assertThat(hours.weeklyDuration()).isEqualTo(Duration.ofDays(7));
    assertThat(hours.atypicalHours()).containsExactly(AtypicalHours.values());
    assertThat(hours).hasToString("Mo-Su 00:00-24:00");
  }

  @Test
  void parse_severalRangesInOneRule_givesOneSlotPerRange() {
    OpeningHours hours = OpeningHours.parse("Mo-Fr 08:00-12:00,12:00-18:00");
    assertThat(hours.slots()).hasSize(2);
    assertThat(hours).hasToString("Mo-Fr 08:00-12:00; Mo-Fr 12:00-18:00");
  }

  @Test
  void toString_daysAreRunsInWeekOrder() {
    OpeningSlot slot =
        OpeningSlot.of(
            EnumSet.of(
                DayOfWeek.SUNDAY,
                DayOfWeek.MONDAY,
                DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY,
                DayOfWeek.FRIDAY),
            LocalTime.of(9, 0),
            LocalTime.of(12, 0));
    assertThat(slot).hasToString("Mo-We,Fr,Su 09:00-12:00");
    assertThat(OpeningHours.parse("Sa-Mo 09:00-12:00")).hasToString("Mo,Sa-Su 09:00-12:00");
  }

  @Test
  void of_overlappingSlots_throwsOverlap() {
    assertThatThrownBy(() -> OpeningHours.parse("Mo-Fr 08:00-12:00; Mo 11:00-13:00"))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.errorCode()).isEqualTo(StructureErrorCode.OPENING_HOURS_OVERLAP);
              assertThat(e.field()).contains("slots[1]");
            });
    assertThatThrownBy(() -> OpeningHours.parse("Mo 22:00-06:00; Tu 05:00-07:00"))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.errorCode()).isEqualTo(StructureErrorCode.OPENING_HOURS_OVERLAP));
  }

  @Test
  void of_emptyOrDaylessOrSeconds_throws() {
    assertThatThrownBy(() -> new OpeningHours(List.of()))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.errorCode()).isEqualTo(StructureErrorCode.OPENING_HOURS_EMPTY));
    assertThatThrownBy(() -> OpeningSlot.of(Set.of(), LocalTime.NOON, LocalTime.MIDNIGHT))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.errorCode()).isEqualTo(StructureErrorCode.OPENING_SLOT_NO_DAY));
    assertThatThrownBy(
            () ->
                OpeningSlot.of(
                    Set.of(DayOfWeek.MONDAY), LocalTime.of(8, 0, 30), LocalTime.of(18, 0)))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e ->
                assertThat(e.errorCode())
                    .isEqualTo(StructureErrorCode.OPENING_SLOT_NOT_WHOLE_MINUTE));
  }

  @Test
  void parse_badText_throwsSyntax() {
    for (String text :
        List.of(
            "Lu-Ve 8h-18h",
            "Mo-Fr 24:00-08:00",
            "Mo-Fr 08:00-24:30",
            "",
            "Mo-Fr",
            "Mo 8:00-9:00")) {
      assertThatThrownBy(() -> OpeningHours.parse(text))
          .as(text)
          .isInstanceOfSatisfying(
              InvalidValueException.class,
              e -> assertThat(e.errorCode()).isEqualTo(StructureErrorCode.OPENING_HOURS_SYNTAX));
      assertThat(OpeningHours.isValid(text)).isFalse();
    }
    assertThat(OpeningHours.isValid(null)).isFalse();
  }

  @Test
  void parse_toString_roundTrips() {
    qt().withExamples(1000)
        .forAll(StructureGenerators.openingHours())
        .checkAssert(h -> assertThat(OpeningHours.parse(h.toString())).isEqualTo(h));
  }

  @Test
  void derivedValues_agreeWithMinuteByMinuteCoverage() {
    qt().withExamples(1000)
        .forAll(StructureGenerators.openingHours(), StructureGenerators.openingSlots())
        .checkAssert(
            (hours, probe) -> {
              boolean[] open = coverage(hours.slots());
              int minutes = 0;
              Set<AtypicalHours> atypical = EnumSet.noneOf(AtypicalHours.class);
              for (int m = 0; m < WEEK; m++) {
                if (!open[m]) {
                  continue;
                }
                minutes++;
                int t = m % DAY;
                if (t >= 300 && t < 420) {
                  atypical.add(AtypicalHours.EARLY_MORNING);
                }
                if (t >= 1140 && t < 1320) {
                  atypical.add(AtypicalHours.LATE_EVENING);
                }
                if (t >= 1320 || t < 300) {
                  atypical.add(AtypicalHours.NIGHT);
                }
                if (m / DAY == 5) {
                  atypical.add(AtypicalHours.SATURDAY);
                }
                if (m / DAY == 6) {
                  atypical.add(AtypicalHours.SUNDAY);
                }
              }
              assertThat(hours.weeklyDuration()).isEqualTo(Duration.ofMinutes(minutes));
              assertThat(hours.atypicalHours()).isEqualTo(atypical);
              DayOfWeek day = probe.days().iterator().next();
              int m =
                  day.ordinal() * DAY + probe.opens().getHour() * 60 + probe.opens().getMinute();
              assertThat(hours.isOpenAt(day, probe.opens())).isEqualTo(open[m]);
            });
  }

  @Test
  void of_twoSlots_acceptedExactlyWhenNoMinuteIsCoveredTwice() {
    qt().withExamples(1000)
        .forAll(StructureGenerators.openingSlots(), StructureGenerators.openingSlots())
        .checkAssert(
            (a, b) -> {
              boolean[] first = coverage(List.of(a));
              boolean[] second = coverage(List.of(b));
              boolean overlap = false;
              for (int m = 0; m < WEEK; m++) {
                overlap |= first[m] && second[m];
              }
              if (overlap) {
                assertThatThrownBy(() -> OpeningHours.of(a, b))
                    .isInstanceOf(InvalidValueException.class);
              } else {
                assertThat(OpeningHours.of(a, b).slots()).containsExactly(a, b);
              }
            });
  }

  /** An independent minute-by-minute model of the week. */
  private static boolean[] coverage(List<OpeningSlot> slots) {
    boolean[] open = new boolean[WEEK];
    List<Integer> starts = new ArrayList<>();
    for (OpeningSlot s : slots) {
      int opens = s.opens().getHour() * 60 + s.opens().getMinute();
      int closes = s.closes().getHour() * 60 + s.closes().getMinute();
      int length = closes > opens ? closes - opens : closes - opens + DAY;
      for (DayOfWeek d : s.days()) {
        starts.add(d.ordinal() * DAY + opens);
        for (int k = 0; k < length; k++) {
          open[(d.ordinal() * DAY + opens + k) % WEEK] = true;
        }
      }
    }
    return open;
  }
}
