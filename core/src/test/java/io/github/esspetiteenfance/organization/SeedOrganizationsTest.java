package io.github.esspetiteenfance.organization;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.esspetiteenfance.legal.Confidence;
import io.github.esspetiteenfance.testing.SeedPortraits;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The organizations of the project's seed text (« Accompagner la petite enfance et la parentalité
 * »), as {@link SeedPortraits} describes them (the one Java description of the seed): as the seed
 * gives them: no SIREN, no RNA number, no catégorie juridique, since the seed gives none; the
 * declared family, the seed's wording and SECONDARY confidence instead.
 */
class SeedOrganizationsTest {

  private static final LocalDate DATE = LocalDate.of(2026, 6, 1);

  private static Organization microScop() {
    return SeedPortraits.microScopScop();
  }

  private static Organization inalta() {
    return SeedPortraits.inaltaAssociation();
  }

  private static Organization polichinelles() {
    return SeedPortraits.lesPolichinellesAssociation();
  }

  private static Organization vista() {
    return SeedPortraits.vistaAssociation();
  }

  @Test
  void microScop_isAScopInTwoCommunesWithoutInventedIdentifiers() {
    Organization o = microScop();
    assertThat(o.siren()).isEmpty();
    assertThat(o.rna()).isEmpty();
    assertThat(o.legalForm().categorieJuridique()).isEmpty();
    assertThat(o.has(SpecificStatus.SCOP)).isTrue();
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
    assertThat(origin.note()).contains("Née de la fusion");
  }

  @Test
  void polichinelles_wasAccompaniedByThePoleEssVendee() {
    Organization o = polichinelles();
    assertThat(o.membership("pole-ess-vendee"))
        .map(Membership::role)
        .contains(MembershipRole.ACCOMPANIED);
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
