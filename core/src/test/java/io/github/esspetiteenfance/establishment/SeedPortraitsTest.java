package io.github.esspetiteenfance.establishment;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.esspetiteenfance.identifier.CodeCommune;
import io.github.esspetiteenfance.organization.EssFamily;
import io.github.esspetiteenfance.organization.OriginKind;
import io.github.esspetiteenfance.organization.SpecificStatus;
import io.github.esspetiteenfance.structure.AgeRange;
import io.github.esspetiteenfance.structure.Commitment;
import io.github.esspetiteenfance.structure.CommitmentKind;
import io.github.esspetiteenfance.structure.DatePrecision;
import io.github.esspetiteenfance.structure.EspaceDeRencontre;
import io.github.esspetiteenfance.structure.HostedPublic;
import io.github.esspetiteenfance.structure.Mandate;
import io.github.esspetiteenfance.structure.MicroCreche;
import io.github.esspetiteenfance.structure.PartialDate;
import io.github.esspetiteenfance.structure.PedagogicalApproach;
import io.github.esspetiteenfance.structure.Pedagogy;
import io.github.esspetiteenfance.structure.RecyclerieActivity;
import io.github.esspetiteenfance.structure.RecyclerieActivityKind;
import io.github.esspetiteenfance.structure.RecycleriePetiteEnfance;
import io.github.esspetiteenfance.structure.Season;
import io.github.esspetiteenfance.structure.StructureFamily;
import io.github.esspetiteenfance.structure.StructureKind;
import io.github.esspetiteenfance.territory.Cog;
import io.github.esspetiteenfance.testing.SeedPortraits;
import io.github.esspetiteenfance.testing.Validators;
import jakarta.validation.ValidatorFactory;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The seed's four portraits, expressed with the model without loss and without invention. */
class SeedPortraitsTest {

  @Test
  void microScop_isAScopMicroCrecheOnTwoSites() {
    Establishment e = SeedPortraits.microScop();
    assertThat(e.kind()).isEqualTo(StructureKind.MICRO_CRECHE);
    assertThat(e.operator().has(SpecificStatus.SCOP)).isTrue();
    assertThat(e.operator().legalFormFamily()).isEqualTo(EssFamily.COOPERATIVE);
    assertThat(e.operator().origin().orElseThrow().year()).contains(Year.of(2017));
    assertThat(e.communes())
        .containsExactly(SeedPortraits.MONNIERES, SeedPortraits.SAINT_HILAIRE_DE_CLISSON);
    MicroCreche m = (MicroCreche) e.structure();
    assertThat(m.ages()).contains(AgeRange.ofMonths(2, 48));
    assertThat(m.pedagogies()).contains(Pedagogy.inspiredBy(PedagogicalApproach.MONTESSORI));
    assertThat(m.commitments())
        .extracting(Commitment::kind)
        .contains(
            CommitmentKind.COMPOST,
            CommitmentKind.HEN_HOUSE,
            CommitmentKind.WASTE_SORTING,
            CommitmentKind.WASTE_REDUCTION,
            CommitmentKind.OUTDOOR_ACTIVITIES);
    assertThat(m.opened()).contains(PartialDate.ofYear(2017));
    assertThat(m.opened().orElseThrow().precision()).isEqualTo(DatePrecision.YEAR);
    assertThat(e.history())
        .singleElement()
        .satisfies(
            h -> {
              assertThat(h.kind()).isEqualTo(MilestoneKind.NEW_SITE);
              assertThat(h.date()).isEmpty();
              assertThat(h.description().orElseThrow()).contains("complet");
            });
  }

  @Test
  void lesPolichinelles_isARecyclerieOpenedInSpring2024AfterAPopUpSale() {
    Establishment e = SeedPortraits.lesPolichinelles();
    assertThat(e.kind()).isEqualTo(StructureKind.RECYCLERIE_PETITE_ENFANCE);
    assertThat(e.operator().legalFormFamily()).isEqualTo(EssFamily.ASSOCIATION);
    assertThat(e.communes()).containsExactly(SeedPortraits.LA_ROCHE_SUR_YON);
    RecycleriePetiteEnfance r = (RecycleriePetiteEnfance) e.structure();
    PartialDate opened = r.opened().orElseThrow();
    assertThat(opened).isEqualTo(PartialDate.ofSeason(2024, Season.SPRING)).hasToString("2024-21");
    Milestone popUp = e.history().get(0);
    assertThat(popUp.kind()).isEqualTo(MilestoneKind.PILOT);
    assertThat(popUp.date()).contains(PartialDate.of(YearMonth.of(2023, 12)));
    assertThat(popUp.date().orElseThrow().isCertainlyBefore(opened)).isTrue();
    assertThat(r.activities())
        .extracting(RecyclerieActivity::kind)
        .containsExactly(
            RecyclerieActivityKind.DONATION_COLLECTION,
            RecyclerieActivityKind.CLEANING,
            RecyclerieActivityKind.REPAIR,
            RecyclerieActivityKind.LOW_PRICE_RESALE,
            RecyclerieActivityKind.PARENT_WORKSHOPS);
    assertThat(e.partners())
        .containsExactly(Partner.of("Pôle ESS Vendée", PartnerRole.CREATION_SUPPORT));
  }

