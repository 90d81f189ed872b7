package io.github.esspetiteenfance.establishment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.github.esspetiteenfance.CommonErrorCode;
import io.github.esspetiteenfance.InvalidValueException;
import io.github.esspetiteenfance.MissingAttributesException;
import io.github.esspetiteenfance.identifier.CodeCommune;
import io.github.esspetiteenfance.identifier.CodeDepartement;
import io.github.esspetiteenfance.identifier.Siren;
import io.github.esspetiteenfance.identifier.Siret;
import io.github.esspetiteenfance.legal.Confidence;
import io.github.esspetiteenfance.organization.DeclaredEssStatus;
import io.github.esspetiteenfance.organization.EmployerStatus;
import io.github.esspetiteenfance.organization.EssFamily;
import io.github.esspetiteenfance.organization.LegalForm;
import io.github.esspetiteenfance.organization.Organization;
import io.github.esspetiteenfance.organization.OrganizationBuilder;
import io.github.esspetiteenfance.structure.MicroCrecheBuilder;
import io.github.esspetiteenfance.structure.StructureKind;
import io.github.esspetiteenfance.testing.EstablishmentGenerators;
import io.github.esspetiteenfance.testing.IdentifierGenerators;
import io.github.esspetiteenfance.testing.Validators;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EstablishmentTest {

  /** A valid SIREN and a SIRET of it (Luhn-checked). */
  private static final Siren SIREN = Siren.of("732829320");

  private static final Siret SIRET = Siret.of("73282932000074");

  private static Organization association(Optional<Siren> siren) {
    return OrganizationBuilder.builder()
        .name("Association des P'tits Loups")
        .siren(siren)
        .legalForm(
            LegalForm.declared(EssFamily.ASSOCIATION, "association", Confidence.CONFIRMED, "test"))
        .declaredStatus(DeclaredEssStatus.NOT_DECLARED)
        .employer(EmployerStatus.UNKNOWN)
        .build();
  }

  private static EstablishmentBuilder crecheBuilder(Organization operator) {
    return EstablishmentBuilder.builder()
        .name("Les P'tits Loups")
        .operator(operator)
        .structure(MicroCrecheBuilder.builder().build())
        .addSites(Site.of(CodeCommune.of("44100")));
  }

  @Test
  void build_minimal_keepsWhatIsKnown() {
    Establishment e = crecheBuilder(association(Optional.empty())).build();
    assertThat(e.siret()).isEmpty();
    assertThat(e.kind()).isEqualTo(StructureKind.MICRO_CRECHE);
    assertThat(e.communes()).containsExactly(CodeCommune.of("44100"));
    assertThat(e.departements()).containsExactly(CodeDepartement.of("44"));
    assertThat(e.jobs()).isEmpty();
    assertThat(e.history()).isEmpty();
    assertThat(e.sitesWithoutCommune()).isEmpty();
  }

  @Test
  void build_siretOfTheOperatorsSiren_isAccepted() {
    assertThat(SIRET.siren()).isEqualTo(SIREN);
    Establishment e = crecheBuilder(association(Optional.of(SIREN))).siret(SIRET).build();
    assertThat(e.siret()).contains(SIRET);
    assertThat(crecheBuilder(association(Optional.empty())).siret(SIRET).build().siret())
        .contains(SIRET);
  }

  @Test
  void build_siretOfAnotherSiren_throwsMismatch() {
    Organization other = association(Optional.of(Siren.of("552100554")));
    assertThatThrownBy(() -> crecheBuilder(other).siret(SIRET).build())
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.errorCode()).isEqualTo(EstablishmentErrorCode.SIRET_SIREN_MISMATCH);
              assertThat(e.field()).contains("siret");
              assertThat(e.message(Locale.FRENCH))
                  .isEqualTo(
                      "Le SIRET 73282932000074 n'appartient pas au SIREN 552100554 du"
                          + " gestionnaire.");
            });
  }

  @Test
  void build_anySiretAndOperatorSiren_acceptedExactlyWhenTheyMatch() {
    qt().withExamples(1000)
        .forAll(
            IdentifierGenerators.sirets(),
            IdentifierGenerators.sirens().toOptionals(20),
            org.quicktheories.generators.Generate.booleans())
        .checkAssert(
            (siret, otherSiren, sameSiren) -> {
              Optional<Siren> operatorSiren = sameSiren ? Optional.of(siret.siren()) : otherSiren;
              EstablishmentBuilder builder = crecheBuilder(association(operatorSiren)).siret(siret);
              boolean matches =
                  operatorSiren.isEmpty() || operatorSiren.get().equals(siret.siren());
              if (matches) {
                assertThat(builder.build().siret()).contains(siret);
              } else {
                assertThatThrownBy(builder::build)
                    .isInstanceOfSatisfying(
                        InvalidValueException.class,
                        e ->
                            assertThat(e.errorCode())
                                .isEqualTo(EstablishmentErrorCode.SIRET_SIREN_MISMATCH));
              }
            });
  }

  @Test
  void build_noSiteOrDuplicateSite_throws() {
    assertThatThrownBy(
            () ->
                EstablishmentBuilder.builder()
                    .name("X")
                    .operator(association(Optional.empty()))
                    .structure(MicroCrecheBuilder.builder().build())
                    .build())
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.errorCode()).isEqualTo(EstablishmentErrorCode.NO_SITE));
    assertThatThrownBy(
            () ->
                crecheBuilder(association(Optional.empty()))
                    .addSites(Site.of(CodeCommune.of("44100")))
                    .build())
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.errorCode()).isEqualTo(EstablishmentErrorCode.DUPLICATE_SITE);
              assertThat(e.field()).contains("sites[1]");
            });
  }

  @Test
  void build_blankName_throwsBlank() {
    assertThatThrownBy(() -> crecheBuilder(association(Optional.empty())).name(" ").build())
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.errorCode()).isEqualTo(CommonErrorCode.BLANK));
  }

  @Test
  void build_duplicatePartner_throws() {
    assertThatThrownBy(
            () ->
                crecheBuilder(association(Optional.empty()))
                    .addPartners(
                        Partner.of("Pôle ESS Vendée", PartnerRole.CREATION_SUPPORT),
                        Partner.of("Pôle ESS Vendée ", PartnerRole.CREATION_SUPPORT))
                    .build())
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.errorCode()).isEqualTo(EstablishmentErrorCode.DUPLICATE_PARTNER));
  }

  @Test
  void build_missingRequiredAttributes_throwsTypedErrorWithTheirNames() {
    assertThatThrownBy(
            () -> EstablishmentBuilder.builder().addSites(Site.of(CodeCommune.of("44100"))).build())
        .isInstanceOfSatisfying(
            MissingAttributesException.class,
            e -> {
              assertThat(e.errorCode()).isEqualTo(CommonErrorCode.MISSING_ATTRIBUTES);
              assertThat(e.missingAttributes()).containsExactly("name", "operator", "structure");
              assertThat(e).isInstanceOf(MissingAttributesException.class);
              assertThat(e.message(Locale.ENGLISH))
                  .isEqualTo(
                      "Cannot build: required attributes are missing: name, operator, structure.");
            });
  }

  @Test
  void milestoneAndPartner_otherWithoutDescription_throws() {
    assertThatThrownBy(() -> new Milestone(MilestoneKind.OTHER, Optional.empty(), Optional.empty()))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e ->
                assertThat(e.errorCode())
                    .isEqualTo(EstablishmentErrorCode.OTHER_WITHOUT_DESCRIPTION));
    assertThatThrownBy(() -> Partner.of("Commune", PartnerRole.OTHER))
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void builder_fromAnyEstablishment_rebuildsAnEqualOne() {
    qt().withExamples(1000)
        .forAll(EstablishmentGenerators.establishments())
        .checkAssert(
            e -> {
              assertThat(EstablishmentBuilder.builder().from(e).build()).isEqualTo(e);
              assertThat(e.withName("Autre nom").name()).isEqualTo("Autre nom");
              assertThat(e.communes()).hasSizeLessThanOrEqualTo(e.sites().size());
              e.siret()
                  .ifPresent(
                      s ->
                          e.operator()
                              .siren()
                              .ifPresent(siren -> assertThat(s.siren()).isEqualTo(siren)));
            });
  }

  @Test
  void validate_anyGeneratedEstablishment_hasNoViolationAndConstraintsAgree() {
    try (ValidatorFactory factory = Validators.withoutExpressionLanguage()) {
      Validator validator = factory.getValidator();
      qt().withExamples(1000)
          .forAll(EstablishmentGenerators.establishments())
          .checkAssert(e -> assertThat(validator.validate(e)).isEmpty());
      assertThat(validator.validateValue(Establishment.class, "name", " ")).hasSize(1);
      assertThat(validator.validateValue(Establishment.class, "sites", List.of())).hasSize(1);
      assertThat(validator.validateValue(Jobs.class, "headcount", Optional.of(-1))).hasSize(1);
      assertThat(validator.validateValue(Jobs.class, "year", 1899)).hasSize(1);
      assertThat(validator.validateValue(Site.class, "address", Optional.of(" "))).hasSize(1);
      assertThat(validator.validateValue(Site.class, "address", Optional.empty())).isEmpty();
    }
  }
}
