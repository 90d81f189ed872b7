package io.github.esspetiteenfance.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** One golden case per kind: built with its builder, read back through the common API. */
class StructureGoldenTest {

  private static final OpeningHours WEEKDAYS = OpeningHours.parse("Mo-Fr 07:30-18:30");

  @Test
  void crecheCollective_parental_isACrecheParentale() {
    CrecheCollective c =
        CrecheCollectiveBuilder.builder()
            .capacity(Capacity.of(20))
            .ages(AgeRange.ofMonths(3, 48))
            .management(Management.PARENTAL)
            .funding(Funding.of(FundingMode.PSU))
            .openingHours(WEEKDAYS)
            .build();
    assertThat(c.kind()).isEqualTo(StructureKind.CRECHE_COLLECTIVE);
    assertThat(c.kind().code()).isEqualTo("creche-collective");
    assertThat(c.family()).isEqualTo(StructureFamily.EAJE);
    assertThat(c.isParental()).isTrue();
    assertThat(c.capacity()).contains(Capacity.of(20));
    assertThat(
            CrecheCollective.builder()
                .from(c)
                .management(Management.NON_PARENTAL)
                .build()
                .isParental())
        .isFalse();
  }

  @Test
  void halteGarderie_occasionalCare() {
    HalteGarderie h =
        HalteGarderieBuilder.builder()
            .capacity(Capacity.of(16))
            .ages(AgeRange.ofMonths(3, 72))
            .openingHours(OpeningHours.parse("Mo-Fr 08:30-12:00"))
            .build();
    assertThat(h.kind().code()).isEqualTo("halte-garderie");
    assertThat(h.isParental()).isFalse();
    assertThat(h.management()).isEmpty();
  }

  @Test
  void multiAccueil_combinesRegularAndOccasional() {
    MultiAccueil m =
        MultiAccueilBuilder.builder()
            .capacity(Capacity.of(40))
            .addModes(CareMode.REGULAR, CareMode.OCCASIONAL, CareMode.COLLECTIVE)
            .inclusiveCare(InclusiveCare.withPlaces(2))
            .build();
    assertThat(m.kind().code()).isEqualTo("multi-accueil");
    assertThat(m.modes())
        .containsExactly(CareMode.COLLECTIVE, CareMode.REGULAR, CareMode.OCCASIONAL);
    assertThat(m.inclusiveCare().orElseThrow().places()).contains(2);
  }

  @Test
  void microCreche_withAtypicalHoursAndPaje() {
    MicroCreche m =
        MicroCrecheBuilder.builder()
            .capacity(Capacity.of(12))
            .ages(AgeRange.ofMonths(2, 48))
            .funding(Funding.of(FundingMode.PAJE_CMG))
            .openingHours(OpeningHours.parse("Mo-Fr 06:00-21:00; Sa 08:00-18:00"))
            .addPedagogies(Pedagogy.inspiredBy(PedagogicalApproach.MONTESSORI))
            .opened(PartialDate.ofYear(2017))
            .build();
    assertThat(m.kind().code()).isEqualTo("micro-creche");
    assertThat(m.openingHours().orElseThrow().atypicalHours())
        .containsExactly(
            AtypicalHours.EARLY_MORNING, AtypicalHours.LATE_EVENING, AtypicalHours.SATURDAY);
    assertThat(m.pedagogies()).containsExactly(Pedagogy.inspiredBy(PedagogicalApproach.MONTESSORI));
  }

  @Test
  void crecheFamiliale_employsAssistantsMaternels() {
    CrecheFamiliale c =
        CrecheFamilialeBuilder.builder().capacity(Capacity.of(45)).assistantsMaternels(15).build();
    assertThat(c.kind().code()).isEqualTo("creche-familiale");
    assertThat(c.assistantsMaternels()).contains(15);
  }

  @Test
  void jardinDEnfants_fromEighteenMonths() {
    JardinDEnfants j =
        JardinDEnfantsBuilder.builder()
            .capacity(Capacity.of(60))
            .ages(AgeRange.ofMonths(18, 72))
            .addPedagogies(Pedagogy.of(PedagogicalApproach.STEINER_WALDORF))
            .build();
    assertThat(j.kind().code()).isEqualTo("jardin-d-enfants");
    assertThat(j.ages()).contains(AgeRange.ofMonths(18, 72));
  }

  @Test
  void crecheItinerante_movesBetweenStops() {
    CrecheItinerante c =
        CrecheItineranteBuilder.builder()
            .capacity(Capacity.of(12))
            .addStops(
                ItineraryStop.of("Vallet", DayOfWeek.MONDAY, DayOfWeek.TUESDAY),
                ItineraryStop.of("Mouzillon", DayOfWeek.THURSDAY))
            .build();
    assertThat(c.kind().code()).isEqualTo("creche-itinerante");
    assertThat(c.stops()).extracting(ItineraryStop::place).containsExactly("Vallet", "Mouzillon");
    assertThat(c.kind().confidence()).hasToString("UNCONFIRMED");
  }

  @Test
  void mam_capacityIsTheSumOfAgrements() {
    MaisonAssistantsMaternels mam =
        MaisonAssistantsMaternelsBuilder.builder()
            .addAssistants(
                AssistantMaternel.of(Agrement.of(4, LocalDate.of(2022, 3, 1))),
                AssistantMaternel.of(Agrement.of(3, LocalDate.of(2023, 9, 15))),
                AssistantMaternel.of(Agrement.of(4, LocalDate.of(2021, 6, 1))))
            .ages(AgeRange.underYears(6))
            .build();
    assertThat(mam.kind().code()).isEqualTo("maison-assistants-maternels");
    assertThat(mam.family()).isEqualTo(StructureFamily.ASSISTANTS_MATERNELS);
    assertThat(mam.capacity()).contains(Capacity.of(11));
  }

