package io.github.esspetiteenfance.json;

import io.github.esspetiteenfance.EssPetiteEnfanceException;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * Thrown when a JSON document cannot be decoded: it lists every problem found, each with its JSON
 * Pointer, code, messages and bounded rejected value.
 *
 * <p>Its own code is {@link JsonErrorCode#INVALID_DOCUMENT}; the codes that matter are those of
 * {@link #problems()}. No partially decoded object is ever returned alongside it, and none can be
 * reached from it: it holds no part of the document tree and no object of the model (its problems
 * keep only bounded scalars and rendered texts), and its only possible cause is the {@link
 * IOException} of a stream that could not be read. Messages are formatted when asked for, from
 * those bounded parts: {@link #getMessage()} is at most {@value #MAX_MESSAGE_LENGTH} characters
 * (the summary, then at most 20 problems of at most {@value JsonProblem#MAX_MESSAGE_LENGTH}
 * characters each), without any control character but the line separators between problems.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class JsonDocumentException extends EssPetiteEnfanceException {

  private static final long serialVersionUID = 2L;
  private static final int MAX_LISTED = 20;

  /** The longest message of the exception, in characters. */
  public static final int MAX_MESSAGE_LENGTH = 16_000;

  private final transient List<JsonProblem> problems;
  private final long element;

  /**
   * Creates an exception.
   *
   * @param problems the problems found, not empty
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public JsonDocumentException(List<JsonProblem> problems) {
    this(problems, null);
  }

  /**
   * Creates an exception caused by a stream that could not be read.
   *
   * @param problems the problems found, not empty
   * @param cause the I/O exception of the stream, may be null
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public JsonDocumentException(List<JsonProblem> problems, IOException cause) {
    this(problems, cause, -1);
  }

  private JsonDocumentException(List<JsonProblem> problems, IOException cause, long element) {
    super(
        JsonErrorCode.INVALID_DOCUMENT,
        first(problems).pointer(),
        first(problems).rejectedValue(),
        cause,
        problems.size());
    this.problems = List.copyOf(problems);
    this.element = element;
  }

  /**
   * Returns the index of the refused element, when the document was one element of a stream read by
   * {@link EssJsonReader#readLines} or {@link EssJsonReader#readArray} (the 0-based line number for
   * JSON Lines): the first segment of the problems' pointers.
   *
   * @return the index, empty for a whole document
   */
  public OptionalLong element() {
    return element < 0 ? OptionalLong.empty() : OptionalLong.of(element);
  }

  /** Returns this exception for an element of a stream, its pointers prefixed by its index. */
  JsonDocumentException atElement(long index) {
    String prefix = "/" + index;
    return new JsonDocumentException(
        problems.stream().map(p -> p.withPrefix(prefix)).toList(), ioCause(), index);
  }

  /** Returns this exception for an element of a stream, its pointers unchanged. */
  JsonDocumentException ofElement(long index) {
    return new JsonDocumentException(problems, ioCause(), index);
  }

  /** Returns the I/O exception that caused this one, or null. */
  IOException ioCause() {
    return getCause() instanceof IOException io ? io : null;
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
   * Returns the summary message followed by one line per problem (at most 20), in a language: at
   * most {@value #MAX_MESSAGE_LENGTH} characters.
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
          .append(p.pointer().isEmpty() ? "/" : JsonProblem.shown(p.pointer()))
          .append(" [")
          .append(JsonProblem.clean(p.code()))
          .append("] ")
          .append(p.message(locale));
    }
    if (problems.size() > MAX_LISTED) {
      text.append(System.lineSeparator()).append("  ...");
    }
    return text.length() <= MAX_MESSAGE_LENGTH - 40
        ? text.toString()
        : text.substring(0, MAX_MESSAGE_LENGTH - 40) + "…";
  }
}
