package io.github.esspetiteenfance.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.esspetiteenfance.legal.Confidence;
import io.github.esspetiteenfance.legal.Dated;
import io.github.esspetiteenfance.legal.LegalBasis;
import io.github.esspetiteenfance.legal.ValidityPeriod;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ModelValidatorTest {

  /** Test-only records with constraints, nested through a record, an Optional and a List. */
  record Guardian(@NotBlank String name, @Size(max = 10, payload = Warning.class) String phone) {}

  record Child(@NotBlank String firstName, @Min(0) @Max(71) int ageMonths, @Even Integer slot) {}

  record Family(
      @NotBlank String name,
      @Valid Child eldest,
      List<@Valid Child> children,
      Optional<@Valid Guardian> guardian,
      @Valid List<Guardian> others) {}

  private final ModelValidator validator = ModelValidator.shared();

  private static Family family(Child eldest, List<Child> children, Optional<Guardian> guardian) {
    return new Family("Martin", eldest, children, guardian, List.of());
  }

  private static final Child OK = new Child("Léa", 12, 2);

  @Test
  void validate_validRecord_hasNoProblem() {
    ValidationReport<Family> report =
        validator.validate(family(OK, List.of(OK), Optional.of(new Guardian("Ana", "0601"))));
    assertThat(report.isValid()).isTrue();
    assertThat(report.problems()).isEmpty();
    assertThat(report.orThrow()).isSameAs(report.object());
  }

  @Test
  void validate_problemsAtEveryLevel_reportsThemAllWithPaths() {
    Family f =
        new Family(
            " ",
            new Child("", 80, 3),
            List.of(OK, new Child("Tom", -1, 2)),
            Optional.of(new Guardian("", "06 01 02 03 04")),
            List.of(new Guardian(" ", "1")));
    ValidationReport<Family> report = validator.validate(f);

    assertThat(report.isValid()).isFalse();
    assertThat(report.problems())
        .extracting(Problem::path, Problem::code)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("name", "constraint.NotBlank"),
            org.assertj.core.groups.Tuple.tuple("eldest.firstName", "constraint.NotBlank"),
            org.assertj.core.groups.Tuple.tuple("eldest.ageMonths", "constraint.Max"),
            org.assertj.core.groups.Tuple.tuple(
                "eldest.slot", "constraint.io.github.esspetiteenfance.validation.Even"),
            org.assertj.core.groups.Tuple.tuple("children[1].ageMonths", "constraint.Min"),
            org.assertj.core.groups.Tuple.tuple("guardian.name", "constraint.NotBlank"),
            org.assertj.core.groups.Tuple.tuple("guardian.phone", "constraint.Size"),
            org.assertj.core.groups.Tuple.tuple("others[0].name", "constraint.NotBlank"));
  }

  @Test
  void validate_problem_carriesRejectedValueAndBothLanguages() {
    ValidationReport<Family> report =
        validator.validate(family(new Child("Léa", 80, 2), List.of(), Optional.empty()));
    Problem max = report.problems().get(0);
    assertThat(max.code()).isEqualTo("constraint.Max");
    assertThat(max.rejectedValue()).contains(80);
    assertThat(max.constraint()).isEqualTo("jakarta.validation.constraints.Max");
    assertThat(max.messageEnglish()).isEqualTo("must be less than or equal to 71");
    assertThat(max.messageFrench()).isEqualTo("doit être inférieur ou égal à 71");
    assertThat(max.message(Locale.FRANCE)).isEqualTo(max.messageFrench());
    assertThat(max.message(Locale.GERMAN)).isEqualTo(max.messageEnglish());
  }

  @Test
  void validate_nullRejectedValue_isEmpty() {
    ValidationReport<Guardian> report = validator.validate(new Guardian(null, null));
    assertThat(report.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.code()).isEqualTo("constraint.NotBlank");
              assertThat(p.rejectedValue()).isEmpty();
            });
  }

  @Test
  void validate_englishOnAFrenchMachine_staysEnglish() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.FRANCE);
      try (ModelValidator fresh = ModelValidator.create()) {
        Problem p = fresh.validate(new Guardian("", "1")).problems().get(0);
        assertThat(p.messageEnglish()).isEqualTo("must not be blank");
        assertThat(p.messageFrench()).isEqualTo("ne doit pas être vide");
      }
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void validate_unknownMessageParameter_isLeftAsIs() {
    Problem p = validator.validate(new Child("Léa", 1, 3)).problems().get(0);
    assertThat(p.messageEnglish()).isEqualTo("must be even, not {value}");
  }

  @Test
  void validate_warningPayload_isAWarningThatKeepsTheReportValid() {
    ValidationReport<Guardian> report = validator.validate(new Guardian("Ana", "06 01 02 03 04"));
    assertThat(report.isValid()).isTrue();
    assertThat(report.warnings()).extracting(Problem::code).containsExactly("constraint.Size");
    assertThat(report.errors()).isEmpty();
    assertThat(report.orThrow()).isSameAs(report.object());
  }

  @Test
  void orThrow_invalid_throwsListingEveryProblemInBothLanguages() {
    ValidationReport<Family> report =
        validator.validate(
            family(new Child("", 80, 2), List.of(), Optional.empty()), Locale.FRENCH);
    assertThat(report.locale()).isEqualTo(Locale.FRENCH);
    assertThat(report.message(report.locale()).lines())
        .hasSize(2)
        .allMatch(m -> m.contains("constraint."));
    assertThatThrownBy(report::orThrow)
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.code()).isEqualTo("validation.invalid");
              assertThat(e.errorCode()).isEqualTo(ValidationErrorCode.INVALID);
              assertThat(e.field()).contains("Family");
              assertThat(e.rejectedValue()).isSameAs(report.object());
              assertThat(e.problems()).hasSize(2);
              assertThat(e.getMessage())
                  .contains("eldest.firstName")
                  .contains("eldest.ageMonths")
                  .contains("must not be blank");
              assertThat(e.message(Locale.FRENCH)).contains("ne doit pas être vide");
            });
  }

  @Test
  void validate_legalRecords_areValid() {
    LegalBasis basis =
        new LegalBasis(
            "Code de la santé publique",
            "R2324-46",
            ValidityPeriod.from(LocalDate.of(2021, 9, 1)),
            Confidence.CONFIRMED,
            "https://example.org");
    assertThat(validator.validate(basis).problems()).isEmpty();
    assertThat(validator.validate(new Dated<>(12, basis)).isValid()).isTrue();
    assertThat(validator.validate(basis.validity()).isValid()).isTrue();
  }

  @Test
  void codeOf_knownAndOtherPackages() {
    assertThat(ModelValidator.codeOf(NotBlank.class)).isEqualTo("constraint.NotBlank");
    assertThat(ModelValidator.codeOf(org.hibernate.validator.constraints.Length.class))
        .isEqualTo("constraint.Length");
    assertThat(ModelValidator.codeOf(Even.class))
        .isEqualTo("constraint.io.github.esspetiteenfance.validation.Even");
    assertThat(ModelValidator.codeOf(NotBlank.List.class)).isEqualTo("constraint.NotBlank.List");
  }

  @Test
  void expressionLanguage_isNotOnTheClasspath() {
    assertThatThrownBy(() -> Class.forName("jakarta.el.ExpressionFactory"))
        .isInstanceOf(ClassNotFoundException.class);
    assertThatThrownBy(() -> Class.forName("org.glassfish.expressly.ExpressionFactoryImpl"))
        .isInstanceOf(ClassNotFoundException.class);
    assertThatCode(ModelValidator::create).doesNotThrowAnyException();
  }

  @Test
  void validate_concurrently_givesTheSameReports() throws Exception {
    Family bad = family(new Child("", 80, 3), List.of(new Child("Tom", -1, 2)), Optional.empty());
    List<String> expected = validator.validate(bad).codes();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Callable<List<String>>> tasks = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        tasks.add(() -> validator.validate(bad).codes());
      }
      for (Future<List<String>> f : pool.invokeAll(tasks)) {
        assertThat(f.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdown();
    }
    assertThat(expected).hasSize(4);
  }

  @Test
  void shared_isOneInstanceAndCloseDoesNotBreakIt() {
    ModelValidator.shared().close();
    assertThat(ModelValidator.shared()).isSameAs(validator);
    assertThat(validator.validate(new Guardian("", "1")).isValid()).isFalse();
  }
}
