package io.github.esspetiteenfance.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.esspetiteenfance.Fraction;
import io.github.esspetiteenfance.InvalidValueException;
import io.github.esspetiteenfance.establishment.TrancheEffectif;
import io.github.esspetiteenfance.identifier.CodeCommune;
import io.github.esspetiteenfance.identifier.CodeDepartement;
import io.github.esspetiteenfance.identifier.CodeNaf;
import io.github.esspetiteenfance.identifier.CodeRegion;
import io.github.esspetiteenfance.organization.EssFamily;
import io.github.esspetiteenfance.territory.Cog;
import io.github.esspetiteenfance.territory.Commune;
import io.github.esspetiteenfance.territory.Departement;
import io.github.esspetiteenfance.territory.France;
import io.github.esspetiteenfance.territory.Region;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Golden cases on a small hand-built population of EAJE.
 *
 * <pre>
 *   Nantes 44109        A1 assoc 10, A2 assoc 12, A3 assoc 8, C1 coop 5,
 *                       P1 public 20, P2 public 30, O1 outside-ESS band 02 [3, 5]
 *                       + X1 assoc 3 jobs in 88.99A (another sector)
 *   Monnières 44100     C2 coop band 01 [1, 2]
 *   La Roche/Yon 85191  A4 assoc 6, A5 assoc 7, P3 public 15, A6 assoc NN (non-employer)
 *   Challans 85047      A7 assoc 1, A8 assoc 1, A9 assoc 40      (one unit dominates)
 *   Paris 75056         A10 assoc 10, O2, O3, O4 outside-ESS 10 each
 * </pre>
 */
class PanoramaTest {

  private static final Cog COG = Cog.bundled();
  private static final Sector EAJE = Sector.EAJE;
  private static final Commune NANTES = commune("44109");
  private static final Commune MONNIERES = commune("44100");
  private static final Commune LA_ROCHE = commune("85191");
  private static final Commune CHALLANS = commune("85047");
  private static final Commune PARIS = commune("75056");
  private static final Region PDL = COG.requireRegion(CodeRegion.of("52"));
  private static final Departement VENDEE = COG.requireDepartement(CodeDepartement.of("85"));

  private static Commune commune(String code) {
    return COG.requireCommune(CodeCommune.of(code));
  }

  private static IndicatorInput exact(String id, Commune c, EssFamily f, long jobs) {
    return new IndicatorInput(id, c, f, true, EAJE, CountRange.exact(jobs));
  }

  static List<IndicatorInput> population() {
    List<IndicatorInput> all = new ArrayList<>();
    all.add(exact("A1", NANTES, EssFamily.ASSOCIATION, 10));
    all.add(exact("A2", NANTES, EssFamily.ASSOCIATION, 12));
    all.add(exact("A3", NANTES, EssFamily.ASSOCIATION, 8));
    all.add(exact("C1", NANTES, EssFamily.COOPERATIVE, 5));
    all.add(exact("P1", NANTES, EssFamily.PUBLIC_SECTOR, 20));
    all.add(exact("P2", NANTES, EssFamily.PUBLIC_SECTOR, 30));
    all.add(
        IndicatorInput.ofBand(
            "O1", NANTES, EssFamily.OUTSIDE_ESS, EAJE, TrancheEffectif.FROM_3_TO_5));
    all.add(
        new IndicatorInput(
            "X1",
            NANTES,
            EssFamily.ASSOCIATION,
            true,
            Sector.naf(CodeNaf.of("88.99A")),
            CountRange.exact(3)));
    all.add(
        IndicatorInput.ofBand(
            "C2", MONNIERES, EssFamily.COOPERATIVE, EAJE, TrancheEffectif.FROM_1_TO_2));
    all.add(exact("A4", LA_ROCHE, EssFamily.ASSOCIATION, 6));
    all.add(exact("A5", LA_ROCHE, EssFamily.ASSOCIATION, 7));
    all.add(exact("P3", LA_ROCHE, EssFamily.PUBLIC_SECTOR, 15));
    all.add(
        IndicatorInput.ofBand(
            "A6", LA_ROCHE, EssFamily.ASSOCIATION, EAJE, TrancheEffectif.NON_EMPLOYER));
    all.add(exact("A7", CHALLANS, EssFamily.ASSOCIATION, 1));
    all.add(exact("A8", CHALLANS, EssFamily.ASSOCIATION, 1));
    all.add(exact("A9", CHALLANS, EssFamily.ASSOCIATION, 40));
    all.add(exact("A10", PARIS, EssFamily.ASSOCIATION, 10));
    all.add(exact("O2", PARIS, EssFamily.OUTSIDE_ESS, 10));
    all.add(exact("O3", PARIS, EssFamily.OUTSIDE_ESS, 10));
    all.add(exact("O4", PARIS, EssFamily.OUTSIDE_ESS, 10));
    return all;
  }

