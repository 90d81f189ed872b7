package io.github.esspetiteenfance.json;

import io.github.esspetiteenfance.ErrorCode;
import io.github.esspetiteenfance.diagnostic.Severity;
import io.github.esspetiteenfance.validation.ModelValidator;
import io.github.esspetiteenfance.validation.Problem;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;

/**
 * A check run on the value decoded from a document, after the format and domain checks: the hook
 * through which Bean Validation (the library's validation service by default) reports problems with
 * JSON Pointers.
 *
 * <p>A document that is a collection or a map is validated element by element (Bean Validation does
 * not look inside a root collection), each problem prefixed with the element's position.
 *
 * <p>Implementations must be thread-safe if the reader that uses them is shared.
 */
@FunctionalInterface
public interface DecodedValueValidator {

  /**
   * Checks a decoded value.
   *
   * @param value the decoded value, not null
   * @return the problems found, empty if the value is valid; not null
   */
  List<JsonProblem> validate(Object value);

  /**
   * Obtains a validator that accepts every value.
   *
   * @return the validator, not null
   */
  static DecodedValueValidator none() {
    return value -> List.of();
  }

  /**
   * Obtains the validator of the readers of {@link EssJson}: the library's validation service on
   * every value that is not {@linkplain ModelValidator#isValidByConstruction(Class) valid by
   * construction}.
   *
   * <p>The library's own records enforce every Bean Validation constraint of their components in
   * their constructors, with the same algorithm as the constraint, and the reader builds every
   * object through its constructor, reporting each refusal at its JSON Pointer: a decoded model
   * object has already passed every check Bean Validation would make, and a second pass could find
   * nothing (it would cost more than decoding: about 13 µs per establishment). Values of other
   * classes (a document type of the application, registered with {@link JsonModel.Builder}) are
   * validated as {@link #modelValidator(ModelValidator)} does. Use {@link
   * #modelValidator(ModelValidator)} to re-check every value regardless.
   *
   * @param validator the validation service, not null
   * @return the decoded-value validator, not null
   */
  static DecodedValueValidator standard(ModelValidator validator) {
    Objects.requireNonNull(validator, "validator");
    return value -> {
      List<JsonProblem> problems = new ArrayList<>();
      forEachRoot(
          value,
          (prefix, root) -> {
            if (!ModelValidator.isValidByConstruction(root.getClass())) {
              validateRoot(validator, prefix, root, problems);
            }
          });
      return problems;
    };
  }

  /**
   * Obtains the validator of the readers of {@link EssJson}: as {@link #standard(ModelValidator)}
   * with the shared validation service ({@link ModelValidator#shared()}), which is started only
   * when a decoded value is not valid by construction. Reading the library's own documents never
   * starts Hibernate Validator; only an application's own document types need it.
   *
   * @return the decoded-value validator, not null
   */
  static DecodedValueValidator standard() {
    return value -> {
      List<JsonProblem> problems = new ArrayList<>();
      forEachRoot(
          value,
          (prefix, root) -> {
            if (!ModelValidator.isValidByConstruction(root.getClass())) {
              validateRoot(ModelValidator.shared(), prefix, root, problems);
            }
          });
      return problems;
    };
  }

  /**
   * Obtains a validator that runs the library's validation service ({@link ModelValidator}) on
   * every decoded value, model objects included, and reports each problem of severity {@link
   * Severity#ERROR} at the JSON Pointer of its property path, with its stable code ({@code
   * constraint.NotBlank}, {@code constraint.ValidSiret}...) and its French and English messages.
   * Warnings do not fail a document.
   *
   * @param validator the validation service, not null
   * @return the decoded-value validator, not null
   */
  static DecodedValueValidator modelValidator(ModelValidator validator) {
    Objects.requireNonNull(validator, "validator");
    return value -> {
      List<JsonProblem> problems = new ArrayList<>();
      forEachRoot(value, (prefix, root) -> validateRoot(validator, prefix, root, problems));
      return problems;
    };
  }

  private static void validateRoot(
      ModelValidator validator, String prefix, Object root, List<JsonProblem> problems) {
    for (Problem p : validator.validate(root).problems()) {
      if (p.severity() == Severity.ERROR) {
        problems.add(
            JsonProblem.of(
                prefix + pointer(p.path()), new ConstraintCode(p), p.rejectedValue().orElse(null)));
      }
    }
  }

