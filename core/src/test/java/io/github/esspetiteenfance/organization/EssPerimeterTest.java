package io.github.esspetiteenfance.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.github.esspetiteenfance.InvalidValueException;
import io.github.esspetiteenfance.identifier.CategorieJuridique;
import io.github.esspetiteenfance.identifier.CodeNaf;
import io.github.esspetiteenfance.legal.Confidence;
import io.github.esspetiteenfance.testing.IdentifierGenerators;
import io.github.esspetiteenfance.testing.OrganizationGenerators;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

class EssPerimeterTest {

  private static final LocalDate DATE = LocalDate.of(2026, 6, 1);

  private static PerimeterFacts facts(String cj) {
    return PerimeterFacts.of(LegalForm.of(cj));
  }

  private static PerimeterFacts employer(String cj, String naf) {
    return facts(cj).withActivity(CodeNaf.of(naf)).withEmployer(EmployerStatus.EMPLOYER);
  }

  // --- statutory definition

  @Test
  void statutory_declaredAssociation_isInByLegalFormAndConfirmed() {
    EssClassification c = EssPerimeter.statutory(facts("9220"), DATE);
    assertThat(c.definition()).isEqualTo(PerimeterDefinition.STATUTORY);
    assertThat(c.inEss()).isTrue();
    assertThat(c.family()).isEqualTo(EssFamily.ASSOCIATION);
    assertThat(c.rule()).isEqualTo(PerimeterRule.LEGAL_FORM);
    assertThat(c.confidence()).isEqualTo(Confidence.CONFIRMED);
    assertThat(c.isConfirmed()).isTrue();
    assertThat(c.mapping()).map(CjMapping::code).contains("9220");
    assertThat(c.basis().text()).contains("2014-856");
  }

  @Test
  void statutory_scopSarl_isInAsCooperative() {
    EssClassification c = EssPerimeter.statutory(facts("5458"), DATE);
    assertThat(c.family()).isEqualTo(EssFamily.COOPERATIVE);
    assertThat(c.rule()).isEqualTo(PerimeterRule.LEGAL_FORM);
    assertThat(c.isConfirmed()).isTrue();
  }

  @Test
  void statutory_sasDeclaredEss_isInThroughTheDeclaration() {
    EssClassification c =
        EssPerimeter.statutory(
            facts("5710").withDeclaredStatus(DeclaredEssStatus.DECLARED_ESS), DATE);
    assertThat(c.family()).isEqualTo(EssFamily.SOCIETE_COMMERCIALE_ESS);
    assertThat(c.rule()).isEqualTo(PerimeterRule.DECLARED_ESS_STATUS);
    assertThat(c.confidence()).isEqualTo(Confidence.SECONDARY);
  }

  @Test
  void statutory_sasWithoutDeclaration_isOutWithoutEvidence() {
    for (DeclaredEssStatus status :
        List.of(DeclaredEssStatus.NOT_DECLARED, DeclaredEssStatus.DECLARED_NOT_ESS)) {
      EssClassification c = EssPerimeter.statutory(facts("5710").withDeclaredStatus(status), DATE);
      assertThat(c.inEss()).isFalse();
      assertThat(c.family()).isEqualTo(EssFamily.OUTSIDE_ESS);
      assertThat(c.rule()).isEqualTo(PerimeterRule.COMMERCIAL_COMPANY_WITHOUT_EVIDENCE);
      assertThat(c.confidence()).isEqualTo(Confidence.DERIVED);
    }
  }

  @Test
  void statutory_sasNotLookedUp_isOutAndSaysTheDeclarationIsUnknown() {
    EssClassification c = EssPerimeter.statutory(facts("5710"), DATE);
    assertThat(c.inEss()).isFalse();
    assertThat(c.caveats()).containsExactly(Caveat.DECLARATION_UNKNOWN);
    assertThat(c.confidence()).isEqualTo(Confidence.UNCONFIRMED);
  }

