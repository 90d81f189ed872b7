package io.github.esspetiteenfance.indicator;

import static io.github.esspetiteenfance.indicator.IndicatorBuilderSupport.published;
import static io.github.esspetiteenfance.indicator.IndicatorBuilderSupport.share;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.esspetiteenfance.diagnostic.Finding;
import io.github.esspetiteenfance.diagnostic.FindingKind;
import io.github.esspetiteenfance.diagnostic.Severity;
import io.github.esspetiteenfance.identifier.CodeCommune;
import io.github.esspetiteenfance.identifier.CodeRegion;
import io.github.esspetiteenfance.organization.EssFamily;
import io.github.esspetiteenfance.territory.Cog;
import io.github.esspetiteenfance.territory.Commune;
import io.github.esspetiteenfance.territory.France;
import io.github.esspetiteenfance.territory.Region;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Inconsistencies the checker must find, and the comparison of computed with published. */
class ConsistencyCheckerTest {

  private static final Region PDL = Cog.bundled().requireRegion(CodeRegion.of("52"));
  private static final Sector EAJE = Sector.EAJE;
  private static final Population ESS = Population.ess(EAJE);
  private static final Population ALL = Population.all(EAJE);
  private static final Population ASSOCIATIONS = Population.family(EAJE, EssFamily.ASSOCIATION);

  private static Indicator essCount(long n) {
    return published("ess", Measure.ESTABLISHMENTS, PDL, ESS, Count.of(n));
  }

  private static Indicator essShare(int percent) {
    return share(
        "ess-share", Measure.ESTABLISHMENTS, PDL, ESS, ALL, RoundedPercentage.ofUnit(percent));
  }

  private static List<FindingKind> errors(ConsistencyReport report) {
    return report.findings(Severity.ERROR).stream().map(Finding::code).toList();
  }

  @Test
  void totalOutsideImpliedRange_contradiction() {
    // 233 at 43 % means 536 to 548 EAJE; 600 is published
    ConsistencyReport report =
        ConsistencyChecker.check(
            List.of(
                essCount(233),
                essShare(43),
                published("total", Measure.ESTABLISHMENTS, PDL, ALL, Count.of(600))));
    assertThat(report.isConsistent()).isFalse();
    assertThat(errors(report)).containsExactly(CheckCode.CONTRADICTION);
    Finding finding = report.findings(Severity.ERROR).get(0);
    assertThat(finding.about()).containsExactly("ess", "ess-share", "total");
    assertThat(finding.message(Locale.ENGLISH)).contains("536 – 548").contains("600");
    assertThat(finding.message(Locale.FRENCH)).contains("ne peuvent pas être tous vrais");
  }

  @Test
  void totalInsideImpliedRange_consistent() {
    ConsistencyReport report =
        ConsistencyChecker.check(
            List.of(
                essCount(233),
                essShare(43),
                published("total", Measure.ESTABLISHMENTS, PDL, ALL, Count.of(540))));
    assertThat(report.isConsistent()).isTrue();
    // the share now pins nothing more; the rest is exact
    Population nonEss = ALL.minus(ESS).orElseThrow();
    assertThat(report.rangeOf(PublishedFiguresTest.q(Measure.ESTABLISHMENTS, PDL, nonEss)))
        .contains(CountRange.exact(307));
  }

  @Test
  void associativeCountOutsideShare_contradiction() {
    ConsistencyReport report =
        ConsistencyChecker.check(
            List.of(
                essCount(233),
                share(
                    "asso-share",
                    Measure.ESTABLISHMENTS,
                    PDL,
                    ASSOCIATIONS,
                    ESS,
                    RoundedPercentage.ofUnit(80)),
                published("asso", Measure.ESTABLISHMENTS, PDL, ASSOCIATIONS, Count.of(200))));
    assertThat(errors(report)).isNotEmpty();
    assertThat(report.isConsistent()).isFalse();
  }

  @Test
  void noIntegerFits_shareMismatch() {
    // 1 establishment can be 50 % of 2, never 31 % of anything below 4 -- and 3 are published
    ConsistencyReport report =
        ConsistencyChecker.check(
            List.of(
                essCount(1),
                essShare(31),
                published("total", Measure.ESTABLISHMENTS, PDL, ALL, Count.of(3))));
    assertThat(report.isConsistent()).isFalse();
    assertThat(errors(report)).containsAnyOf(CheckCode.SHARE_MISMATCH, CheckCode.CONTRADICTION);
  }

  @Test
  void twoSharesOfTheSameThing_disagree() {
    ConsistencyReport report =
        ConsistencyChecker.check(
            List.of(
                essShare(43),
                share(
                    "other",
                    Measure.ESTABLISHMENTS,
                    PDL,
                    ESS,
                    ALL,
                    RoundedPercentage.of("20", "10", Rounding.NEAREST))));
    assertThat(errors(report)).containsExactly(CheckCode.SHARES_DISAGREE);
    assertThat(report.findings(Severity.ERROR).get(0).message(Locale.ENGLISH))
        .contains("[42.5 %, 43.5 %)")
        .contains("[15.0 %, 25.0 %]");
  }

