package io.github.esspetiteenfance.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.esspetiteenfance.InvalidValueException;
import io.github.esspetiteenfance.establishment.Establishment;
import io.github.esspetiteenfance.examples.SeedDataset.Portrait;
import io.github.esspetiteenfance.indicator.Indicator;
import io.github.esspetiteenfance.organization.SpecificStatus;
import io.github.esspetiteenfance.structure.StructureKind;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SeedDatasetTest {

  private static final SeedDataset DATASET = SeedDatasets.paysDeLaLoire();

  @Test
  void paysDeLaLoire_holdsTheSeedsFiguresNetworksAndPortraits() {
    assertThat(DATASET.figures().figures())
        .extracting(Indicator::id)
        .contains(
            "pdl-eaje-ess-establishments",
            "pdl-eaje-ess-jobs",
            "pdl-eaje-association-share",
            "pdl-eaje-ess-job-share",
            "pdl-eaje-ess-establishment-share");
    assertThat(DATASET.networks())
        .containsExactly("familles-rurales", "urcs-pdl", "fas-pdl", "uriopss-pdl");
    assertThat(DATASET.portraits())
        .extracting(p -> p.organization().name())
        .containsExactly("MicroScop", "Les Polichinelles", "Inalta", "Vista");
    assertThat(DATASET.establishmentCount()).isEqualTo(10);
  }

  @Test
  void paysDeLaLoire_structureKindsAsTheTextDescribes() {
    assertThat(kinds(0)).containsExactly(StructureKind.MICRO_CRECHE);
    assertThat(kinds(1)).containsExactly(StructureKind.RECYCLERIE_PETITE_ENFANCE);
    assertThat(kinds(2))
        .containsExactly(
            StructureKind.AEMO,
            StructureKind.PLACEMENT_FAMILIAL,
            StructureKind.CENTRE_EDUCATIF_RENFORCE,
            StructureKind.ESPACE_DE_RENCONTRE,
            StructureKind.ESPACE_DE_RENCONTRE,
            StructureKind.MEDIATION_FAMILIALE);
    assertThat(kinds(3))
        .containsExactly(StructureKind.MAISON_PARENTALE, StructureKind.RESIDENCE_MATERNELLE);
    assertThat(DATASET.portraits().get(0).organization().has(SpecificStatus.SCOP)).isTrue();
  }

  @Test
  void paysDeLaLoire_inventsNoIdentifier() {
    for (Portrait portrait : DATASET.portraits()) {
      assertThat(portrait.organization().siren()).isEmpty();
      assertThat(portrait.organization().rna()).isEmpty();
      assertThat(portrait.organization().legalForm().categorieJuridique()).isEmpty();
      for (Establishment establishment : portrait.establishments()) {
        assertThat(establishment.siret()).isEmpty();
        assertThat(establishment.structure().capacity()).isEmpty();
      }
    }
  }

  @Test
  void new_duplicateNetwork_throwsDuplicate() {
    List<String> networks = new ArrayList<>(DATASET.networks());
    networks.add("urcs-pdl");

    assertCode(
        () ->
            new SeedDataset(
                DATASET.title(),
                DATASET.source(),
                DATASET.figures(),
                networks,
                DATASET.portraits()),
        "examples.dataset.duplicate");
  }

  @Test
  void new_unknownNetwork_throwsUnknownNetwork() {
    assertCode(
        () ->
            new SeedDataset(
                DATASET.title(),
                DATASET.source(),
                DATASET.figures(),
                List.of("acepp-pdl"),
                DATASET.portraits()),
        "examples.dataset.unknown-network");
  }

  @Test
  void new_noPortrait_throwsEmpty() {
    assertCode(
        () ->
            new SeedDataset(
                DATASET.title(),
                DATASET.source(),
                DATASET.figures(),
                DATASET.networks(),
                List.of()),
        "examples.dataset.empty");
  }

  @Test
  void newPortrait_twoOperators_throwsOperatorMismatch() {
    List<Establishment> mixed =
        List.of(
            DATASET.portraits().get(0).establishments().get(0),
            DATASET.portraits().get(1).establishments().get(0));

    assertCode(() -> new Portrait("t", mixed, "s"), "examples.dataset.operator-mismatch");
  }

  private static List<StructureKind> kinds(int portrait) {
    return DATASET.portraits().get(portrait).establishments().stream()
        .map(e -> e.structure().kind())
        .toList();
  }

  private static void assertCode(Runnable action, String code) {
    assertThatThrownBy(action::run)
        .isInstanceOf(InvalidValueException.class)
        .extracting(e -> ((InvalidValueException) e).code())
        .isEqualTo(code);
  }
}