  @Test
  void statutory_sarlWithValidAgrement_isInThroughTheAgrement() {
    EsusAgrement agrement = EsusAgrement.of(LocalDate.of(2024, 1, 1), LocalDate.of(2028, 12, 31));
    EssClassification c = EssPerimeter.statutory(facts("5499").withEsusAgrement(agrement), DATE);
    assertThat(c.family()).isEqualTo(EssFamily.SOCIETE_COMMERCIALE_ESS);
    assertThat(c.rule()).isEqualTo(PerimeterRule.ESUS_AGREMENT);
    assertThat(c.confidence()).isEqualTo(Confidence.SECONDARY);
    assertThat(c.caveats()).isEmpty();
  }

  @Test
  void statutory_expiredAgrementAndNoDeclaration_isOut() {
    EsusAgrement agrement = EsusAgrement.of(LocalDate.of(2018, 1, 1), LocalDate.of(2022, 12, 31));
    EssClassification c = EssPerimeter.statutory(facts("5499").withEsusAgrement(agrement), DATE);
    assertThat(c.inEss()).isFalse();
    assertThat(c.rule()).isEqualTo(PerimeterRule.COMMERCIAL_COMPANY_WITHOUT_EVIDENCE);
  }

  @Test
  void statutory_estimatedAgrement_isUnconfirmed() {
    EssClassification c =
        EssPerimeter.statutory(
            facts("5710").withEsusAgrement(EsusAgrement.estimated(LocalDate.of(2023, 3, 1), false)),
            DATE);
    assertThat(c.rule()).isEqualTo(PerimeterRule.ESUS_AGREMENT);
    assertThat(c.caveats()).containsExactly(Caveat.ESUS_EXPIRY_ESTIMATED);
    assertThat(c.confidence()).isEqualTo(Confidence.UNCONFIRMED);
  }

  @Test
  void statutory_agrementAndDeclaredNotEss_reportsTheConflict() {
    EssClassification c =
        EssPerimeter.statutory(
            facts("5710")
                .withDeclaredStatus(DeclaredEssStatus.DECLARED_NOT_ESS)
                .withEsusAgrement(EsusAgrement.of(DATE, DATE)),
            DATE);
    assertThat(c.inEss()).isTrue();
    assertThat(c.has(Caveat.DECLARATION_CONFLICT)).isTrue();
    assertThat(c.confidence()).isEqualTo(Confidence.UNCONFIRMED);
  }

  @Test
  void statutory_commune_isPublicSector() {
    EssClassification c = EssPerimeter.statutory(facts("7210"), DATE);
    assertThat(c.family()).isEqualTo(EssFamily.PUBLIC_SECTOR);
    assertThat(c.rule()).isEqualTo(PerimeterRule.FORM_NOT_IN_ARTICLE_1);
    assertThat(c.inEss()).isFalse();
  }

  @Test
  void statutory_publicBodyDeclaredEss_staysOutAndReportsTheConflict() {
    EssClassification c =
        EssPerimeter.statutory(
            facts("7410").withDeclaredStatus(DeclaredEssStatus.DECLARED_ESS), DATE);
    assertThat(c.family()).isEqualTo(EssFamily.PUBLIC_SECTOR);
    assertThat(c.caveats()).containsExactly(Caveat.DECLARATION_CONFLICT);
    assertThat(c.confidence()).isEqualTo(Confidence.UNCONFIRMED);
  }

  @Test
  void statutory_fifthFamilyCandidate_isNotAnArticle1Form() {
    EssClassification c = EssPerimeter.statutory(facts("9900"), DATE);
    assertThat(c.family()).isEqualTo(EssFamily.OUTSIDE_ESS);
    assertThat(c.rule()).isEqualTo(PerimeterRule.FORM_NOT_IN_ARTICLE_1);
    assertThat(c.caveats()).containsExactly(Caveat.DOUBTFUL_LEGAL_CATEGORY);
  }

  @Test
  void statutory_associationNonDeclaree_isInButDoubtful() {
    EssClassification c = EssPerimeter.statutory(facts("9210"), DATE);
    assertThat(c.family()).isEqualTo(EssFamily.ASSOCIATION);
    assertThat(c.caveats()).containsExactly(Caveat.DOUBTFUL_LEGAL_CATEGORY);
    assertThat(c.confidence()).isEqualTo(Confidence.DERIVED);
    assertThat(c.mapping().orElseThrow().doubtful()).isTrue();
  }

