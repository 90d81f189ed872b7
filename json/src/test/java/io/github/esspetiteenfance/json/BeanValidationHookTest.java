package io.github.esspetiteenfance.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

class BeanValidationHookTest {

  private static final Validator VALIDATOR =
      Validation.byDefaultProvider()
          .configure()
          .messageInterpolator(new ParameterMessageInterpolator())
          .buildValidatorFactory()
          .getValidator();

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
}
