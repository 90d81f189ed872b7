package io.github.esspetiteenfance.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.esspetiteenfance.diagnostic.Finding;
import io.github.esspetiteenfance.diagnostic.Severity;
import io.github.esspetiteenfance.identifier.CodeRegion;
import io.github.esspetiteenfance.legal.Confidence;
import io.github.esspetiteenfance.organization.EssFamily;
import io.github.esspetiteenfance.territory.Cog;
import io.github.esspetiteenfance.territory.France;
import io.github.esspetiteenfance.territory.Region;
import io.github.esspetiteenfance.territory.Territory;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The bundled published sets, and what the consistency check derives from them: the seed's figures
 * are mutually consistent and imply, exactly, 536 to 548 EAJE in Pays de la Loire, 6 819 to 6 965
 * jobs, 186 or 187 associative ESS EAJE.
 */
class PublishedFiguresTest {

  private static final Region PDL = Cog.bundled().requireRegion(CodeRegion.of("52"));
  private static final Sector EAJE = Sector.EAJE;

  static Quantity q(Measure measure, Territory territory, Population population) {
    return new Quantity(measure, territory, Optional.empty(), population);
  }

  @Test
  void paysDeLaLoireEaje_sixFiguresOfTheSeed_labelledUnconfirmed() {
    PublishedFigures seed = PublishedFigures.paysDeLaLoireEaje();
    assertThat(seed.id()).isEqualTo("pdl-eaje-seed");
    assertThat(seed.figures()).hasSize(6);
    assertThat(seed.figures())
        .allSatisfy(
            f -> {
              assertThat(f.origin()).isEqualTo(Origin.PUBLISHED);
              assertThat(f.source().confidence()).isEqualTo(Confidence.UNCONFIRMED);
              assertThat(f.source().publisher()).contains("CRESS Pays de la Loire");
              assertThat(f.source().dataset())
                  .contains("Accompagner la petite enfance et la parentalité");
              assertThat(f.period()).isEmpty();
              assertThat(f.isSecret()).isFalse();
            });
    Indicator ess = seed.find("pdl-eaje-ess-establishments").orElseThrow();
    assertThat(ess.value()).isEqualTo(Count.of(233));
    assertThat(ess.territory()).isEqualTo(PDL);
    assertThat(ess.population()).isEqualTo(Population.ess(EAJE));
    assertThat(seed.find("pdl-eaje-ess-jobs").orElseThrow().value()).isEqualTo(Count.of(3239));
    Indicator share = seed.find("pdl-eaje-ess-establishment-share").orElseThrow();
    assertThat(share.value()).isEqualTo(RoundedPercentage.ofUnit(43));
    assertThat(share.base()).contains(Population.all(EAJE));
    assertThat(share.shown().message(Locale.FRENCH)).isEqualTo("43\u00a0%");
    assertThat(seed.find("pdl-eaje-association-share").orElseThrow().population())
        .isEqualTo(Population.family(EAJE, EssFamily.ASSOCIATION));
    assertThat(seed.find("fr-eaje-ess-establishment-share-seed").orElseThrow().territory())
        .isEqualTo(France.INSTANCE);
  }

  @Test
  void franceEssEaje_secondary() {
    PublishedFigures national = PublishedFigures.franceEssEaje();
    assertThat(national.figures()).hasSize(4);
    assertThat(national.figures())
        .allSatisfy(f -> assertThat(f.source().confidence()).isEqualTo(Confidence.SECONDARY));
    assertThat(national.find("fr-eaje-ess-establishments").orElseThrow().value())
        .isEqualTo(new RoundedCount(4000, 1000, Rounding.NEAREST));
    assertThat(national.find("fr-eaje-ess-jobs").orElseThrow().value()).isEqualTo(Count.of(46258));
  }