  @Test
  void statutory_associationDeclaredNotEss_staysInAndReportsTheConflict() {
    EssClassification c =
        EssPerimeter.statutory(
            facts("9220").withDeclaredStatus(DeclaredEssStatus.DECLARED_NOT_ESS), DATE);
    assertThat(c.inEss()).isTrue();
    assertThat(c.caveats()).containsExactly(Caveat.DECLARATION_CONFLICT);
  }

  @Test
  void statutory_familyDeclaredBySource_isInWithoutCode() {
    LegalForm form =
        LegalForm.declared(EssFamily.ASSOCIATION, "association", Confidence.SECONDARY, "seed");
    EssClassification c = EssPerimeter.statutory(PerimeterFacts.of(form), DATE);
    assertThat(c.family()).isEqualTo(EssFamily.ASSOCIATION);
    assertThat(c.rule()).isEqualTo(PerimeterRule.LEGAL_FORM);
    assertThat(c.mapping()).isEmpty();
    assertThat(c.caveats()).containsExactly(Caveat.LEGAL_FORM_DECLARED_ONLY);
    assertThat(c.confidence()).isEqualTo(Confidence.DERIVED);
  }

  // --- statistical definition

  @Test
  void statistical_employerAssociationInChildcare_isCounted() {
    EssClassification c = EssPerimeter.statistical(employer("9220", "88.91A"));
    assertThat(c.definition()).isEqualTo(PerimeterDefinition.STATISTICAL);
    assertThat(c.family()).isEqualTo(EssFamily.ASSOCIATION);
    assertThat(c.rule()).isEqualTo(PerimeterRule.CJ_IN_LIST);
    assertThat(c.confidence()).isEqualTo(Confidence.DERIVED);
    assertThat(c.caveats()).isEmpty();
  }

  @Test
  void statistical_excludedActivities_areNotCounted() {
    for (String naf : List.of("84.11Z", "94.11Z", "94.20Z", "94.91Z", "94.92Z", "94.92Y")) {
      EssClassification c = EssPerimeter.statistical(employer("9220", naf));
      assertThat(c.inEss()).as(naf).isFalse();
      assertThat(c.rule()).as(naf).isEqualTo(PerimeterRule.ACTIVITY_EXCLUDED);
      assertThat(c.family()).as(naf).isEqualTo(EssFamily.OUTSIDE_ESS);
    }
  }

  @Test
  void statistical_professionalOrganisation_isCountedButFlagged() {
    EssClassification c = EssPerimeter.statistical(employer("9220", "94.12Z"));
    assertThat(c.inEss()).isTrue();
    assertThat(c.caveats()).containsExactly(Caveat.DOUBTFUL_ACTIVITY_EXCLUSION);
    assertThat(c.confidence()).isEqualTo(Confidence.UNCONFIRMED);
  }

  @Test
  void statistical_nonEmployer_isNotCounted() {
    EssClassification c =
        EssPerimeter.statistical(
            facts("9220")
                .withActivity(CodeNaf.of("88.91A"))
                .withEmployer(EmployerStatus.NON_EMPLOYER));
    assertThat(c.rule()).isEqualTo(PerimeterRule.NON_EMPLOYER);
    assertThat(c.confidence()).isEqualTo(Confidence.SECONDARY);
  }

  @Test
  void statistical_unknownActivityAndEmployer_isCountedButUnconfirmed() {
    EssClassification c = EssPerimeter.statistical(facts("9300"));
    assertThat(c.family()).isEqualTo(EssFamily.FONDATION);
    assertThat(c.caveats()).containsExactly(Caveat.ACTIVITY_UNKNOWN, Caveat.EMPLOYER_UNKNOWN);
    assertThat(c.confidence()).isEqualTo(Confidence.UNCONFIRMED);
  }

