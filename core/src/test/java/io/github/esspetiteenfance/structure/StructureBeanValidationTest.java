package io.github.esspetiteenfance.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.esspetiteenfance.testing.StructureGenerators;
import io.github.esspetiteenfance.testing.Validators;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Bean Validation constraints on record components agree with the invariants of the compact
 * constructors: a value the constructor accepts has no violation, and a component value the
 * constructor rejects is reported by {@code validateValue}.
 */
class StructureBeanValidationTest {

  private static ValidatorFactory factory;
  private static Validator validator;

  @BeforeAll
  static void createValidator() {
    factory = Validators.withoutExpressionLanguage();
    validator = factory.getValidator();
  }

  @AfterAll
  static void closeValidator() {
    factory.close();
  }

  @Test
  void validate_anyGeneratedStructure_hasNoViolation() {
    qt().withExamples(1000)
        .forAll(StructureGenerators.structures())
        .checkAssert(s -> assertThat(validator.validate(s)).isEmpty());
  }

  @Test
  void capacityPlaces_constraintAgreesWithInvariant() {
    qt().withExamples(1000)
        .forAll(integers().between(-1000, 1000))
        .checkAssert(
            n ->
                assertThat(validator.validateValue(Capacity.class, "places", n).isEmpty())
                    .isEqualTo(Capacity.isValid(n)));
  }

  @Test
  void agrementChildren_constraintAgreesWithInvariant() {
    qt().withExamples(1000)
        .forAll(integers().between(-20, 20))
        .checkAssert(
            n ->
                assertThat(validator.validateValue(Agrement.class, "children", n).isEmpty())
                    .isEqualTo(Agrement.isValid(n)));
  }

  @Test
  void ageRangeMinimum_constraintAgreesWithInvariant() {
    qt().withExamples(1000)
        .forAll(integers().between(-100, 100))
        .checkAssert(
            n ->
                assertThat(validator.validateValue(AgeRange.class, "minMonths", n).isEmpty())
                    .isEqualTo(AgeRange.isValid(n, n + 1)));
  }

  @Test
  void partialDateYear_constraintAgreesWithInvariant() {
    qt().withExamples(1000)
        .forAll(integers().between(0, 20_000))
        .checkAssert(
            y -> {
              boolean valid = y >= PartialDate.MIN_YEAR && y <= PartialDate.MAX_YEAR;
              assertThat(validator.validateValue(PartialDate.class, "year", y).isEmpty())
                  .isEqualTo(valid);
            });
  }

  @Test
  void mamAssistants_sizeConstraintAgreesWithInvariant() {
    AssistantMaternel a = AssistantMaternel.of(Agrement.of(4, LocalDate.of(2022, 1, 1)));
    for (int n = 0; n <= 8; n++) {
      List<AssistantMaternel> list = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        list.add(a);
      }
      Set<ConstraintViolation<MaisonAssistantsMaternels>> violations =
          validator.validateValue(MaisonAssistantsMaternels.class, "assistants", list);
      assertThat(violations.isEmpty()).as("n=%d", n).isEqualTo(n >= 1 && n <= 6);
    }
  }

  @Test
  void optionalLabel_patternAgreesWithInvariant() {
    qt().withExamples(1000)
        .forAll(
            org.quicktheories.generators.SourceDSL.strings()
                .betweenCodePoints(0, 0x3000)
                .ofLengthBetween(0, 4))
        // characters refused by the constructor's character rule (TextChecks) are not the
        // pattern's concern: the constructor refuses them whatever the pattern says
        .assuming(
            text ->
                io.github.esspetiteenfance.internal.TextChecks.invalidCharacter(text, false) < 0)
        .checkAssert(
            text -> {
              boolean accepted;
              try {
                Commitment.other(text);
                accepted = true;
              } catch (io.github.esspetiteenfance.InvalidValueException e) {
                accepted = false;
              }
              assertThat(
                      validator
                          .validateValue(Commitment.class, "label", Optional.of(text))
                          .isEmpty())
                  .as("'%s'", text)
                  .isEqualTo(accepted);
            });
    assertThat(validator.validateValue(Commitment.class, "label", Optional.empty())).isEmpty();
  }

  @Test
  void containerElements_areValidated() {
    assertThat(validator.validateValue(InclusiveCare.class, "places", Optional.of(0))).hasSize(1);
    assertThat(validator.validateValue(Commitment.class, "label", Optional.of(" "))).hasSize(1);
    assertThat(validator.validateValue(ItineraryStop.class, "place", "")).hasSize(1);
    assertThat(
            validator.validateValue(CrecheFamiliale.class, "assistantsMaternels", Optional.of(0)))
        .hasSize(1);
  }
}
