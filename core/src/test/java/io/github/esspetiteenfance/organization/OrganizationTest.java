package io.github.esspetiteenfance.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.github.esspetiteenfance.CommonErrorCode;
import io.github.esspetiteenfance.InvalidValueException;
import io.github.esspetiteenfance.identifier.CodeNaf;
import io.github.esspetiteenfance.identifier.RnaNumber;
import io.github.esspetiteenfance.identifier.Siren;
import io.github.esspetiteenfance.legal.Confidence;
import io.github.esspetiteenfance.testing.OrganizationGenerators;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class OrganizationTest {

  private static final LocalDate DATE = LocalDate.of(2026, 6, 1);
  private static final RnaNumber RNA = RnaNumber.of("W751515517");

  private static OrganizationBuilder base(LegalForm form) {
    return OrganizationBuilder.builder()
        .name("Crèche Les Lutins")
        .legalForm(form)
        .declaredStatus(DeclaredEssStatus.NOT_DECLARED)
        .employer(EmployerStatus.UNKNOWN);
  }

  private static void assertCode(ThrowingCallable call, io.github.esspetiteenfance.ErrorCode code) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.errorCode()).isEqualTo(code));
  }

  // --- identifiers and invariants

  @Test
  void builder_registeredAssociationWithSirenAndRna_isValid() {
    Organization o =
        base(LegalForm.of("9230"))
            .siren(Siren.of("732829320"))
            .rna(RNA)
            .addStatuses(SpecificStatus.ASSOCIATION_DECLAREE, SpecificStatus.ASSOCIATION_RUP)
            .activity(CodeNaf.of("88.91A"))
            .employer(EmployerStatus.EMPLOYER)
            .build();
    assertThat(o.rna()).contains(RNA);
    assertThat(o.perimeterFacts().activity()).contains(CodeNaf.of("88.91A"));
    assertThat(EssPerimeter.classify(o, PerimeterDefinition.STATISTICAL, DATE).inEss()).isTrue();
  }

  @Test
  void builder_rnaOnACooperative_throws() {
    assertCode(
        () -> base(LegalForm.of("5458")).rna(RNA).build(),
        OrganizationErrorCode.RNA_NOT_ASSOCIATION);
  }

  @Test
  void builder_rnaOnAlsaceMoselleOrUndeclaredAssociation_throws() {
    assertCode(
        () -> base(LegalForm.of("9260")).rna(RNA).build(),
        OrganizationErrorCode.RNA_NOT_REGISTERED);
    assertCode(
        () -> base(LegalForm.of("9210")).rna(RNA).build(),
        OrganizationErrorCode.RNA_NOT_REGISTERED);
    assertCode(
        () ->
            base(LegalForm.declared(
                    EssFamily.ASSOCIATION, "association", Confidence.SECONDARY, "s"))
                .rna(RNA)
                .addStatuses(SpecificStatus.ASSOCIATION_DROIT_LOCAL)
                .build(),
        OrganizationErrorCode.RNA_NOT_REGISTERED);
  }

  @Test
  void builder_alsaceMoselleAssociationWithoutRna_isValid() {
    Organization o =
        base(LegalForm.of("9260")).addStatuses(SpecificStatus.ASSOCIATION_DROIT_LOCAL).build();
    assertThat(o.rna()).isEmpty();
    assertThat(EssPerimeter.statutory(o.perimeterFacts(), DATE).family())
        .isEqualTo(EssFamily.ASSOCIATION);
  }

  @Test
  void builder_scopOnSasDeclaredEss_isValid() {
    Organization o =
        base(LegalForm.of("5710"))
            .declaredStatus(DeclaredEssStatus.DECLARED_ESS)
            .addStatuses(SpecificStatus.SCOP)
            .build();
    assertThat(o.has(SpecificStatus.SCOP)).isTrue();
  }

  @Test
  void builder_scopOnSasWithoutDeclarationOrOnAnAssociation_throws() {
    assertCode(
        () -> base(LegalForm.of("5710")).addStatuses(SpecificStatus.SCOP).build(),
        OrganizationErrorCode.STATUS_INCOMPATIBLE);
    assertCode(
        () -> base(LegalForm.of("9220")).addStatuses(SpecificStatus.SCOP).build(),
        OrganizationErrorCode.STATUS_INCOMPATIBLE);
    assertCode(
        () -> base(LegalForm.of("5460")).addStatuses(SpecificStatus.SCOP).build(),
        OrganizationErrorCode.STATUS_INCOMPATIBLE);
  }

  @Test
  void builder_scopAndScic_throwsExclusive() {
    assertCode(
        () ->
            base(LegalForm.of("5710"))
                .declaredStatus(DeclaredEssStatus.DECLARED_ESS)
                .addStatuses(SpecificStatus.SCOP, SpecificStatus.SCIC)
                .build(),
        OrganizationErrorCode.STATUSES_EXCLUSIVE);
  }

  @Test
  void builder_duplicateStatusOrNetwork_throws() {
    assertCode(
        () ->
            base(LegalForm.of("9220"))
                .addStatuses(
                    SpecificStatus.ASSOCIATION_DECLAREE, SpecificStatus.ASSOCIATION_DECLAREE)
                .build(),
        CommonErrorCode.DUPLICATE);
    assertCode(
        () ->
            base(LegalForm.of("9220"))
                .addMemberships(
                    Membership.of("acepp", MembershipRole.MEMBER),
                    Membership.of("acepp", MembershipRole.FOUNDING_MEMBER))
                .build(),
        CommonErrorCode.DUPLICATE);
  }

  @Test
  void builder_esusAgrementOnAPublicBody_throws() {
    assertCode(
        () -> base(LegalForm.of("7210")).esusAgrement(EsusAgrement.of(DATE, DATE)).build(),
        OrganizationErrorCode.ESUS_FORM_NOT_ELIGIBLE);
  }

  @Test
  void builder_blankName_throwsWithFrenchMessage() {
    assertThatThrownBy(() -> base(LegalForm.of("9220")).name(" ").build())
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.errorCode()).isEqualTo(CommonErrorCode.BLANK);
              assertThat(e.field()).contains("name");
              assertThat(e.message(Locale.FRENCH)).contains("name");
            });
  }

  @Test
  void builder_incompatibleStatus_messageNamesStatusFormAndDeclaration() {
    assertThatThrownBy(() -> base(LegalForm.of("5710")).addStatuses(SpecificStatus.SCIC).build())
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.field()).contains("statuses[0]");
              assertThat(e.message(Locale.ENGLISH)).contains("SCIC").contains("5710");
            });
  }

  @Test
  void builder_anyGeneratedOrganization_roundTripsThroughTheBuilder() {
    qt().withExamples(1000)
        .forAll(OrganizationGenerators.organizations())
        .checkAssert(
            o -> {
              Organization copy = OrganizationBuilder.builder().from(o).build();
              assertThat(copy).isEqualTo(o);
              assertThat(copy.hashCode()).isEqualTo(o.hashCode());
              assertThat(o.statuses())
                  .allSatisfy(
                      s ->
                          assertThat(s.isCompatibleWith(o.legalForm(), o.declaredStatus()))
                              .isTrue());
              o.rna()
                  .ifPresent(r -> assertThat(o.legalFormFamily()).isEqualTo(EssFamily.ASSOCIATION));
              assertThat(o.perimeterFacts().legalForm()).isEqualTo(o.legalForm());
            });
  }

  @Test
  void statuses_areCopiedDefensively() {
    List<SpecificStatus> list =
        new java.util.ArrayList<>(List.of(SpecificStatus.ASSOCIATION_DECLAREE));
    Organization o =
        new Organization(
            "A",
            Optional.empty(),
            Optional.empty(),
            LegalForm.of("9220"),
            DeclaredEssStatus.NOT_DECLARED,
            Optional.empty(),
            list,
            List.of(),
            Optional.empty(),
            Optional.empty(),
            EmployerStatus.UNKNOWN,
            List.of());
    list.add(SpecificStatus.ASSOCIATION_RUP);
    assertThat(o.statuses()).containsExactly(SpecificStatus.ASSOCIATION_DECLAREE);
    assertThatThrownBy(() -> o.statuses().add(SpecificStatus.ASSOCIATION_RUP))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