  @Test
  void statistical_commercialCompanyDeclaredEss_isNotCounted() {
    EssClassification c =
        EssPerimeter.statistical(
            employer("5710", "88.91A").withDeclaredStatus(DeclaredEssStatus.DECLARED_ESS));
    assertThat(c.rule()).isEqualTo(PerimeterRule.COMMERCIAL_COMPANY_NOT_COUNTED);
    assertThat(c.family()).isEqualTo(EssFamily.OUTSIDE_ESS);
  }

  @Test
  void statistical_fifthFamilyCandidate_isCountedAsOtherNonProfit() {
    EssClassification c = EssPerimeter.statistical(employer("9970", "86.10Z"));
    assertThat(c.family()).isEqualTo(EssFamily.OTHER_NON_PROFIT);
    assertThat(c.confidence()).isEqualTo(Confidence.UNCONFIRMED);
    assertThat(c.caveats()).containsExactly(Caveat.DOUBTFUL_LEGAL_CATEGORY);
  }

  @Test
  void statistical_publicBody_isNotInTheList() {
    EssClassification c = EssPerimeter.statistical(employer("7361", "88.91A"));
    assertThat(c.family()).isEqualTo(EssFamily.PUBLIC_SECTOR);
    assertThat(c.rule()).isEqualTo(PerimeterRule.CJ_NOT_IN_LIST);
  }

  @Test
  void classify_sameUnit_definitionsDisagreeOnCommercialCompanies() {
    PerimeterFacts sas =
        employer("5710", "88.91A").withDeclaredStatus(DeclaredEssStatus.DECLARED_ESS);
    assertThat(EssPerimeter.classify(sas, PerimeterDefinition.STATUTORY, DATE).inEss()).isTrue();
    assertThat(EssPerimeter.classify(sas, PerimeterDefinition.STATISTICAL, DATE).inEss()).isFalse();
  }

  @Test
  void activityExclusions_listTheFiveAppliedAndTheDoubtfulOne() {
    assertThat(EssPerimeter.activityExclusions())
        .extracting(ActivityExclusion::prefix)
        .containsExactly("84.", "94.11", "94.20", "94.91", "94.92", "94.12");
    assertThat(EssPerimeter.activityExclusions())
        .filteredOn(ActivityExclusion::doubtful)
        .extracting(ActivityExclusion::prefix)
        .containsExactly("94.12");
    assertThat(ActivityExclusion.find(CodeNaf.of("94.99Z"))).isEmpty();
    assertThat(
            ActivityExclusion.find(CodeNaf.of("84.30A"))
                .orElseThrow()
                .matches(CodeNaf.of("84.11Y")))
        .isTrue();
  }

