package io.github.esspetiteenfance.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.esspetiteenfance.establishment.TrancheEffectif;
import io.github.esspetiteenfance.organization.EmployerStatus;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Jobs from Sirene headcount bands are ranges: the golden aggregation of the 3 375 bands of real
 * ESS legal units (data README §9.2; test resource {@code tranches-ess-numerique.csv}, see its
 * README).
 */
class TrancheAggregationTest {

  private static List<String> bands() throws IOException {
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                TrancheAggregationTest.class.getResourceAsStream("tranches-ess-numerique.csv"),
                StandardCharsets.UTF_8))) {
      List<String> lines = in.lines().toList();
      assertThat(lines.get(0)).isEqualTo("trancheEffectifsUniteLegale");
      return lines.subList(1, lines.size());
    }
  }

  @Test
  void essNumerique_countsPerBand_asPublishedInTheDataReadme() throws IOException {
    List<String> codes = bands();
    assertThat(codes).hasSize(3375);
    Map<TrancheEffectif, Long> counts = new EnumMap<>(TrancheEffectif.class);
    for (String code : codes) {
      counts.merge(TrancheEffectif.ofCode(code), 1L, Long::sum);
    }
    assertThat(counts)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                TrancheEffectif.NON_EMPLOYER, 2864L,
                TrancheEffectif.FROM_1_TO_2, 201L,
                TrancheEffectif.FROM_3_TO_5, 104L,
                TrancheEffectif.FROM_6_TO_9, 56L,
                TrancheEffectif.NONE_AT_YEAR_END, 30L,
                TrancheEffectif.FROM_10_TO_19, 60L,
                TrancheEffectif.FROM_20_TO_49, 44L,
                TrancheEffectif.FROM_50_TO_99, 7L,
                TrancheEffectif.FROM_100_TO_199, 6L,
                TrancheEffectif.FROM_250_TO_499, 3L));
  }

  @Test
  void essNumerique_summedBounds_areARange() throws IOException {
    // lower: 201×1 + 104×3 + 56×6 + 60×10 + 44×20 + 7×50 + 6×100 + 3×250 = 4 029
    // upper: 201×2 + 104×5 + 56×9 + 60×19 + 44×49 + 7×99 + 6×199 + 3×499 = 8 106
    CountRange sum = CountRange.ZERO;
    Tally tally = Tally.ZERO;
    long employers = 0;
    for (String code : bands()) {
      TrancheEffectif band = TrancheEffectif.ofCode(code);
      sum = sum.plus(CountRange.of(band));
      tally = tally.plus(Tally.of(CountRange.of(band)));
      employers += band.isEmployer() ? 1 : 0;
    }
    assertThat(sum).isEqualTo(CountRange.between(4029, 8106));
    assertThat(sum.isExact()).isFalse();
    assertThat(tally.jobs()).isEqualTo(sum);
    assertThat(tally.establishments()).isEqualTo(3375);
    // NN and 00 count exactly 0 jobs
    assertThat(tally.establishmentsWithExactJobs()).isEqualTo(2864 + 30);
    assertThat(tally.largestJobsLower()).isEqualTo(250);
    assertThat(tally.largestJobsUpper()).hasValue(499);
    assertThat(employers).isEqualTo(3375 - 2864);
    assertThat(sum.message(Locale.FRENCH)).isEqualTo("4\u202f029 – 8\u202f106");
    assertThat(sum.message(Locale.ENGLISH)).isEqualTo("4,029 – 8,106");
  }

  @Test
  void of_everyBand_matchesItsBounds() {
    assertThat(CountRange.of(TrancheEffectif.ofCode("02"))).isEqualTo(CountRange.between(3, 5));
    assertThat(CountRange.of(TrancheEffectif.FROM_10000)).isEqualTo(CountRange.atLeast(10000));
    assertThat(CountRange.of(TrancheEffectif.FROM_10000).plus(CountRange.exact(3)))
        .isEqualTo(CountRange.atLeast(10003));
    assertThat(CountRange.of(TrancheEffectif.NON_EMPLOYER)).isEqualTo(CountRange.ZERO);
    assertThat(CountRange.of(TrancheEffectif.NONE_AT_YEAR_END)).isEqualTo(CountRange.ZERO);
    for (TrancheEffectif band : TrancheEffectif.values()) {
      CountRange r = CountRange.of(band);
      assertThat(band.contains((int) r.lower())).isTrue();
      r.upper().ifPresent(u -> assertThat(band.contains((int) u)).isTrue());
      assertThat(band.contains((int) r.lower() - 1) && r.lower() > 0).isFalse();
    }
  }

  @Test
  void employerStatus_agreesWithTheOrganizationPackage() {
    for (TrancheEffectif band : TrancheEffectif.values()) {
      assertThat(EmployerStatus.fromTrancheEffectifs(band.code()))
          .isEqualTo(band.isEmployer() ? EmployerStatus.EMPLOYER : EmployerStatus.NON_EMPLOYER);
    }
  }

  @Test
  void countRange_parseRoundTrips() {
    for (CountRange r :
        List.of(CountRange.exact(3), CountRange.between(3, 5), CountRange.atLeast(10000))) {
      assertThat(CountRange.parse(r.toString())).isEqualTo(r);
    }
    assertThat(CountRange.between(10, 20).minusPart(CountRange.between(3, 5)))
        .contains(CountRange.between(5, 17));
    assertThat(CountRange.exact(2).minusPart(CountRange.exact(3))).isEmpty();
  }
}
