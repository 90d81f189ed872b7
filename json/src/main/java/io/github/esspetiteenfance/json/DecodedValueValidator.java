package io.github.esspetiteenfance.json;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A check run on the value decoded from a document, after the format and domain checks: the hook
 * through which Bean Validation (or the library's validation service) reports problems with JSON
 * Pointers.
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
      for (ConstraintViolation<Object> v : validator.validate(value)) {
        problems.add(
            JsonProblem.of(
                pointer(v.getPropertyPath()),
                JsonErrorCode.CONSTRAINT_VIOLATION,
                v.getInvalidValue(),
                v.getMessage()));
      }
      problems.sort(Comparator.comparing(JsonProblem::pointer));
      return problems;
    };
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
}