  @Test
  void newClassification_familyContradictsRule_throws() {
    assertThatThrownBy(
            () ->
                new EssClassification(
                    PerimeterDefinition.STATUTORY,
                    EssFamily.OUTSIDE_ESS,
                    PerimeterRule.LEGAL_FORM,
                    Confidence.DERIVED,
                    Optional.empty(),
                    List.of()))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e ->
                assertThat(e.errorCode())
                    .isEqualTo(OrganizationErrorCode.CLASSIFICATION_INCONSISTENT));
    assertThatThrownBy(
            () ->
                new EssClassification(
                    PerimeterDefinition.STATISTICAL,
                    EssFamily.ASSOCIATION,
                    PerimeterRule.LEGAL_FORM,
                    Confidence.DERIVED,
                    Optional.empty(),
                    List.of()))
        .isInstanceOf(InvalidValueException.class);
  }

  // --- properties

  @Test
  void classify_anyFacts_isDeterministicAndConsistent() {
    qt().withExamples(1000)
        .forAll(
            OrganizationGenerators.perimeterFacts(), Generate.enumValues(PerimeterDefinition.class))
        .checkAssert(
            (facts, definition) -> {
              EssClassification c = EssPerimeter.classify(facts, definition, DATE);
              PerimeterFacts copy = PerimeterFactsBuilder.builder().from(facts).build();
              assertThat(EssPerimeter.classify(copy, definition, DATE)).isEqualTo(c);
              assertThat(c.definition()).isEqualTo(definition);
              assertThat(c.rule().definition()).isEqualTo(definition);
              assertThat(c.inEss()).isEqualTo(c.rule().includes());
              assertThat(c.confidence().weakest(c.rule().basis().confidence()))
                  .isEqualTo(c.confidence());
              if (!c.caveats().isEmpty()) {
                assertThat(c.isConfirmed()).isFalse();
              }
              assertThat(c.mapping().isPresent())
                  .isEqualTo(facts.legalForm().categorieJuridique().isPresent());
            });
  }

  @Test
  void statistical_excludedActivity_isOutWhateverTheLegalForm() {
    List<CodeNaf> excluded =
        List.of(
                "84.11Z", "84.25Z", "94.11Z", "94.20Z", "94.91Z", "94.92Z", "84.11Y", "94.20Y",
                "94.91Y", "94.92Y", "94.11Y")
            .stream()
            .map(CodeNaf::of)
            .toList();
    qt().withExamples(1000)
        .forAll(
            OrganizationGenerators.legalForms(),
            Generate.pick(excluded),
            Generate.enumValues(DeclaredEssStatus.class),
            Generate.enumValues(EmployerStatus.class))
        .checkAssert(
            (form, naf, declared, employer) -> {
              PerimeterFacts f =
                  PerimeterFacts.of(form)
                      .withActivity(naf)
                      .withDeclaredStatus(declared)
                      .withEmployer(employer);
              EssClassification c = EssPerimeter.statistical(f);
              assertThat(c.inEss()).isFalse();
              assertThat(c.family().isEss()).isFalse();
            });
  }

  @Test
  void statutory_inEss_exactlyForArticle1FormsOrEvidencedCommercialCompanies() {
    qt().withExamples(1000)
        .forAll(OrganizationGenerators.perimeterFacts())
        .checkAssert(
            facts -> {
              EssFamily family = facts.legalForm().family();
              boolean evidence =
                  facts.declaredStatus() == DeclaredEssStatus.DECLARED_ESS
                      || facts.esusAgrement().map(a -> a.isValidOn(DATE)).orElse(false);
              boolean expected =
                  family.isEssByLegalForm()
                      || family == EssFamily.SOCIETE_COMMERCIALE_ESS && evidence;
              EssClassification c = EssPerimeter.statutory(facts, DATE);
              assertThat(c.inEss()).isEqualTo(expected);
              if (c.inEss()) {
                assertThat(c.family()).isEqualTo(family);
              }
            });
  }

  @Test
  void statistical_counted_onlyListedEmployerFormsWithAllowedActivity() {
    qt().withExamples(1000)
        .forAll(OrganizationGenerators.perimeterFacts())
        .checkAssert(
            facts -> {
              EssClassification c = EssPerimeter.statistical(facts);
              if (c.inEss()) {
                assertThat(c.family()).isEqualTo(facts.legalForm().family());
                assertThat(c.family()).isNotEqualTo(EssFamily.SOCIETE_COMMERCIALE_ESS);
                assertThat(facts.employer()).isNotEqualTo(EmployerStatus.NON_EMPLOYER);
                facts
                    .activity()
                    .flatMap(ActivityExclusion::find)
                    .ifPresent(e -> assertThat(e.doubtful()).isTrue());
              }
            });
  }

  @Test
  void classify_everyCategorieJuridique_givesOneFamilyMatchingItsMapping() {
    qt().withExamples(1000)
        .forAll(IdentifierGenerators.categoriesJuridiques())
        .checkAssert(
            cj -> {
              CjMapping mapping = CjMappings.of(cj);
              assertThat(LegalForm.of(cj).family())
                  .isEqualTo(
                      mapping.commercialCompany()
                          ? EssFamily.SOCIETE_COMMERCIALE_ESS
                          : mapping.familyByForm());
              EssClassification c = EssPerimeter.statutory(facts(cj.toString()), DATE);
              assertThat(c.mapping()).contains(mapping);
              assertThat(c.has(Caveat.DOUBTFUL_LEGAL_CATEGORY)).isEqualTo(mapping.doubtful());
            });
    assertThat(CategorieJuridique.all()).allSatisfy(cj -> CjMappings.of(cj));
  }
}