  private final Panorama panorama = Panorama.of(population());
  private final PanoramaView view = panorama.view();

  @Test
  void region_essEstablishmentsAndShares() {
    assertThat(view.essEstablishments(PDL, EAJE).value()).isEqualTo(Count.of(10));
    assertThat(view.establishments(PDL, EAJE).value()).isEqualTo(Count.of(14));
    Indicator share = view.essShareOfEstablishments(PDL, EAJE).orElseThrow();
    assertThat(share.value()).isEqualTo(Share.of(10, 14));
    assertThat(share.base()).contains(Population.all(EAJE));
    assertThat(share.shown().message(Locale.FRENCH)).isEqualTo("71\u00a0%");
    assertThat(share.origin()).isEqualTo(Origin.COMPUTED);
    assertThat(view.associationShareOfEssEstablishments(PDL, EAJE).orElseThrow().value())
        .isEqualTo(Share.of(8, 10));
  }

  @Test
  void region_jobsAreARangeBecauseOfBands() {
    Indicator jobs = view.essJobs(PDL, EAJE);
    assertThat(jobs.value()).isEqualTo(CountRange.between(91, 92));
    assertThat(jobs.shown().message(Locale.ENGLISH)).isEqualTo("91 – 92");
    assertThat(view.essShareOfJobs(PDL, EAJE).orElseThrow().value())
        .isEqualTo(new ShareRange(Fraction.of(91, 161), Fraction.of(92, 160)));
    Tally tally = panorama.tally(PDL, Population.ess(EAJE));
    assertThat(tally.establishmentsWithExactJobs()).isEqualTo(9);
    assertThat(tally.hasExactJobs()).isFalse();
  }

  @Test
  void france_countsEveryRegion_andByFamilySumsToTotal() {
    assertThat(view.essEstablishments(France.INSTANCE, EAJE).value()).isEqualTo(Count.of(11));
    assertThat(view.establishments(France.INSTANCE, EAJE).value()).isEqualTo(Count.of(18));
    List<Indicator> byFamily = view.establishmentsByFamily(France.INSTANCE, EAJE);
    assertThat(byFamily).hasSize(EssFamily.values().length);
    assertThat(byFamily.stream().mapToLong(i -> ((Count) i.value()).value()).sum()).isEqualTo(18);
    assertThat(byFamily.get(EssFamily.ASSOCIATION.ordinal()).value()).isEqualTo(Count.of(9));
    assertThat(byFamily.get(EssFamily.OUTSIDE_ESS.ordinal()).value()).isEqualTo(Count.of(4));
    assertThat(panorama.records()).isEqualTo(20);
    assertThat(view.establishments(France.INSTANCE, Sector.ALL).value()).isEqualTo(Count.of(19));
  }

  @Test
  void nonEmployers_countedOnlyWhenAsked() {
    assertThat(view.count(Measure.ESTABLISHMENTS, VENDEE, Population.ess(EAJE)).value())
        .isEqualTo(Count.of(5));
    assertThat(
            view.count(Measure.ESTABLISHMENTS, VENDEE, Population.ess(EAJE).withNonEmployers())
                .value())
        .isEqualTo(Count.of(6));
  }

  @Test
  void compareWithNation_gapAndWeight() {
    RegionComparison comparison = view.compareWithNation(PDL, EAJE);
    assertThat(comparison.regionalEstablishmentShare().orElseThrow().value())
        .isEqualTo(Share.of(10, 14));
    assertThat(comparison.nationalEstablishmentShare().orElseThrow().value())
        .isEqualTo(Share.of(11, 18));
    assertThat(comparison.establishmentShareGap()).contains(Fraction.of(13, 126));
    assertThat(comparison.establishmentLocationQuotient())
        .contains(Fraction.of(5, 7).dividedBy(Fraction.of(11, 18)));
    assertThat(comparison.weightInNation()).contains(Share.of(10, 11));
  }

  @Test
  void secrecy_frequencyRule_oneEstablishment() {
    Indicator monnieres = view.essEstablishments(MONNIERES, EAJE);
    assertThat(monnieres.isSecret()).isTrue();
    assertThat(monnieres.secrecy().reasons()).containsExactly(SecrecyReason.FREQUENCY);
    assertThat(monnieres.shown().message(Locale.FRENCH)).isEqualTo("secret statistique");
    assertThat(monnieres.toString()).doesNotContain("Count").contains("secret");
    assertThat(monnieres.message(Locale.ENGLISH)).contains("statistical secret");
    // the value is kept for computation
    assertThat(monnieres.value()).isEqualTo(Count.of(1));
  }

