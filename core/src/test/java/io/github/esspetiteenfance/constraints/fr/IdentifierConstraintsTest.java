package io.github.esspetiteenfance.constraints.fr;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.esspetiteenfance.identifier.CategorieJuridique;
import io.github.esspetiteenfance.identifier.CodeCommune;
import io.github.esspetiteenfance.identifier.CodeDepartement;
import io.github.esspetiteenfance.identifier.CodeNaf;
import io.github.esspetiteenfance.identifier.CodePostal;
import io.github.esspetiteenfance.identifier.CodeRegion;
import io.github.esspetiteenfance.identifier.FinessNumber;
import io.github.esspetiteenfance.identifier.IdentifierViolation;
import io.github.esspetiteenfance.identifier.RnaNumber;
import io.github.esspetiteenfance.identifier.Siren;
import io.github.esspetiteenfance.identifier.Siret;
import io.github.esspetiteenfance.testing.Validators;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The identifier constraints, run by Hibernate Validator built with {@link
 * ParameterMessageInterpolator} (no expression language on the classpath).
 */
class IdentifierConstraintsTest {

  /** One field per constraint; each test sets one field and leaves the others null. */
  static final class Holder {
    @ValidSiren String siren;
    @ValidSiret String siret;
    @ValidRna String rna;
    @ValidCodeNaf String codeNaf;
    @ValidCategorieJuridique String categorieJuridique;
    @ValidCodeCommune String codeCommune;
    @ValidCodeDepartement String codeDepartement;
    @ValidCodeRegion String codeRegion;
    @ValidCodePostal String codePostal;
    @ValidFiness String finess;
    List<@ValidSiret String> sirets = List.of();

    Holder with(String field, String value) {
      try {
        Holder.class.getDeclaredField(field).set(this, value);
      } catch (ReflectiveOperationException e) {
        throw new AssertionError(e);
      }
      return this;
    }
  }

  /** The value type's check behind each field's constraint. */
  private static final Map<String, Function<CharSequence, Optional<IdentifierViolation>>> CHECKS =
      Map.of(
          "siren", Siren::check,
          "siret", Siret::check,
          "rna", RnaNumber::check,
          "codeNaf", CodeNaf::check,
          "categorieJuridique", CategorieJuridique::check,
          "codeCommune", CodeCommune::check,
          "codeDepartement", CodeDepartement::check,
          "codeRegion", CodeRegion::check,
          "codePostal", CodePostal::check,
          "finess", FinessNumber::check);

  private static ValidatorFactory english;
  private static ValidatorFactory french;

  @BeforeAll
  static void buildFactories() {
    english = Validators.withoutExpressionLanguage();
    french =
        Validation.byDefaultProvider()
            .configure()
            .messageInterpolator(
                new ParameterMessageInterpolator(
                    Set.of(Locale.FRENCH, Locale.ENGLISH), Locale.FRENCH, false))
            .buildValidatorFactory();
  }

  @AfterAll
  static void closeFactories() {
    english.close();
    french.close();
  }

  private static Set<ConstraintViolation<Holder>> validate(String field, String value) {
    return english.getValidator().validate(new Holder().with(field, value));
  }

  static Stream<Arguments> valid() {
    return Stream.of(
        Arguments.of("siren", "552081317"),
        Arguments.of("siren", "130 025 265"),
        Arguments.of("siren", "356000000"),
        Arguments.of("siret", "13002526500013"),
        Arguments.of("siret", "552 081 317 66522"),
        Arguments.of("siret", "35600000000048"),
        Arguments.of("siret", "35600000049837"),
        Arguments.of("rna", "W751515517"),
        Arguments.of("codeNaf", "88.91A"),
        Arguments.of("codeNaf", "8891A"),
        Arguments.of("codeNaf", "88.91G"),
        Arguments.of("categorieJuridique", "5458"),
        Arguments.of("categorieJuridique", "9220"),
        Arguments.of("codeCommune", "44100"),
        Arguments.of("codeCommune", "2A004"),
        Arguments.of("codeCommune", "97105"),
        Arguments.of("codeDepartement", "44"),
        Arguments.of("codeDepartement", "2B"),
        Arguments.of("codeDepartement", "974"),
        Arguments.of("codeRegion", "52"),
        Arguments.of("codePostal", "44690"),
        Arguments.of("finess", "440000057"));
  }

  @ParameterizedTest
  @MethodSource("valid")
  void validText_noViolation(String field, String value) {
    assertThat(validate(field, value)).isEmpty();
  }

