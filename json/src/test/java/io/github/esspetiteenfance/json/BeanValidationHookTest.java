package io.github.esspetiteenfance.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;

class BeanValidationHookTest {

  private static final Validator VALIDATOR =
      io.github.esspetiteenfance.testing.Validators.withoutExpressionLanguage().getValidator();

  @Test
  void read_constraintViolations_areReportedAtTheirPointer() {
    EssJsonReader<io.github.esspetiteenfance.json.testmodel.Catalog> reader =
        Fixtures.catalogReader().withValidator(DecodedValueValidator.beanValidation(VALIDATOR));
    ObjectNode doc = (ObjectNode) Fixtures.TEST_MAPPER.valueToTree(Fixtures.catalog());
    assertThat(reader.read(doc.toString())).isEqualTo(Fixtures.catalog());
    ((ObjectNode) doc.withArray("places").get(2)).put("name", " ");

    JsonDocumentException e = Failures.failure(reader, doc.toString());

    assertThat(e.problems())
        .extracting(JsonProblem::pointer, JsonProblem::code)
        .containsExactly(tuple("/places/2/name", "json.constraint.violation"));
    assertThat(e.problems().get(0).rejectedValue()).isEqualTo(" ");
  }

  @Test
  void read_modelValidatorProblems_haveTheirCodeAndBothMessages() {
    EssJsonReader<io.github.esspetiteenfance.json.testmodel.Catalog> reader =
        Fixtures.catalogReader()
            .withValidator(
                DecodedValueValidator.modelValidator(
                    io.github.esspetiteenfance.validation.ModelValidator.shared()));
    ObjectNode doc = (ObjectNode) Fixtures.TEST_MAPPER.valueToTree(Fixtures.catalog());
    ((ObjectNode) doc.withArray("places").get(2)).put("name", "");

    JsonDocumentException e = Failures.failure(reader, doc.toString());

    assertThat(e.problems())
        .extracting(JsonProblem::pointer, JsonProblem::code)
        .containsExactly(tuple("/places/2/name", "constraint.NotBlank"));
    JsonProblem p = e.problems().get(0);
    assertThat(p.message(java.util.Locale.ENGLISH)).isNotBlank();
    assertThat(p.message(java.util.Locale.FRENCH))
        .isNotBlank()
        .isNotEqualTo(p.message(java.util.Locale.ENGLISH));
    assertThat(DecodedValueValidator.none().validate(Fixtures.catalog())).isEmpty();
  }

  @Test
  void read_listDocument_validatesEachElementAtItsIndex() {
    EssJsonReader<java.util.List<io.github.esspetiteenfance.json.testmodel.Catalog>> reader =
        EssJsonReader.<java.util.List<io.github.esspetiteenfance.json.testmodel.Catalog>>of(
                io.github.esspetiteenfance.json.testmodel.TestModel.MODEL,
                JsonLimits.defaults(),
                Fixtures.TEST_MAPPER
                    .getTypeFactory()
                    .constructCollectionType(
                        java.util.List.class,
                        io.github.esspetiteenfance.json.testmodel.Catalog.class))
            .withValidator(
                DecodedValueValidator.modelValidator(
                    io.github.esspetiteenfance.validation.ModelValidator.shared()));
    ObjectNode bad = (ObjectNode) Fixtures.TEST_MAPPER.valueToTree(Fixtures.catalog());
    ((ObjectNode) bad.withArray("places").get(0)).put("name", "");
    String json = "[" + Fixtures.encode(Fixtures.catalog()) + "," + bad + "]";

    assertThat(Failures.failure(reader, json).problems())
        .extracting(JsonProblem::pointer, JsonProblem::code)
        .containsExactly(tuple("/1/places/0/name", "constraint.NotBlank"));
  }

  @Test
  void standard_validatesApplicationTypesLikeTheModelValidator() {
    DecodedValueValidator standard =
        DecodedValueValidator.standard(
            io.github.esspetiteenfance.validation.ModelValidator.shared());
    EssJsonReader<io.github.esspetiteenfance.json.testmodel.Catalog> reader =
        Fixtures.catalogReader().withValidator(standard);
    ObjectNode doc = (ObjectNode) Fixtures.TEST_MAPPER.valueToTree(Fixtures.catalog());
    ((ObjectNode) doc.withArray("places").get(2)).put("name", "");

    assertThat(Failures.failure(reader, doc.toString()).problems())
        .extracting(JsonProblem::pointer, JsonProblem::code)
        .containsExactly(tuple("/places/2/name", "constraint.NotBlank"));
  }

  @Test
  void standard_onModelObjects_findsWhatTheFullValidationFinds() {
    io.github.esspetiteenfance.validation.ModelValidator service =
        io.github.esspetiteenfance.validation.ModelValidator.shared();
    DecodedValueValidator standard = DecodedValueValidator.standard(service);
    DecodedValueValidator full = DecodedValueValidator.modelValidator(service);
    org.quicktheories.QuickTheory.qt()
        .withExamples(1000)
        .forAll(io.github.esspetiteenfance.testing.EstablishmentGenerators.establishments())
        .checkAssert(
            e -> {
              assertThat(full.validate(e)).isEmpty();
              assertThat(standard.validate(e)).isEmpty();
              assertThat(standard.validate(java.util.List.of(e, e))).isEmpty();
            });
  }

  @Test
  void pointer_ofPropertyPaths() {
    assertThat(DecodedValueValidator.pointer("")).isEmpty();
    assertThat(DecodedValueValidator.pointer("name")).isEqualTo("/name");
    assertThat(DecodedValueValidator.pointer("sites[0].location.commune"))
        .isEqualTo("/sites/0/location/commune");
    assertThat(DecodedValueValidator.pointer("places[2].<list element>")).isEqualTo("/places/2");
    assertThat(DecodedValueValidator.pointer("prices[a/b].x")).isEqualTo("/prices/a~1b/x");
  }
}
