package io.github.esspetiteenfance.validation;

import io.github.esspetiteenfance.Localized;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The result of validating one object of the model: every problem found, never only the first.
 *
 * <p>The report is {@link #isValid() valid} when it has no problem of severity {@link
 * Severity#ERROR}; warnings do not make it invalid. Problems are ordered by path, then code, so
 * reports are reproducible.
 *
 * <p>This record is immutable and thread-safe if the validated object is.
 *
 * @param <T> the type of the validated object
 * @param object the validated object, not null
 * @param locale the language the caller asked for: the language of the message of the exception of
 *     {@link #orThrow()} ({@link #message(Locale)} writes any language); not null
 * @param problems the problems, in a stable order; not null
 */
public record ValidationReport<T>(T object, Locale locale, List<Problem> problems)
    implements Localized {

  /** Creates a report. */
  public ValidationReport {
    Objects.requireNonNull(object, "object");
    Objects.requireNonNull(locale, "locale");
    problems = List.copyOf(problems);
  }

  /**
   * Checks if the object has no error (warnings allowed).
   *
   * @return true if no problem has severity {@link Severity#ERROR}
   */
  public boolean isValid() {
    return problems.stream().noneMatch(Problem::isError);
  }

  /**
   * Returns the problems of severity {@link Severity#ERROR}.
   *
   * @return the errors, not null
   */
  public List<Problem> errors() {
    return problems.stream().filter(Problem::isError).toList();
  }

  /**
   * Returns the problems of severity {@link Severity#WARNING}.
   *
   * @return the warnings, not null
   */
  public List<Problem> warnings() {
    return problems.stream().filter(p -> !p.isError()).toList();
  }

  /**
   * Returns the stable codes of the problems, in order.
   *
   * @return the codes, not null
   */
  public List<String> codes() {
    return problems.stream().map(Problem::code).toList();
  }

  /**
   * Returns the problems as text in a language: one line per problem ({@code "children[0].name:
   * must not be blank [constraint.NotBlank]"}, a warning followed by {@code " (WARNING)"}), each
   * ending with a line feed.
   *
   * @param locale French for {@code fr}, English otherwise; not null
   * @return the text, empty if there is no problem; not null
   */
  @Override
  public String message(Locale locale) {
    StringBuilder text = new StringBuilder();
    problems.forEach(p -> text.append(p.line(locale)).append('\n'));
    return text.toString();
  }

  /**
   * Returns the validated object if it has no error, or throws.
   *
   * @return the validated object, not null
   * @throws ValidationException listing every problem (errors and warnings) if the report is not
   *     {@link #isValid() valid}
   */
  public T orThrow() {
    if (!isValid()) {
      throw new ValidationException(object, problems);
    }
    return object;
  }
}