  static Stream<Arguments> invalid() {
    return Stream.of(
        Arguments.of("siren", "552081318", ValidSiren.class),
        Arguments.of("siren", "55208131", ValidSiren.class),
        Arguments.of("siren", "", ValidSiren.class),
        Arguments.of("siret", "13002526500014", ValidSiret.class),
        Arguments.of("siret", "35600000049838", ValidSiret.class),
        Arguments.of("siret", "MONACOCONFO001", ValidSiret.class),
        Arguments.of("rna", "W75151551", ValidRna.class),
        Arguments.of("rna", "751515517W", ValidRna.class),
        Arguments.of("codeNaf", "88.91", ValidCodeNaf.class),
        Arguments.of("codeNaf", "88.91a", ValidCodeNaf.class),
        Arguments.of("categorieJuridique", "5498", ValidCategorieJuridique.class),
        Arguments.of("categorieJuridique", "92", ValidCategorieJuridique.class),
        Arguments.of("codeCommune", "20004", ValidCodeCommune.class),
        Arguments.of("codeCommune", "44000", ValidCodeCommune.class),
        Arguments.of("codeDepartement", "20", ValidCodeDepartement.class),
        Arguments.of("codeDepartement", "975", ValidCodeDepartement.class),
        Arguments.of("codeRegion", "5", ValidCodeRegion.class),
        Arguments.of("codePostal", "4469", ValidCodePostal.class),
        Arguments.of("finess", "200000057", ValidFiness.class));
  }

  @ParameterizedTest
  @MethodSource("invalid")
  void invalidText_oneViolationOfTheConstraint(
      String field, String value, Class<? extends Annotation> constraint) {
    Set<ConstraintViolation<Holder>> violations = validate(field, value);
    assertThat(violations).hasSize(1);
    ConstraintViolation<Holder> violation = violations.iterator().next();
    assertThat(violation.getPropertyPath()).hasToString(field);
    assertThat(violation.getConstraintDescriptor().getAnnotation().annotationType())
        .isEqualTo(constraint);
    assertThat(violation.getMessageTemplate())
        .isEqualTo("{" + CHECKS.get(field).apply(value).orElseThrow().code() + "}");
    assertThat(violation.getMessage()).doesNotStartWith("{").startsWith("must be");
    assertThat(violation.getInvalidValue()).isEqualTo(value);
  }

  @Test
  void nullEverywhere_valid() {
    assertThat(english.getValidator().validate(new Holder())).isEmpty();
  }

  @Test
  void containerElement_validated() {
    Holder holder = new Holder();
    holder.sirets = List.of("13002526500013", "13002526500014");
    assertThat(english.getValidator().validate(holder))
        .singleElement()
        .satisfies(v -> assertThat(v.getPropertyPath().toString()).startsWith("sirets["));
  }

  @Test
  void messages_englishAndFrench() {
    Holder holder = new Holder().with("siren", "552081318");
    Validator en = english.getValidator();
    Validator fr = french.getValidator();
    assertThat(en.validate(holder))
        .singleElement()
        .extracting(ConstraintViolation::getMessage)
        .isEqualTo("must be a valid SIREN: its Luhn check digit is wrong");
    assertThat(fr.validate(holder))
        .singleElement()
        .extracting(ConstraintViolation::getMessage)
        .isEqualTo("doit être un SIREN valide : sa clé de Luhn est fausse");
  }

  @Test
  void everyConstraint_hasEnglishAndFrenchMessage() {
    Holder holder =
        new Holder()
            .with("siren", "x")
            .with("siret", "x")
            .with("rna", "x")
            .with("codeNaf", "x")
            .with("categorieJuridique", "x")
            .with("codeCommune", "x")
            .with("codeDepartement", "x")
            .with("codeRegion", "x")
            .with("codePostal", "x")
            .with("finess", "x");
    Set<ConstraintViolation<Holder>> en = english.getValidator().validate(holder);
    Set<ConstraintViolation<Holder>> fr = french.getValidator().validate(holder);
    assertThat(en).hasSize(10);
    assertThat(en).allSatisfy(v -> assertThat(v.getMessage()).startsWith("must be"));
    assertThat(fr).hasSize(10);
    assertThat(fr).allSatisfy(v -> assertThat(v.getMessage()).startsWith("doit être"));
  }

  @Test
  void customMessage_keptInsteadOfTheViolationCode() {
    final class Custom {
      @ValidSiren(message = "bad SIREN")
      String siren = "552081318";
    }
    assertThat(english.getValidator().validate(new Custom()))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.getMessageTemplate()).isEqualTo("bad SIREN");
              assertThat(v.getMessage()).isEqualTo("bad SIREN");
            });
  }

  @Test
  void everyViolationCode_hasAConstraintMessageInEnglishAndFrench() {
    java.util.ResourceBundle en =
        java.util.ResourceBundle.getBundle("ContributorValidationMessages", Locale.ROOT);
    java.util.ResourceBundle fr =
        java.util.ResourceBundle.getBundle("ContributorValidationMessages", Locale.FRENCH);
    for (IdentifierViolation violation : IdentifierViolation.values()) {
      assertThat(en.getString(violation.code())).as(violation.code()).startsWith("must be");
      assertThat(fr.getString(violation.code())).as(violation.code()).startsWith("doit être");
    }
  }
}
