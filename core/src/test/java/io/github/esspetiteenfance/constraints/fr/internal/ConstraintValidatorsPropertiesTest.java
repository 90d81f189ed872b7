package io.github.esspetiteenfance.constraints.fr.internal;

import static org.quicktheories.QuickTheory.qt;

import io.github.esspetiteenfance.constraints.fr.ValidCategorieJuridique;
import io.github.esspetiteenfance.constraints.fr.ValidCodeCommune;
import io.github.esspetiteenfance.constraints.fr.ValidCodeDepartement;
import io.github.esspetiteenfance.constraints.fr.ValidCodeNaf;
import io.github.esspetiteenfance.constraints.fr.ValidCodePostal;
import io.github.esspetiteenfance.constraints.fr.ValidCodeRegion;
import io.github.esspetiteenfance.constraints.fr.ValidFiness;
import io.github.esspetiteenfance.constraints.fr.ValidRna;
import io.github.esspetiteenfance.constraints.fr.ValidSiren;
import io.github.esspetiteenfance.constraints.fr.ValidSiret;
import io.github.esspetiteenfance.identifier.IdentifierViolation;
import io.github.esspetiteenfance.testing.IdentifierGenerators;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.assertj.core.api.Assertions;
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

  /** A validator, its constraint and the value type's check it must follow. */
  record Case(
      IdentifierValidator<?> validator,
      Class<?> constraint,
      Function<CharSequence, Optional<IdentifierViolation>> check) {}

  private static List<Case> cases() {
    return List.of(
        new Case(
            new SirenValidator(),
            ValidSiren.class,
            io.github.esspetiteenfance.identifier.Siren::check),
        new Case(
            new SiretValidator(),
            ValidSiret.class,
            io.github.esspetiteenfance.identifier.Siret::check),
        new Case(
            new RnaValidator(),
            ValidRna.class,
            io.github.esspetiteenfance.identifier.RnaNumber::check),
        new Case(
            new CodeNafValidator(),
            ValidCodeNaf.class,
            io.github.esspetiteenfance.identifier.CodeNaf::check),
        new Case(
            new CategorieJuridiqueValidator(),
            ValidCategorieJuridique.class,
            io.github.esspetiteenfance.identifier.CategorieJuridique::check),
        new Case(
            new CodeCommuneValidator(),
            ValidCodeCommune.class,
            io.github.esspetiteenfance.identifier.CodeCommune::check),
        new Case(
            new CodeDepartementValidator(),
            ValidCodeDepartement.class,
            io.github.esspetiteenfance.identifier.CodeDepartement::check),
        new Case(
            new CodeRegionValidator(),
            ValidCodeRegion.class,
            io.github.esspetiteenfance.identifier.CodeRegion::check),
        new Case(
            new CodePostalValidator(),
            ValidCodePostal.class,
            io.github.esspetiteenfance.identifier.CodePostal::check),
        new Case(
            new FinessValidator(),
            ValidFiness.class,
            io.github.esspetiteenfance.identifier.FinessNumber::check));
  }

  /**
   * A context that records the calls of the base class: {@code [disable, template]} when it
   * replaced the default message.
   */
  private static ConstraintValidatorContext recording(String defaultTemplate, List<String> calls) {
    Object builder =
        Proxy.newProxyInstance(
            ConstraintValidatorContext.class.getClassLoader(),
            new Class<?>[] {ConstraintValidatorContext.ConstraintViolationBuilder.class},
            (proxy, method, args) -> {
              calls.add(method.getName());
              return method.getReturnType().isInstance(proxy) ? proxy : null;
            });
    return (ConstraintValidatorContext)
        Proxy.newProxyInstance(
            ConstraintValidatorContext.class.getClassLoader(),
            new Class<?>[] {ConstraintValidatorContext.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "getDefaultConstraintMessageTemplate" -> defaultTemplate;
                  case "disableDefaultConstraintViolation" -> {
                    calls.add("disable");
                    yield null;
                  }
                  case "buildConstraintViolationWithTemplate" -> {
                    calls.add((String) args[0]);
                    yield builder;
                  }
                  default -> throw new UnsupportedOperationException(method.getName());
                });
  }

  @Test
  void baseClass_nullValid_andTheViolationCodeBecomesTheMessageKey() {
    for (Case c : cases()) {
      Assertions.assertThat(c.validator().isValid(null, null)).isTrue();
      qt().withExamples(EXAMPLES)
          .forAll(texts())
          .check(
              text -> {
                List<String> calls = new ArrayList<>();
                String defaultTemplate = "{" + c.constraint().getName() + ".message}";
                boolean valid = c.validator().isValid(text, recording(defaultTemplate, calls));
                Optional<IdentifierViolation> violation = c.check().apply(text);
                List<String> expected =
                    violation
                        .map(
                            v -> List.of("disable", "{" + v.code() + "}", "addConstraintViolation"))
                        .orElse(List.of());
                return valid == violation.isEmpty() && calls.equals(expected);
              });
    }
  }

  @Test
  void baseClass_customMessage_notReplaced() {
    for (Case c : cases()) {
      List<String> calls = new ArrayList<>();
      Assertions.assertThat(c.validator().isValid("x", recording("my message", calls))).isFalse();
      Assertions.assertThat(calls).isEmpty();
    }
  }
}
