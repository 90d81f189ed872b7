package io.github.esspetiteenfance.organization;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.esspetiteenfance.identifier.CodeCommune;
import io.github.esspetiteenfance.identifier.CodeDepartement;
import io.github.esspetiteenfance.legal.Confidence;
import io.github.esspetiteenfance.territory.Cog;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The organizations of the project's seed text (« Accompagner la petite enfance et la parentalité
 * »), expressed as the seed gives them: no SIREN, no RNA number, no catégorie juridique, since the
 * seed gives none; the declared family, the seed's wording and SECONDARY confidence instead.
 */
class SeedOrganizationsTest {

  private static final String SEED = "seed: Accompagner la petite enfance et la parentalité";
  private static final LocalDate DATE = LocalDate.of(2026, 6, 1);
  private static final Cog COG = Cog.bundled();

  private static OrganizationBuilder seed(String name, EssFamily family, String wording) {
    return new OrganizationBuilder()
        .name(name)
        .legalForm(LegalForm.declared(family, wording, Confidence.SECONDARY, SEED))
        .declaredStatus(DeclaredEssStatus.UNKNOWN)
        .employer(EmployerStatus.UNKNOWN);
  }

  static Organization microScop() {
    return seed("MicroScop", EssFamily.COOPERATIVE, "SCOP (Société Coopérative et Participative)")
        .addStatuses(SpecificStatus.SCOP)
        .origin(Origin.creation(Optional.of(Year.of(2017)), "Créée en 2017"))
        .addTerritories(
            COG.requireCommune(CodeCommune.of("44100")),
            COG.requireCommune(CodeCommune.of("44165")))
        .build();
  }

  static Organization inalta() {
    return seed("Inalta", EssFamily.ASSOCIATION, "association")
        .origin(
            Origin.merger(
                Optional.empty(),
                List.of(
                    "Sauvegarde de l'Enfance de la Mayenne",
                    "Sauvegarde de l'Enfance de la Sarthe"),
                "L'association Inalta est née de la Fusion des associations Sauvegarde de l'Enfance"
                    + " de la Mayenne et de la Sarthe."))
        .addTerritories(
            COG.requireDepartement(CodeDepartement.of("49")),
            COG.requireDepartement(CodeDepartement.of("53")),
            COG.requireDepartement(CodeDepartement.of("72")))
        .build();
  }

  static Organization polichinelles() {
    return seed("Les Polichinelles", EssFamily.ASSOCIATION, "l'association Les Polichinelles")
        .addMemberships(Membership.of("pole-ess-vendee", MembershipRole.ACCOMPANIED))
        .addTerritories(COG.requireCommune(CodeCommune.of("85191")))
        .build();
  }

  static Organization vista() {
    return seed("Association Vista", EssFamily.ASSOCIATION, "Vista est une association")
        .addTerritories(COG.requireDepartement(CodeDepartement.of("85")))
        .build();
  }

  @Test
  void microScop_isAScopInTwoCommunesWithoutInventedIdentifiers() {
    Organization o = microScop();
    assertThat(o.siren()).isEmpty();
    assertThat(o.rna()).isEmpty();
    assertThat(o.legalForm().categorieJuridique()).isEmpty();
    assertThat(o.has(SpecificStatus.SCOP)).isTrue();
    assertThat(o.territories())
        .extracting(t -> t.name())
        .containsExactly("Monnières", "Saint-Hilaire-de-Clisson");
    assertThat(o.origin().orElseThrow().year()).contains(Year.of(2017));
    EssClassification c = EssPerimeter.classify(o, PerimeterDefinition.STATUTORY, DATE);
    assertThat(c.family()).isEqualTo(EssFamily.COOPERATIVE);
    assertThat(c.rule()).isEqualTo(PerimeterRule.LEGAL_FORM);
    assertThat(c.caveats()).containsExactly(Caveat.LEGAL_FORM_DECLARED_ONLY);
    assertThat(c.confidence()).isEqualTo(Confidence.DERIVED);
  }

  @Test
  void inalta_isBornOfTheMergerOfTwoSauvegardes() {
    Origin origin = inalta().origin().orElseThrow();
    assertThat(origin.kind()).isEqualTo(OriginKind.MERGER);
    assertThat(origin.predecessors())
        .hasSize(2)
        .allSatisfy(p -> assertThat(p).startsWith("Sauvegarde"));
    assertThat(origin.year()).isEmpty();
    assertThat(origin.note()).contains("née de la Fusion");
    assertThat(inalta().territories()).hasSize(3);
  }

  @Test
  void polichinelles_wasAccompaniedByThePoleEssVendee() {
    Organization o = polichinelles();
    assertThat(o.membership("pole-ess-vendee"))
        .map(Membership::role)
        .contains(MembershipRole.ACCOMPANIED);
    assertThat(o.territories().get(0).name()).isEqualTo("La Roche-sur-Yon");
  }

  @Test
  void seedAssociations_areInTheStatutoryEssButUnconfirmedStatistically() {
    for (Organization o : List.of(inalta(), polichinelles(), vista())) {
      EssClassification statutory = EssPerimeter.classify(o, PerimeterDefinition.STATUTORY, DATE);
      assertThat(statutory.family()).as(o.name()).isEqualTo(EssFamily.ASSOCIATION);
      EssClassification statistical =
          EssPerimeter.classify(o, PerimeterDefinition.STATISTICAL, DATE);
      assertThat(statistical.inEss()).as(o.name()).isTrue();
      assertThat(statistical.caveats())
          .as(o.name())
          .contains(
              Caveat.LEGAL_FORM_DECLARED_ONLY, Caveat.ACTIVITY_UNKNOWN, Caveat.EMPLOYER_UNKNOWN);
      assertThat(statistical.confidence()).isEqualTo(Confidence.UNCONFIRMED);
    }
  }
}