  @Test
  void secrecy_dominanceRule_oneEstablishmentAbove85Percent() {
    Indicator challansJobs = view.essJobs(CHALLANS, EAJE);
    assertThat(challansJobs.value()).isEqualTo(CountRange.exact(42));
    assertThat(challansJobs.secrecy().reasons()).containsExactly(SecrecyReason.DOMINANCE);
    // the count of establishments has no dominance
    assertThat(view.essEstablishments(CHALLANS, EAJE).isSecret()).isFalse();
    // at the région level, 40 of [91, 92] is far below 85 %
    assertThat(view.essJobs(PDL, EAJE).isSecret()).isFalse();
  }

  @Test
  void secrecy_complement_shareRevealsASecretRest() {
    // Nantes: 3 associations among 4 ESS EAJE; the rest is the one cooperative
    Indicator share = view.associationShareOfEssEstablishments(NANTES, EAJE).orElseThrow();
    assertThat(share.value()).isEqualTo(Share.of(3, 4));
    assertThat(share.secrecy().reasons()).containsExactly(SecrecyReason.COMPLEMENT);
    // Vendée: every ESS EAJE is an association, the rest is empty: not secret
    assertThat(view.associationShareOfEssEstablishments(VENDEE, EAJE).orElseThrow().isSecret())
        .isFalse();
  }

  @Test
  void secrecyRuleNone_showsEverything() {
    PanoramaView open = panorama.view(SecrecyRule.NONE, Source.computed());
    assertThat(open.essEstablishments(MONNIERES, EAJE).isSecret()).isFalse();
    assertThat(open.essJobs(CHALLANS, EAJE).isSecret()).isFalse();
  }

  @Test
  void viewWithAPeriod_givesItToEveryIndicator_viewWithoutOne_none() {
    ReferencePeriod year2023 = ReferencePeriod.ofYear(2023);
    assertThat(
            panorama
                .view(SecrecyRule.NONE, Source.computed(), year2023)
                .essEstablishments(MONNIERES, EAJE)
                .period())
        .contains(year2023);
    assertThat(
            panorama
                .view(SecrecyRule.NONE, Source.computed())
                .essEstablishments(MONNIERES, EAJE)
                .period())
        .isEmpty();
  }

  @Test
  void share_undefinedWhereTheWholeIsZero() {
    assertThat(view.essShareOfEstablishments(PARIS, Sector.naf(CodeNaf.of("88.99A")))).isEmpty();
    assertThat(view.essShareOfJobs(commune("69123"), EAJE)).isEmpty();
  }

  @Test
  void input_nonEmployerWithJobs_rejected() {
    assertThatThrownBy(
            () ->
                new IndicatorInput(
                    "Z", NANTES, EssFamily.ASSOCIATION, false, EAJE, CountRange.exact(2)))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.code()).isEqualTo(IndicatorErrorCode.INPUT_INCONSISTENT.code()));
  }

  @Test
  void input_communeDeleguee_rejectedAndResolved() {
    // 49099 Cholet is current; 79224 Le Puy-Saint-Bonnet is a commune associée of it
    Commune part =
        COG.communesWithCode(CodeCommune.of("79224")).stream()
            .filter(c -> !c.isCurrent())
            .findFirst()
            .orElseThrow();
    assertThatThrownBy(() -> exact("Z", part, EssFamily.ASSOCIATION, 1))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.code()).isEqualTo(IndicatorErrorCode.COMMUNE_NOT_CURRENT.code()));
    assertThat(IndicatorInput.currentCommune(CodeCommune.of("79224"), COG).code())
        .isEqualTo(CodeCommune.of("49099"));
  }

  @Test
  void addAndMerge_matchOnePass() {
    List<IndicatorInput> all = population();
    Panorama byAdd = Panorama.empty();
    for (IndicatorInput r : all) {
      byAdd = byAdd.add(r);
    }
    assertThat(byAdd).isEqualTo(panorama);
    Panorama halves =
        Panorama.of(all.subList(10, all.size())).merge(Panorama.of(all.subList(0, 10)));
    assertThat(halves).isEqualTo(panorama);
    assertThat(all.parallelStream().collect(Panorama.collector())).isEqualTo(panorama);
    assertThat(panorama.merge(Panorama.empty())).isEqualTo(panorama);
    assertThat(Panorama.empty().merge(panorama)).isEqualTo(panorama);
  }
}
