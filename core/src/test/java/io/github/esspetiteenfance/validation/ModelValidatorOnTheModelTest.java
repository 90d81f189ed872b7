package io.github.esspetiteenfance.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.esspetiteenfance.constraints.fr.ValidCodeCommune;
import io.github.esspetiteenfance.constraints.fr.ValidSiren;
import io.github.esspetiteenfance.constraints.fr.ValidSiret;
import io.github.esspetiteenfance.establishment.Establishment;
import io.github.esspetiteenfance.structure.Structure;
import io.github.esspetiteenfance.testing.EstablishmentGenerators;
import io.github.esspetiteenfance.testing.OrganizationGenerators;
import io.github.esspetiteenfance.testing.SeedPortraits;
import io.github.esspetiteenfance.testing.StructureGenerators;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The validation service on the library's own constraints and on the records of the model. */
class ModelValidatorOnTheModelTest {

  private final ModelValidator validator = ModelValidator.shared();

  /** A test-only record holding the library's identifier constraints and model records. */
  record Directory(
      @NotBlank String name,
      @ValidSiren String siren,
      Optional<@ValidSiret String> siret,
      List<@ValidCodeCommune String> communes,
      List<@Valid Establishment> establishments,
      @Valid Structure featured) {}

  @Test
  void libraryConstraints_areFoundWithTheirMessagesWithoutConfiguration() {
    Establishment seed = SeedPortraits.microScop();
    Directory directory =
        new Directory(
            "Annuaire",
            "123456789",
            Optional.of("12345678901234"),
            List.of("44109", "99999x"),
            List.of(seed),
            seed.structure());
    ValidationReport<Directory> report = validator.validate(directory, Locale.FRENCH);

    assertThat(report.problems())
        .extracting(Problem::path, Problem::code)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("communes[1]", "constraint.ValidCodeCommune"),
            org.assertj.core.groups.Tuple.tuple("siren", "constraint.ValidSiren"),
            org.assertj.core.groups.Tuple.tuple("siret", "constraint.ValidSiret"));
    Problem siren = report.problems().get(1);
    assertThat(siren.messageEnglish())
        .isEqualTo("must be a valid SIREN: its Luhn check digit is wrong");
    assertThat(siren.messageFrench())
        .isEqualTo("doit être un SIREN valide : sa clé de Luhn est fausse");
    assertThat(siren.rejectedValue()).contains("123456789");
    assertThat(siren.constraint()).isEqualTo(ValidSiren.class.getName());
    assertThat(report.message(Locale.FRENCH).lines()).allMatch(m -> m.contains("doit"));
  }

  @Test
  void anyGeneratedStructure_isValid() {
    qt().withExamples(1000)
        .forAll(StructureGenerators.structures())
        .checkAssert(s -> assertThat(validator.validate(s).problems()).isEmpty());
  }

  @Test
  void anyGeneratedEstablishment_isValid_andCascadesThroughItsRecords() {
    qt().withExamples(300)
        .forAll(EstablishmentGenerators.establishments())
        .checkAssert(e -> assertThat(validator.validate(e).orThrow()).isSameAs(e));
  }

  @Test
  void anyGeneratedOrganization_isValid() {
    qt().withExamples(1000)
        .forAll(OrganizationGenerators.organizations())
        .checkAssert(o -> assertThat(validator.validate(o).isValid()).isTrue());
  }

  @Test
  void seedPortraits_areValid() {
    assertThat(SeedPortraits.all())
        .isNotEmpty()
        .allSatisfy(e -> assertThat(validator.validate(e).problems()).isEmpty());
  }
}