  /**
   * Obtains a validator that runs Jakarta Bean Validation and reports each constraint violation
   * with code {@link JsonErrorCode#CONSTRAINT_VIOLATION}, at the JSON Pointer of its property path,
   * with the violation's (interpolated) message as argument {@code {2}}.
   *
   * @param validator the Bean Validation validator, not null; build it with a {@code
   *     ParameterMessageInterpolator} to avoid needing Jakarta EL
   * @return the decoded-value validator, not null
   */
  static DecodedValueValidator beanValidation(Validator validator) {
    Objects.requireNonNull(validator, "validator");
    return value -> {
      List<JsonProblem> problems = new ArrayList<>();
      forEachRoot(
          value,
          (prefix, root) -> {
            for (ConstraintViolation<Object> v : validator.validate(root)) {
              problems.add(
                  JsonProblem.of(
                      prefix + pointer(v.getPropertyPath()),
                      JsonErrorCode.CONSTRAINT_VIOLATION,
                      v.getInvalidValue(),
                      v.getMessage()));
            }
          });
      problems.sort(Comparator.comparing(JsonProblem::pointer));
      return problems;
    };
  }

  /**
   * Calls an action on the objects to validate: the value itself, or each element of a collection
   * or map document, with the pointer prefix of its position.
   */
  private static void forEachRoot(Object value, BiConsumer<String, Object> action) {
    if (value instanceof Collection<?> elements) {
      int i = 0;
      for (Object element : elements) {
        action.accept("/" + i++, element);
      }
    } else if (value instanceof Map<?, ?> entries) {
      entries.forEach((k, v) -> action.accept("/" + JsonPath.escape(String.valueOf(k)), v));
    } else {
      action.accept("", value);
    }
  }

  /**
   * Returns the JSON Pointer of a property path written as text, such as {@code "/sites/0/name"}
   * for {@code sites[0].name} or {@code "/prices/red"} for {@code prices[red]}.
   *
   * @param path the property path, not null
   * @return the pointer, not null
   */
  static String pointer(String path) {
    StringBuilder out = new StringBuilder();
    StringBuilder segment = new StringBuilder();
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c == '.' || c == '[' || c == ']') {
        appendSegment(out, segment);
      } else {
        segment.append(c);
      }
    }
    appendSegment(out, segment);
    return out.toString();
  }

  private static void appendSegment(StringBuilder out, StringBuilder segment) {
    if (segment.length() > 0 && segment.charAt(0) != '<') {
      out.append('/').append(JsonPath.escape(segment.toString()));
    }
    segment.setLength(0);
  }

  /**
   * Returns the JSON Pointer of a Bean Validation property path, such as {@code "/sites/0/name"}
   * for {@code sites[0].name}.
   *
   * @param path the property path, not null
   * @return the pointer, not null
   */
  static String pointer(Path path) {
    StringBuilder out = new StringBuilder();
    for (Path.Node n : path) {
      if (n.isInIterable()) {
        if (n.getIndex() != null) {
          out.append('/').append(n.getIndex());
        } else if (n.getKey() != null) {
          out.append('/').append(JsonPath.escape(String.valueOf(n.getKey())));
        }
      }
      String name = n.getName();
      if (name != null && !name.isEmpty() && !name.startsWith("<")) {
        out.append('/').append(JsonPath.escape(name));
      }
    }
    return out.toString();
  }

  /**
   * The code of a problem of the validation service, with its two messages rendered once: the
   * problem itself (and the validated object it may reach) is not kept.
   */
  final class ConstraintCode implements ErrorCode {
    private final String code;
    private final String english;
    private final String french;

    ConstraintCode(Problem problem) {
      this.code = problem.code();
      this.english = JsonProblem.clean(problem.message(Locale.ENGLISH));
      this.french = JsonProblem.clean(problem.message(Locale.FRENCH));
    }

    @Override
    public String code() {
      return code;
    }

    @Override
    public String message(Locale locale, Object... arguments) {
      return "fr".equals(locale.getLanguage()) ? french : english;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof ConstraintCode other && other.code().equals(code());
    }

    @Override
    public int hashCode() {
      return code().hashCode();
    }

    @Override
    public String toString() {
      return code();
    }
  }
}