  @Test
  void inalta_isAMergerWithChildProtectionAndParentingSupport() {
    List<Establishment> all = SeedPortraits.inalta();
    assertThat(all)
        .extracting(Establishment::kind)
        .containsExactly(
            StructureKind.AEMO,
            StructureKind.PLACEMENT_FAMILIAL,
            StructureKind.CENTRE_EDUCATIF_RENFORCE,
            StructureKind.ESPACE_DE_RENCONTRE,
            StructureKind.ESPACE_DE_RENCONTRE,
            StructureKind.MEDIATION_FAMILIALE);
    assertThat(all).extracting(e -> e.operator().name()).containsOnly("Inalta");
    assertThat(all.get(0).operator().origin().orElseThrow().kind()).isEqualTo(OriginKind.MERGER);
    assertThat(all.get(0).operator().origin().orElseThrow().predecessors()).hasSize(2);
    assertThat(all.subList(0, 3))
        .extracting(e -> e.structure().family())
        .containsOnly(StructureFamily.CHILD_PROTECTION);
    // the meeting points are known to the département only: no commune is invented
    assertThat(all.get(3).departements()).containsExactly(SeedPortraits.MAYENNE);
    assertThat(all.get(4).departements()).containsExactly(SeedPortraits.SARTHE);
    assertThat(all).allSatisfy(e -> assertThat(e.communes()).isEmpty());
    assertThat(all.get(0).sites().get(0).location().possibleDepartements())
        .containsExactly(SeedPortraits.MAINE_ET_LOIRE, SeedPortraits.MAYENNE, SeedPortraits.SARTHE);
    // "avec ou sans demande d'un juge"
    assertThat(((EspaceDeRencontre) all.get(3).structure()).mandates())
        .containsExactly(Mandate.JUDICIAL, Mandate.NON_JUDICIAL);
  }

  @Test
  void vista_hasAMaisonParentaleAndAResidenceMaternelle() {
    List<Establishment> all = SeedPortraits.vista();
    assertThat(all)
        .extracting(Establishment::kind)
        .containsExactly(StructureKind.MAISON_PARENTALE, StructureKind.RESIDENCE_MATERNELLE);
    assertThat(all.get(0).communes()).containsExactly(SeedPortraits.CHALLANS);
    assertThat(all.get(1).communes()).containsExactly(SeedPortraits.LA_ROCHE_SUR_YON);
    assertThat(all)
        .allSatisfy(e -> assertThat(e.structure().ages()).contains(AgeRange.underYears(3)));
    assertThat(
            ((io.github.esspetiteenfance.structure.MaisonParentale) all.get(0).structure())
                .publics())
        .containsExactly(HostedPublic.COUPLES_WITH_CHILD, HostedPublic.EXPECTING_COUPLES);
    assertThat(all.get(0).kind().legalBasis()).isEmpty();
  }

  @Test
  void allPortraits_inventNoIdentifierCapacityOrHeadcount() {
    assertThat(SeedPortraits.all()).hasSize(10);
    assertThat(SeedPortraits.all())
        .allSatisfy(
            e -> {
              assertThat(e.siret()).isEmpty();
              assertThat(e.operator().siren()).isEmpty();
              assertThat(e.operator().rna()).isEmpty();
              assertThat(e.jobs()).isEmpty();
              assertThat(e.sites()).allSatisfy(s -> assertThat(s.address()).isEmpty());
              if (!(e.structure()
                  instanceof io.github.esspetiteenfance.structure.MaisonAssistantsMaternels)) {
                assertThat(e.structure().capacity()).isEmpty();
              }
            });
  }

  @Test
  void allPortraits_communesExistInTheBundledCog() {
    Cog cog = Cog.bundled();
    assertThat(cog.requireCommune(SeedPortraits.MONNIERES).name()).isEqualTo("Monnières");
    assertThat(cog.requireCommune(SeedPortraits.SAINT_HILAIRE_DE_CLISSON).name())
        .isEqualTo("Saint-Hilaire-de-Clisson");
    assertThat(cog.requireCommune(SeedPortraits.LA_ROCHE_SUR_YON).name())
        .isEqualTo("La Roche-sur-Yon");
    assertThat(cog.requireCommune(SeedPortraits.CHALLANS).name()).isEqualTo("Challans");
    assertThat(cog.requireDepartement(SeedPortraits.MAYENNE).name()).isEqualTo("Mayenne");
    assertThat(cog.requireDepartement(SeedPortraits.SARTHE).name()).isEqualTo("Sarthe");
    assertThat(cog.requireDepartement(SeedPortraits.MAINE_ET_LOIRE).name())
        .isEqualTo("Maine-et-Loire");
    for (Establishment e : SeedPortraits.all()) {
      for (CodeCommune c : e.communes()) {
        assertThat(cog.findCommune(c)).as(c.toString()).isPresent();
      }
    }
  }

  @Test
  void allPortraits_roundTripThroughTheBuilderAndHaveNoViolation() {
    try (ValidatorFactory factory = Validators.withoutExpressionLanguage()) {
      for (Establishment e : SeedPortraits.all()) {
        assertThat(EstablishmentBuilder.builder().from(e).build()).isEqualTo(e);
        assertThat(factory.getValidator().validate(e)).as(e.name()).isEmpty();
      }
    }
  }
}