  @Test
  void check_seed_consistentWithExactImpliedRanges() {
    ConsistencyReport report = ConsistencyChecker.check(PublishedFigures.paysDeLaLoireEaje());
    assertThat(report.isConsistent()).isTrue();
    assertThat(report.findings(Severity.ERROR)).isEmpty();
    assertThat(report.rangeOf(q(Measure.ESTABLISHMENTS, PDL, Population.all(EAJE))))
        .contains(CountRange.between(536, 548));
    assertThat(report.rangeOf(q(Measure.JOBS, PDL, Population.all(EAJE))))
        .contains(CountRange.between(6819, 6965));
    assertThat(
            report.rangeOf(
                q(Measure.ESTABLISHMENTS, PDL, Population.family(EAJE, EssFamily.ASSOCIATION))))
        .contains(CountRange.between(186, 187));
    Population nonEss = Population.all(EAJE).minus(Population.ess(EAJE)).orElseThrow();
    assertThat(report.rangeOf(q(Measure.ESTABLISHMENTS, PDL, nonEss)))
        .contains(CountRange.between(303, 315));
    assertThat(report.rangeOf(q(Measure.JOBS, PDL, nonEss)))
        .contains(CountRange.between(3580, 3726));
    Population otherEss =
        Population.ess(EAJE).minus(Population.family(EAJE, EssFamily.ASSOCIATION)).orElseThrow();
    assertThat(report.rangeOf(q(Measure.ESTABLISHMENTS, PDL, otherEss)))
        .contains(CountRange.between(46, 47));
    // the published counts themselves are not restated
    assertThat(report.rangeOf(q(Measure.ESTABLISHMENTS, PDL, Population.ess(EAJE)))).isEmpty();
    // France has at least the région's 233 ESS EAJE, at 30 %: at least 233 / 0.305, so 764 EAJE
    assertThat(report.rangeOf(q(Measure.ESTABLISHMENTS, France.INSTANCE, Population.ess(EAJE))))
        .contains(CountRange.atLeast(233));
    assertThat(report.rangeOf(q(Measure.ESTABLISHMENTS, France.INSTANCE, Population.all(EAJE))))
        .contains(CountRange.atLeast(764));
    // each implication names its figures
    Implication total =
        report.implications().stream()
            .filter(i -> i.range().equals(CountRange.between(536, 548)))
            .findFirst()
            .orElseThrow();
    assertThat(total.figures())
        .containsExactly("pdl-eaje-ess-establishment-share", "pdl-eaje-ess-establishments");
    assertThat(total.message(Locale.FRENCH))
        .contains("Pays de la Loire")
        .contains("536 – 548")
        .contains("d'après");
    assertThat(total.message(Locale.ENGLISH)).contains("implied by");
  }

  @Test
  void check_seed_remarksOnSourceAndPeriod() {
    ConsistencyReport report = ConsistencyChecker.check(PublishedFigures.paysDeLaLoireEaje());
    assertThat(report.findings(Severity.WARNING))
        .extracting(Finding::code)
        .containsExactly(CheckCode.SOURCE_UNCONFIRMED);
    assertThat(report.findings(Severity.WARNING).get(0).about()).hasSize(6);
    assertThat(report.findings(Severity.INFO))
        .extracting(Finding::code)
        .containsExactly(CheckCode.PERIOD_NOT_STATED);
    assertThat(report.message(Locale.FRENCH))
        .contains("n'est pas confirmée")
        .doesNotContain("UNCONFIRMED")
        .contains("période");
  }

  @Test
  void check_seed_closedRoundingGivesTheSameRanges() {
    List<Indicator> nearest =
        PublishedFigures.paysDeLaLoireEaje().figures().stream()
            .map(
                f ->
                    f.value() instanceof RoundedPercentage p
                        ? IndicatorBuilderSupport.withValue(
                            f, new RoundedPercentage(p.percent(), p.step(), Rounding.NEAREST))
                        : f)
            .toList();
    ConsistencyReport halfUp = ConsistencyChecker.check(PublishedFigures.paysDeLaLoireEaje());
    ConsistencyReport closed = ConsistencyChecker.check(nearest);
    assertThat(closed.implications()).isEqualTo(halfUp.implications());
  }

  @Test
  void check_seedWithEssFrance_consistentNationalRange() {
    ConsistencyReport report =
        ConsistencyChecker.check(
            PublishedFigures.paysDeLaLoireEaje().with(PublishedFigures.franceEssEaje()));
    assertThat(report.isConsistent()).isTrue();
    CountRange national =
        report
            .rangeOf(q(Measure.ESTABLISHMENTS, France.INSTANCE, Population.all(EAJE)))
            .orElseThrow();
    // about 4 000 (3 500 to 4 500) at 30 % rounded to the unit, within "3 out of 10"
    assertThat(national).isEqualTo(CountRange.between(11476, 15254));
    // order of magnitude: 12 815 PSU-funded EAJE in 2023 (ONAPE 2024, SECONDARY, data README §10)
    assertThat(national.contains(12815)).isTrue();
    // the régional figures stay as they were: 233 ESS EAJE fit within France's 3 500 to 4 500
    assertThat(report.rangeOf(q(Measure.ESTABLISHMENTS, PDL, Population.all(EAJE))))
        .contains(CountRange.between(536, 548));
  }

  @Test
  void bundled_unknownSet_rejected() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> PublishedFigures.bundled("nope"))
        .isInstanceOfSatisfying(
            io.github.esspetiteenfance.InvalidValueException.class,
            e -> assertThat(e.code()).isEqualTo(IndicatorErrorCode.PUBLISHED_FORMAT.code()));
  }

  @Test
  void split_quotedCells() {
    String csv = "a,b,c,d\n" + "a,\"b, c\",\"d \"\"e\"\"\",";
    assertThat(
            io.github.esspetiteenfance.internal.ResourceCsv.read(new java.io.StringReader(csv), "t")
                .rows()
                .get(0)
                .fields())
        .containsExactly("a", "b, c", "d \"e\"", "");
    assertThat(new BigDecimal("43")).isEqualByComparingTo("43");
  }
}
