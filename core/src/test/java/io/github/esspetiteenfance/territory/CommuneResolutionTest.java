package io.github.esspetiteenfance.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.esspetiteenfance.identifier.CodeCommune;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Golden cases of {@link Cog#resolveCurrent}, each checked by hand against the COG 2026 files
 * ({@code communes.csv}, {@code mouvements-communes.csv}).
 */
class CommuneResolutionTest {

  private final Cog cog = Cog.bundled();

  private CommuneResolution resolve(String code) {
    return cog.resolveCurrent(CodeCommune.of(code));
  }

  private static List<String> codes(CommuneResolution r) {
    return r.communes().stream().map(c -> c.code().toString()).toList();
  }

  @Test
  void resolveCurrent_currentCommune_isAlreadyCurrent() {
    CommuneResolution nantes = resolve("44109");
    assertThat(nantes.method()).isEqualTo(ResolutionMethod.ALREADY_CURRENT);
    assertThat(nantes.unique()).map(Commune::name).contains("Nantes");
    assertThat(nantes.part()).isEmpty();
    assertThat(nantes.movements()).isEmpty();
    assertThat(nantes.effectiveDate()).isEmpty();
  }

  @Test
  void resolveCurrent_comAndComdWithTheSameCode_isTheCom() {
    CommuneResolution r = resolve("73003");
    assertThat(r.method()).isEqualTo(ResolutionMethod.ALREADY_CURRENT);
    assertThat(r.unique()).map(Commune::name).contains("Grand-Aigueblanche");
  }

  @Test
  void resolveCurrent_reEstablishedCommune_isAlreadyCurrent() {
    // L'Oie was a commune déléguée of Essarts en Bocage until it was re-established on 2024-01-01
    CommuneResolution r = resolve("85165");
    assertThat(r.method()).isEqualTo(ResolutionMethod.ALREADY_CURRENT);
    assertThat(r.unique()).map(Commune::name).contains("L'Oie");
  }

  @Test
  void resolveCurrent_communeDeleguee_goesToItsParent() {
    // Saint-Jean-de-Beugné merged into Saint-Jean-d'Hermine (85223) on 2025-01-01
    CommuneResolution r = resolve("85233");
    assertThat(r.method()).isEqualTo(ResolutionMethod.VIA_PARENT);
    assertThat(codes(r)).containsExactly("85223");
    assertThat(r.unique()).map(Commune::name).contains("Saint-Jean-d'Hermine");
    assertThat(r.part())
        .hasValueSatisfying(
            p -> {
              assertThat(p.type()).isEqualTo(CommuneType.COMD);
              assertThat(p.name()).isEqualTo("Saint-Jean-de-Beugné");
            });
    assertThat(r.movements()).isEmpty();
  }

  @Test
  void resolveCurrent_oldCodeOfARecodedCommuneNouvelle_goesToItsParent() {
    // 49069 was Orée d'Anjou's code until the chef-lieu moved to Drain (49126) on 2025-01-01;
    // 49069 is now the commune déléguée Champtoceaux
    CommuneResolution r = resolve("49069");
    assertThat(r.method()).isEqualTo(ResolutionMethod.VIA_PARENT);
    assertThat(r.unique()).map(Commune::name).contains("Orée d'Anjou");
    assertThat(codes(r)).containsExactly("49126");
    assertThat(r.part()).map(Commune::name).contains("Champtoceaux");
  }

  @Test
  void resolveCurrent_communeAssocieeInAnotherDepartement_goesToItsParent() {
    CommuneResolution r = resolve("79224");
    assertThat(r.method()).isEqualTo(ResolutionMethod.VIA_PARENT);
    assertThat(r.unique()).map(Commune::name).contains("Cholet");
    assertThat(r.unique().orElseThrow().departementCode()).hasToString("49");
  }

  @Test
  void resolveCurrent_arrondissementMunicipal_goesToItsCity() {
    CommuneResolution r = resolve("69381");
    assertThat(r.method()).isEqualTo(ResolutionMethod.VIA_PARENT);
    assertThat(r.unique()).map(Commune::name).contains("Lyon");
    assertThat(r.part()).map(Commune::type).contains(CommuneType.ARM);
  }

  @Test
  void resolveCurrent_communeMergedWithoutDeleguee_followsTheMovement() {
    // Saint-Gervais-en-Belin merged into Laigné-Saint-Gervais (72155) on 2025-01-01 and did not
    // become a commune déléguée
    CommuneResolution r = resolve("72287");
    assertThat(r.method()).isEqualTo(ResolutionMethod.VIA_MOVEMENTS);
    assertThat(r.unique()).map(Commune::name).contains("Laigné-Saint-Gervais");
    assertThat(r.effectiveDate()).contains(LocalDate.of(2025, 1, 1));
    assertThat(r.movements())
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.event()).isEqualTo(CommuneEvent.NEW_COMMUNE);
              assertThat(m.before().orElseThrow().name()).isEqualTo("Saint-Gervais-en-Belin");
              assertThat(m.after().orElseThrow().code()).hasToString("72155");
            });
  }

  @Test
  void resolveCurrent_removedCommuneDeleguee_followsTheMovement() {
    // the commune déléguée Fontaines was removed on 2026-01-01 (MOD 35)
    CommuneResolution r = resolve("85091");
    assertThat(r.method()).isEqualTo(ResolutionMethod.VIA_MOVEMENTS);
    assertThat(r.unique()).map(Commune::name).contains("Doix lès Fontaines");
    assertThat(r.effectiveDate()).contains(LocalDate.of(2026, 1, 1));
    assertThat(r.movements())
        .extracting(CommuneMovement::event)
        .containsExactly(CommuneEvent.DELEGATED_COMMUNE_REMOVAL);
  }

  @Test
  void resolveCurrent_changeOfDepartementThenMerger_followsTheChain() {
    // Freigné (49144) moved to Loire-Atlantique as 44225 and merged into Vallons-de-l'Erdre
    // (44180), both on 2018-01-01
    CommuneResolution r = resolve("49144");
    assertThat(r.method()).isEqualTo(ResolutionMethod.VIA_MOVEMENTS);
    assertThat(codes(r)).containsExactly("44180");
    assertThat(r.movements())
        .extracting(CommuneMovement::event)
        .containsExactly(CommuneEvent.DEPARTEMENT_CHANGE, CommuneEvent.NEW_COMMUNE);
    assertThat(r.effectiveDate()).contains(LocalDate.of(2018, 1, 1));
  }

  @Test
  void resolveCurrent_threeMovements_followsThemInOrder() {
    // Quesnay-Guesnon (14526) -> Torteval-Quesnay 1975 -> Aurseulles (14011) 2017 -> chef-lieu
    // transfer to 14581 on 2024-04-24
    CommuneResolution r = resolve("14526");
    assertThat(codes(r)).containsExactly("14581");
    assertThat(r.movements())
        .extracting(CommuneMovement::event, CommuneMovement::date)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                CommuneEvent.SIMPLE_MERGER, LocalDate.of(1975, 1, 1)),
            org.assertj.core.groups.Tuple.tuple(CommuneEvent.NEW_COMMUNE, LocalDate.of(2017, 1, 1)),
            org.assertj.core.groups.Tuple.tuple(
                CommuneEvent.CHEF_LIEU_TRANSFER, LocalDate.of(2024, 4, 24)));
    assertThat(r.effectiveDate()).contains(LocalDate.of(2024, 4, 24));
  }

  @Test
  void resolveCurrent_mergedIntoACommuneLaterSplit_staysWithTheCommuneThatKeptTheCode() {
    // Saint-Jouin-sous-Châtillon merged into Mauléon (79079) in 1965; Mauléon absorbed more
    // communes in 1973 and gave back Saint-Amand-sur-Sèvre in 1992: the answer is Mauléon only
    CommuneResolution r = resolve("79262");
    assertThat(codes(r)).containsExactly("79079");
    assertThat(r.effectiveDate()).contains(LocalDate.of(1965, 2, 15));
  }

  @Test
  void resolveCurrent_territorySharedOut_givesSeveralCommunes() {
    // Hocmont was removed on 1968-03-02, its territory shared between two communes
    CommuneResolution r = resolve("08227");
    assertThat(codes(r)).containsExactly("08203", "08454");
    assertThat(r.unique()).isEmpty();
    assertThat(r.movements()).hasSize(2).allMatch(m -> m.event() == CommuneEvent.REMOVAL);
  }

  @Test
  void resolveCurrent_communeThatLeftTheCog_throwsNoSuccessor() {
    assertThatThrownBy(() -> resolve("97123"))
        .isInstanceOfSatisfying(
            UnknownTerritoryException.class,
            e -> {
              assertThat(e.errorCode()).isEqualTo(TerritoryErrorCode.COMMUNE_NO_SUCCESSOR);
              assertThat(e.message(Locale.ENGLISH)).contains("97123").contains("2007-02-23");
              assertThat(e.message(Locale.FRENCH)).contains("a quitté le COG 2026");
            });
    assertThat(cog.findResolution(CodeCommune.of("97127"))).isEmpty();
  }

  @Test
  void resolveCurrent_codeThatNeverExisted_throwsCodeUnknown() {
    assertThatThrownBy(() -> resolve("44999"))
        .isInstanceOfSatisfying(
            UnknownTerritoryException.class,
            e -> {
              assertThat(e.code()).isEqualTo("territory.commune.code-unknown");
              assertThat(e.rejectedValue()).isEqualTo(CodeCommune.of("44999"));
            });
    assertThat(cog.findResolution(CodeCommune.of("44999"))).isEmpty();
  }

  @Test
  void movements_ofACode_areItsHistoryInDateOrder() {
    List<CommuneMovement> history = cog.movements(CodeCommune.of("49069"));
    assertThat(history).isSortedAccordingTo(java.util.Comparator.comparing(CommuneMovement::date));
    assertThat(history.get(history.size() - 1))
        .hasToString("2025-01-01 50 COM 49069 Orée d'Anjou -> COM 49126 Orée d'Anjou");
    assertThat(cog.movements(CodeCommune.of("44999"))).isEmpty();
  }

  @Test
  void movements_preCorsicanSplitCodes_areTheOnlyOnesNotLoaded() {
    assertThat(cog.movements()).hasSize(13_734 - 374);
    assertThat(cog.skippedMovements()).isEqualTo(374);
    assertThat(cog.movements(CodeCommune.of("2A004")))
        .noneMatch(m -> m.before().isEmpty() && m.event() == CommuneEvent.DEPARTEMENT_CHANGE);
  }
}