  @Test
  void laep_childrenUnderSixWithAParent() {
    LieuAccueilEnfantsParents l =
        LieuAccueilEnfantsParentsBuilder.builder()
            .ages(AgeRange.underYears(6))
            .openingHours(OpeningHours.parse("We 09:00-12:00; Sa 09:30-12:00"))
            .build();
    assertThat(l.kind().code()).isEqualTo("lieu-accueil-enfants-parents");
    assertThat(l.family()).isEqualTo(StructureFamily.PARENTING_SUPPORT);
    assertThat(l.openingHours().orElseThrow().opensOnWeekend()).isTrue();
  }

  @Test
  void relaisPetiteEnfance() {
    RelaisPetiteEnfance r = RelaisPetiteEnfanceBuilder.builder().build();
    assertThat(r.kind().code()).isEqualTo("relais-petite-enfance");
    assertThat(r.capacity()).isEmpty();
    assertThat(r.ages()).isEmpty();
    assertThat(r.pedagogies()).isEmpty();
  }

  @Test
  void espaceDeRencontre_withOrWithoutAJudge() {
    EspaceDeRencontre e =
        EspaceDeRencontreBuilder.builder()
            .addMandates(Mandate.NON_JUDICIAL, Mandate.JUDICIAL)
            .build();
    assertThat(e.kind().code()).isEqualTo("espace-de-rencontre");
    assertThat(e.mandates()).containsExactly(Mandate.JUDICIAL, Mandate.NON_JUDICIAL);
  }

  @Test
  void mediationFamiliale() {
    MediationFamiliale m =
        MediationFamilialeBuilder.builder().addMandates(Mandate.JUDICIAL).build();
    assertThat(m.kind().code()).isEqualTo("mediation-familiale");
  }

  @Test
  void centreSocial() {
    CentreSocial c =
        CentreSocialBuilder.builder()
            .addCommitments(Commitment.of(CommitmentKind.SOCIAL_TIES))
            .build();
    assertThat(c.kind().code()).isEqualTo("centre-social");
  }

  @Test
  void maisonParentale_couplesWithAChildUnderThreeOrExpecting() {
    MaisonParentale m =
        MaisonParentaleBuilder.builder()
            .ages(AgeRange.underYears(3))
            .addPublics(HostedPublic.EXPECTING_COUPLES, HostedPublic.COUPLES_WITH_CHILD)
            .build();
    assertThat(m.kind().code()).isEqualTo("maison-parentale");
    assertThat(m.publics())
        .containsExactly(HostedPublic.COUPLES_WITH_CHILD, HostedPublic.EXPECTING_COUPLES);
    assertThat(m.kind().legalBasis()).isEmpty();
  }

  @Test
  void residenceMaternelle() {
    ResidenceMaternelle r =
        ResidenceMaternelleBuilder.builder()
            .ages(AgeRange.underYears(3))
            .capacity(Capacity.of(25))
            .publics(Set.of(HostedPublic.PREGNANT_WOMEN, HostedPublic.ISOLATED_MOTHERS))
            .build();
    assertThat(r.kind().code()).isEqualTo("residence-maternelle");
    assertThat(r.capacity()).contains(Capacity.of(25));
  }

  @Test
  void centreParental() {
    CentreParental c =
        CentreParentalBuilder.builder()
            .ages(AgeRange.underYears(3))
            .addPublics(HostedPublic.COUPLES_WITH_CHILD)
            .build();
    assertThat(c.kind().code()).isEqualTo("centre-parental");
  }

  @Test
  void aemo_onAJudgesOrder() {
    Aemo a =
        AemoBuilder.builder()
            .ages(AgeRange.underYears(18))
            .capacity(Capacity.of(300))
            .addMandates(Mandate.JUDICIAL)
            .build();
    assertThat(a.kind().code()).isEqualTo("aemo");
    assertThat(a.family()).isEqualTo(StructureFamily.CHILD_PROTECTION);
  }

  @Test
  void placementFamilial() {
    PlacementFamilial p = PlacementFamilialBuilder.builder().capacity(Capacity.of(40)).build();
    assertThat(p.kind().code()).isEqualTo("placement-familial");
  }

  @Test
  void centreEducatifRenforce() {
    CentreEducatifRenforce c =
        CentreEducatifRenforceBuilder.builder()
            .capacity(Capacity.of(8))
            .ages(AgeRange.ofMonths(13 * 12, 18 * 12))
            .build();
    assertThat(c.kind().code()).isEqualTo("centre-educatif-renforce");
  }

  @Test
  void recyclerie_activitiesAreTyped() {
    RecycleriePetiteEnfance r =
        RecycleriePetiteEnfanceBuilder.builder()
            .addActivities(
                RecyclerieActivity.of(RecyclerieActivityKind.PARENT_WORKSHOPS),
                RecyclerieActivity.of(RecyclerieActivityKind.DONATION_COLLECTION))
            .build();
    assertThat(r.kind().code()).isEqualTo("recyclerie-petite-enfance");
    assertThat(r.family()).isEqualTo(StructureFamily.RECYCLERIE);
    assertThat(r.activities())
        .extracting(RecyclerieActivity::kind)
        .containsExactly(
            RecyclerieActivityKind.DONATION_COLLECTION, RecyclerieActivityKind.PARENT_WORKSHOPS);
  }
}
