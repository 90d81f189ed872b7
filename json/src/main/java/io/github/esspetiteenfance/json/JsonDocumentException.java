package io.github.esspetiteenfance.json;

import io.github.esspetiteenfance.EssPetiteEnfanceException;
import java.util.List;
import java.util.Locale;

/**
 * Thrown when a JSON document cannot be decoded: it lists every problem found, each with its JSON
 * Pointer, code, messages and rejected value.
 *
 * <p>Its own code is {@link JsonErrorCode#INVALID_DOCUMENT}; the codes that matter are those of
 * {@link #problems()}. No partially decoded object is ever returned alongside it.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class JsonDocumentException extends EssPetiteEnfanceException {

  private static final long serialVersionUID = 1L;
  private static final int MAX_LISTED = 20;

  private final transient List<JsonProblem> problems;

  /**
   * Creates an exception.
   *
   * @param problems the problems found, not empty
   * @param cause the first low-level cause (a Jackson or I/O exception), may be null
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public JsonDocumentException(List<JsonProblem> problems, Throwable cause) {
    super(
        JsonErrorCode.INVALID_DOCUMENT,
        first(problems).pointer(),
        first(problems).rejectedValue(),
        cause,
        problems.size());
    this.problems = List.copyOf(problems);
  }

  private static JsonProblem first(List<JsonProblem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a JsonDocumentException needs at least one problem");
    }
    return problems.get(0);
  }

  /**
   * Returns every problem found, in document order as far as possible.
   *
   * @return the problems, not empty, unmodifiable
   */
  public List<JsonProblem> problems() {
    return problems;
  }

  /**
   * Returns the stable codes of the problems, in the order of {@link #problems()}.
   *
   * @return the codes, not empty, unmodifiable
   */
  public List<String> codes() {
    return problems.stream().map(JsonProblem::code).toList();
  }

  /**
   * Returns the summary message followed by one line per problem (at most 20), in a language.
   *
   * @param locale French for {@code fr}, English otherwise; not null
   * @return the message, not null
   */
  @Override
  public String message(Locale locale) {
    StringBuilder text = new StringBuilder(super.message(locale));
    for (JsonProblem p : problems.subList(0, Math.min(MAX_LISTED, problems.size()))) {
      text.append(System.lineSeparator())
          .append("  ")
          .append(p.pointer().isEmpty() ? "/" : p.pointer())
          .append(" [")
          .append(p.code())
          .append("] ")
          .append(p.message(locale));
    }
    if (problems.size() > MAX_LISTED) {
      text.append(System.lineSeparator()).append("  ...");
    }
    return text.toString();
  }
}
