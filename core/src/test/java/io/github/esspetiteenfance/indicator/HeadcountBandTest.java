package io.github.esspetiteenfance.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.esspetiteenfance.InvalidValueException;
import io.github.esspetiteenfance.organization.EmployerStatus;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Sirene headcount bands, and the golden aggregation of the 3 375 bands of real ESS legal units
 * (data README §9.2; test resource {@code tranches-ess-numerique.csv}, see its README).
 */
class HeadcountBandTest {

  private static List<String> bands() throws IOException {
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                HeadcountBandTest.class.getResourceAsStream("tranches-ess-numerique.csv"),
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
    Map<HeadcountBand, Long> counts = new EnumMap<>(HeadcountBand.class);
    for (String code : codes) {
      counts.merge(HeadcountBand.of(code), 1L, Long::sum);
    }
    assertThat(counts)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                HeadcountBand.NN, 2864L,
                HeadcountBand.B01, 201L,
                HeadcountBand.B02, 104L,
                HeadcountBand.B03, 56L,
                HeadcountBand.B00, 30L,
                HeadcountBand.B11, 60L,
                HeadcountBand.B12, 44L,
                HeadcountBand.B21, 7L,
                HeadcountBand.B22, 6L,
                HeadcountBand.B32, 3L));
  }

  @Test
  void essNumerique_summedBounds_areARange() throws IOException {
    // lower: 201×1 + 104×3 + 56×6 + 60×10 + 44×20 + 7×50 + 6×100 + 3×250 = 4 029
    // upper: 201×2 + 104×5 + 56×9 + 60×19 + 44×49 + 7×99 + 6×199 + 3×499 = 8 106
    CountRange sum = CountRange.ZERO;
    Tally tally = Tally.ZERO;
    long employers = 0;
    for (String code : bands()) {
      HeadcountBand band = HeadcountBand.of(code);
      sum = sum.plus(band.jobs());
      tally = tally.plus(Tally.of(band.jobs()));
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
    assertThat(sum.display(java.util.Locale.FRENCH)).isEqualTo("4\u202f029 – 8\u202f106");
  }

  @Test
  void bands_rangesAndUnbounded53() {
    assertThat(HeadcountBand.of("02").jobs()).isEqualTo(CountRange.between(3, 5));
    assertThat(HeadcountBand.of(" 12 ").jobs()).isEqualTo(CountRange.between(20, 49));
    assertThat(HeadcountBand.B53.jobs()).isEqualTo(CountRange.atLeast(10000));
    assertThat(HeadcountBand.B53.jobs().plus(CountRange.exact(3)))
        .isEqualTo(CountRange.atLeast(10003));
    assertThat(HeadcountBand.NN.jobs()).isEqualTo(CountRange.ZERO);
    assertThat(HeadcountBand.B00.jobs()).isEqualTo(CountRange.ZERO);
    assertThat(HeadcountBand.values()).hasSize(16);
    // consecutive bands do not overlap and leave no gap from 1 up
    HeadcountBand[] v = HeadcountBand.values();
    for (int i = 3; i < v.length; i++) {
      assertThat(v[i].jobs().lower()).isEqualTo(v[i - 1].jobs().upper().getAsLong() + 1);
    }
  }

  @Test
  void fromCode_emptyIsUnknown_notZero() {
    assertThat(HeadcountBand.fromCode("")).isEmpty();
    assertThat(HeadcountBand.fromCode(null)).isEmpty();
    assertThat(HeadcountBand.fromCode("NN")).isEqualTo(Optional.of(HeadcountBand.NN));
    assertThatThrownBy(() -> HeadcountBand.of("99"))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.code()).isEqualTo(IndicatorErrorCode.BAND_UNKNOWN.code()));
  }

  @Test
  void employerStatus_agreesWithTheOrganizationPackage() {
    for (HeadcountBand band : HeadcountBand.values()) {
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
