package io.github.esspetiteenfance.validation;

import io.github.esspetiteenfance.EssPetiteEnfanceException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Thrown by {@link ValidationReport#orThrow()} when an object of the model has validation errors.
 *
 * <p>It lists every problem of the report, not only the first; its code is {@link
 * ValidationErrorCode#INVALID}, its field the simple name of the validated type and its rejected
 * value the validated object. {@link #message(Locale)} lists the problems in French or English.
 *
 * <p>This class is immutable and thread-safe if the validated object is.
 */
public class ValidationException extends EssPetiteEnfanceException {

  private static final long serialVersionUID = 1L;

  private final transient List<Problem> problems;

  /**
   * Creates an exception.
   *
   * @param object the validated object, not null
   * @param problems the problems found, not null
   */
  public ValidationException(Object object, List<Problem> problems) {
    super(ValidationErrorCode.INVALID, object.getClass().getSimpleName(), object, null);
    this.problems = List.copyOf(problems);
  }

  /**
   * Returns every problem found, errors and warnings.
   *
   * @return the problems, not null
   */
  public List<Problem> problems() {
    return problems;
  }

  /**
   * Returns the message in a language, listing every problem.
   *
   * @param locale French for {@code fr}, English otherwise; not null
   * @return the message, not null
   */
  @Override
  public String message(Locale locale) {
    String lines =
        problems.stream().map(p -> "  - " + p.line(locale)).collect(Collectors.joining("\n"));
    return errorCode()
        .message(locale, field().orElse(""), echo(rejectedValue(), locale), problems.size(), lines);
  }
}
