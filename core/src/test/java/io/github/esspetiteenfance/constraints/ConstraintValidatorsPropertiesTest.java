package io.github.esspetiteenfance.constraints;

import static org.quicktheories.QuickTheory.qt;

import io.github.esspetiteenfance.testing.IdentifierGenerators;
import jakarta.validation.ConstraintValidator;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Each constraint validator accepts exactly the texts that the value type's {@code isValid}
 * accepts, on generated valid identifiers and on arbitrary or near-valid texts.
 */
class ConstraintValidatorsPropertiesTest {

  private static final int EXAMPLES = 1000;

  private static Gen<String> texts() {
    Gen<String> valid =
        Generate.oneOf(
            IdentifierGenerators.sirens().map(Object::toString),
            IdentifierGenerators.sirets().map(Object::toString),
            IdentifierGenerators.laPosteSirets().map(Object::toString),
            IdentifierGenerators.rnaNumbers().map(Object::toString),
            IdentifierGenerators.codesNaf().map(Object::toString),
            IdentifierGenerators.categoriesJuridiques().map(Object::toString),
            IdentifierGenerators.codesCommune().map(Object::toString),
            IdentifierGenerators.codesDepartement().map(Object::toString),
            IdentifierGenerators.finessNumbers().map(Object::toString));
    return Generate.oneOf(valid, IdentifierGenerators.identifierLikeTexts());
  }

  private static void agrees(
      ConstraintValidator<?, CharSequence> validator, Predicate<String> isValid) {
    qt().withExamples(EXAMPLES)
        .forAll(texts())
        .check(text -> validator.isValid(text, null) == isValid.test(text));
  }

  @Test
  void siren_agreesWithValueType() {
    agrees(new SirenValidator(), io.github.esspetiteenfance.identifier.Siren::isValid);
  }

  @Test
  void siret_agreesWithValueType() {
    agrees(new SiretValidator(), io.github.esspetiteenfance.identifier.Siret::isValid);
  }

  @Test
  void rna_agreesWithValueType() {
    agrees(new RnaValidator(), io.github.esspetiteenfance.identifier.RnaNumber::isValid);
  }

  @Test
  void codeNaf_agreesWithValueType() {
    agrees(new CodeNafValidator(), io.github.esspetiteenfance.identifier.CodeNaf::isValid);
  }

  @Test
  void categorieJuridique_agreesWithValueType() {
    agrees(
        new CategorieJuridiqueValidator(),
        io.github.esspetiteenfance.identifier.CategorieJuridique::isValid);
  }

  @Test
  void codeCommune_agreesWithValueType() {
    agrees(new CodeCommuneValidator(), io.github.esspetiteenfance.identifier.CodeCommune::isValid);
  }

  @Test
  void codeDepartement_agreesWithValueType() {
    agrees(
        new CodeDepartementValidator(),
        io.github.esspetiteenfance.identifier.CodeDepartement::isValid);
  }

  @Test
  void codeRegion_agreesWithValueType() {
    agrees(new CodeRegionValidator(), io.github.esspetiteenfance.identifier.CodeRegion::isValid);
  }

  @Test
  void codePostal_agreesWithValueType() {
    agrees(new CodePostalValidator(), io.github.esspetiteenfance.identifier.CodePostal::isValid);
  }

  @Test
  void finess_agreesWithValueType() {
    agrees(new FinessValidator(), io.github.esspetiteenfance.identifier.FinessNumber::isValid);
  }
}
