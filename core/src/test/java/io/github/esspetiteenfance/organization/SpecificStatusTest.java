package io.github.esspetiteenfance.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.esspetiteenfance.legal.Confidence;
import io.github.esspetiteenfance.testing.IdentifierGenerators;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

class SpecificStatusTest {

  @Test
  void scop_legalBasisIsTheLawOf1978() {
    assertThat(SpecificStatus.SCOP.legalBasis().text()).contains("78-763");
    assertThat(SpecificStatus.SCOP.legalBasis().isConfirmed()).isTrue();
    assertThat(SpecificStatus.SCOP.compatibleCodes())
        .containsExactlyInAnyOrder("5458", "5558", "5658");
    assertThat(SpecificStatus.SCIC.legalBasis().article()).contains("19 quinquies");
  }

  @Test
  void isCompatibleWith_sasNeedsTheEssDeclarationForScopAndScic() {
    LegalForm sas = LegalForm.of("5710");
    for (SpecificStatus s : new SpecificStatus[] {SpecificStatus.SCOP, SpecificStatus.SCIC}) {
      assertThat(s.isCompatibleWith(sas, DeclaredEssStatus.DECLARED_ESS)).isTrue();
      assertThat(s.isCompatibleWith(sas, DeclaredEssStatus.NOT_DECLARED)).isFalse();
      assertThat(s.isCompatibleWith(sas, DeclaredEssStatus.DECLARED_NOT_ESS)).isFalse();
    }
    assertThat(
            SpecificStatus.SCOP.isCompatibleWith(
                LegalForm.of("5499"), DeclaredEssStatus.DECLARED_ESS))
        .isFalse();
  }

  @Test
  void isCompatibleWith_declaredFamilyAcceptsTheStatusesOfThatFamily() {
    LegalForm association =
        LegalForm.declared(EssFamily.ASSOCIATION, "association", Confidence.SECONDARY, "seed");
    assertThat(
            SpecificStatus.ASSOCIATION_RUP.isCompatibleWith(
                association, DeclaredEssStatus.NOT_DECLARED))
        .isTrue();
    assertThat(SpecificStatus.SCOP.isCompatibleWith(association, DeclaredEssStatus.DECLARED_ESS))
        .isFalse();
    LegalForm company =
        LegalForm.declared(EssFamily.SOCIETE_COMMERCIALE_ESS, "SAS", Confidence.SECONDARY, "s");
    assertThat(SpecificStatus.SCIC.isCompatibleWith(company, DeclaredEssStatus.DECLARED_ESS))
        .isTrue();
    assertThat(SpecificStatus.SCIC.isCompatibleWith(company, DeclaredEssStatus.NOT_DECLARED))
        .isFalse();
    assertThat(
            SpecificStatus.SOCIETE_COMMERCIALE_ESS.isCompatibleWith(
                company, DeclaredEssStatus.DECLARED_ESS))
        .isTrue();
  }

  @Test
  void isCompatibleWith_anyCode_onlyFormsOfTheStatusFamilyOrFlaggedCompanies() {
    qt().withExamples(1000)
        .forAll(
            IdentifierGenerators.categoriesJuridiques(),
            Generate.enumValues(SpecificStatus.class),
            Generate.enumValues(DeclaredEssStatus.class))
        .checkAssert(
            (cj, status, declared) -> {
              LegalForm form = LegalForm.of(cj);
              if (status.isCompatibleWith(form, declared)) {
                boolean sameFamily = form.family() == status.family();
                boolean flaggedCompany =
                    form.family() == EssFamily.SOCIETE_COMMERCIALE_ESS
                        && declared == DeclaredEssStatus.DECLARED_ESS;
                assertThat(sameFamily || flaggedCompany).isTrue();
              }
            });
  }

  @Test
  void compatibleCodes_allBelongToTheStatusFamily() {
    for (SpecificStatus s : SpecificStatus.values()) {
      assertThat(s.compatibleCodes())
          .allSatisfy(code -> assertThat(LegalForm.of(code).family()).isEqualTo(s.family()));
      assertThat(s.label()).isNotBlank();
    }
  }

  @Test
  void excludes_isSymmetric() {
    assertThat(SpecificStatus.SCOP.excludes(SpecificStatus.SCIC)).isTrue();
    assertThat(SpecificStatus.SCIC.excludes(SpecificStatus.SCOP)).isTrue();
    assertThat(SpecificStatus.ASSOCIATION_RUP.excludes(SpecificStatus.ASSOCIATION_DROIT_LOCAL))
        .isTrue();
    assertThat(SpecificStatus.ASSOCIATION_RUP.excludes(SpecificStatus.ASSOCIATION_DECLAREE))
        .isFalse();
  }
}