  @Test
  void partAboveWhole_partExceedsWhole() {
    ConsistencyReport report =
        ConsistencyChecker.check(
            List.of(
                essCount(233),
                published("total", Measure.ESTABLISHMENTS, PDL, ALL, Count.of(200))));
    assertThat(errors(report)).containsExactly(CheckCode.PART_EXCEEDS_WHOLE);
  }

  @Test
  void regionAboveNation_territoryExceeds() {
    ConsistencyReport report =
        ConsistencyChecker.check(
            List.of(
                essCount(233),
                published(
                    "fr",
                    Measure.ESTABLISHMENTS,
                    France.INSTANCE,
                    ESS,
                    new RoundedCount(100, 100, Rounding.NEAREST))));
    assertThat(errors(report)).containsExactly(CheckCode.TERRITORY_EXCEEDS);
    assertThat(report.findings(Severity.ERROR).get(0).message(Locale.FRENCH))
        .contains("un territoire ne peut pas compter plus");
  }

  @Test
  void twoCountsOfTheSameThing_contradiction() {
    ConsistencyReport report =
        ConsistencyChecker.check(
            List.of(
                essCount(233),
                published(
                    "again", Measure.ESTABLISHMENTS, PDL, ESS, CountRange.between(240, 250))));
    assertThat(errors(report)).containsExactly(CheckCode.CONTRADICTION);
  }

  @Test
  void remarks_duplicateSecretAndAmount() {
    Indicator secret = essCount(233).withSecrecy(Secrecy.of(SecrecyReason.PUBLISHED_AS_SECRET));
    ConsistencyReport report =
        ConsistencyChecker.check(
            List.of(
                secret,
                essShare(43),
                published("fte", Measure.FTE, PDL, ESS, Amount.of("2890.5")),
                published("fte", Measure.FTE, PDL, ALL, Amount.of("6000"))));
    assertThat(report.findings())
        .extracting(Finding::code)
        .contains(CheckCode.DUPLICATE_ID, CheckCode.SECRET_SKIPPED, CheckCode.NOT_CHECKED);
    // the secret figure implies nothing, and a share alone is not reported
    assertThat(report.implications()).isEmpty();
    for (Finding f : report.findings()) {
      assertThat(f.message(Locale.FRENCH)).isNotBlank();
      assertThat(f.message(Locale.ENGLISH)).isNotBlank();
    }
  }

  /** 540 employer EAJE in Nantes: 186 associations and 47 cooperatives (ESS), 307 public. */
  static List<IndicatorInput> seedLikePopulation(int essJobsShift) {
    Commune nantes = Cog.bundled().requireCommune(CodeCommune.of("44109"));
    List<IndicatorInput> all = new ArrayList<>();
    for (int i = 0; i < 233; i++) {
      EssFamily family = i < 186 ? EssFamily.ASSOCIATION : EssFamily.COOPERATIVE;
      long jobs = (i < 210 ? 14 : 13) + (i == 0 ? essJobsShift : 0);
      all.add(new IndicatorInput("ESS" + i, nantes, family, true, EAJE, CountRange.exact(jobs)));
    }
    for (int i = 0; i < 307; i++) {
      all.add(
          new IndicatorInput(
              "PUB" + i, nantes, EssFamily.PUBLIC_SECTOR, true, EAJE, CountRange.exact(12)));
    }
    return all;
  }

  @Test
  void compare_computedSeedLikePopulation_agreesWithEveryRegionalFigure() {
    PanoramaView view = Panorama.of(seedLikePopulation(0)).view();
    List<Indicator> computed = view.standardIndicators(PDL, EAJE);
    assertThat(view.essJobs(PDL, EAJE).value()).isEqualTo(CountRange.exact(3239));
    ConsistencyReport report =
        ConsistencyChecker.compare(computed, PublishedFigures.paysDeLaLoireEaje().figures());
    assertThat(report.findings(Severity.WARNING)).isEmpty();
    assertThat(report.findings(Severity.INFO))
        .hasSize(5)
        .allSatisfy(f -> assertThat(f.code()).isEqualTo(CheckCode.COMPUTED_AGREES));
    // and together they are consistent
    List<Indicator> all = new ArrayList<>(computed);
    all.addAll(PublishedFigures.paysDeLaLoireEaje().figures());
    assertThat(ConsistencyChecker.check(all).isConsistent()).isTrue();
  }

  @Test
  void compare_computedJobsDiffer_warning() {
    PanoramaView view = Panorama.of(seedLikePopulation(20)).view();
    ConsistencyReport report =
        ConsistencyChecker.compare(
            view.standardIndicators(PDL, EAJE), PublishedFigures.paysDeLaLoireEaje().figures());
    assertThat(report.findings(Severity.WARNING))
        .extracting(Finding::about)
        .containsExactly(List.of("computed:REGION:52:JOBS:NAF:88.91A/ESS", "pdl-eaje-ess-jobs"));
    assertThat(report.findings(Severity.WARNING).get(0).message(Locale.ENGLISH))
        .contains("3,259")
        .contains("3,239");
  }
}
