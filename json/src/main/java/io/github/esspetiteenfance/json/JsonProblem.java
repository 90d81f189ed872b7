package io.github.esspetiteenfance.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.esspetiteenfance.ErrorCode;
import io.github.esspetiteenfance.EssPetiteEnfanceException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One problem found in a JSON document: where (a JSON Pointer, RFC 6901), what (a stable code and a
 * message in French and English) and the rejected value.
 *
 * <p>Two families of problems exist. A <em>format</em> problem (malformed JSON, unknown property,
 * wrong JSON type...) carries a {@link JsonErrorCode} and the rejected JSON value as a {@link
 * JsonNode} (null when a value is missing). A <em>domain</em> problem (an invalid SIREN, a reversed
 * validity period...) carries the core code of the broken rule, the value the model rejected and
 * the core exception itself ({@link #domainException()}).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class JsonProblem {

  private static final int MAX_RENDERED = 80;

  private final String pointer;
  private final ErrorCode errorCode;
  private final Object rejectedValue;
  private final Object[] arguments;
  private final EssPetiteEnfanceException domainException;

  private JsonProblem(
      String pointer,
      ErrorCode errorCode,
      Object rejectedValue,
      Object[] arguments,
      EssPetiteEnfanceException domainException) {
    this.pointer = Objects.requireNonNull(pointer, "pointer");
    this.errorCode = Objects.requireNonNull(errorCode, "errorCode");
    this.rejectedValue = rejectedValue;
    this.arguments = arguments.clone();
    this.domainException = domainException;
  }

  /**
   * Obtains a problem from its parts.
   *
   * @param pointer the JSON Pointer of the value concerned, {@code ""} for the whole document; not
   *     null
   * @param code the code, not null
   * @param rejectedValue the rejected value (a {@link JsonNode} for a format problem), null if the
   *     value is missing
   * @param arguments the extra message arguments ({@code {2}} onwards), may be empty
   * @return the problem, not null
   */
  public static JsonProblem of(
      String pointer, ErrorCode code, Object rejectedValue, Object... arguments) {
    return new JsonProblem(pointer, code, rejectedValue, arguments, null);
  }

  /**
   * Obtains a domain problem from the core exception that a value of the document caused.
   *
   * @param pointer the JSON Pointer of the value concerned, not null
   * @param exception the core exception, not null
   * @return the problem, not null
   */
  public static JsonProblem of(String pointer, EssPetiteEnfanceException exception) {
    return new JsonProblem(
        pointer, exception.errorCode(), exception.rejectedValue(), new Object[0], exception);
  }

  /**
   * Returns the JSON Pointer (RFC 6901) of the value concerned, such as {@code
   * "/establishments/3/siret"}.
   *
   * @return the pointer, {@code ""} for the whole document; not null
   */
  public String pointer() {
    return pointer;
  }

  /**
   * Returns the stable code of this problem.
   *
   * @return the code: a {@link JsonErrorCode} or the core code of a broken domain rule; not null
   */
  public ErrorCode errorCode() {
    return errorCode;
  }

  /**
   * Returns the stable code of this problem as text, such as {@code "json.property.unknown"}.
   *
   * @return the code, not null
   */
  public String code() {
    return errorCode.code();
  }

  /**
   * Returns the rejected value: a {@link JsonNode} for a format problem, the value the model
   * refused for a domain problem.
   *
   * @return the rejected value, null if the value is missing
   */
  public Object rejectedValue() {
    return rejectedValue;
  }

  /**
   * Returns the core exception of a domain problem.
   *
   * @return the exception, empty for a format problem
   */
  public Optional<EssPetiteEnfanceException> domainException() {
    return Optional.ofNullable(domainException);
  }

  /**
   * Returns the message of this problem in a language.
   *
   * @param locale French for {@code fr}, English otherwise; not null
   * @return the message, not null
   */
  public String message(Locale locale) {
    if (domainException != null) {
      return domainException.message(locale);
    }
    Object[] all = new Object[arguments.length + 2];
    all[0] = pointer;
    all[1] = render(rejectedValue);
    System.arraycopy(arguments, 0, all, 2, arguments.length);
    return errorCode.message(locale, all);
  }

  static String render(Object value) {
    if (value instanceof JsonNode node) {
      if (node.isObject()) {
        return node.isEmpty() ? "{}" : "{…}";
      }
      if (node.isArray()) {
        return node.isEmpty() ? "[]" : "[…]";
      }
      if (node.isTextual()) {
        String text = node.textValue();
        return text.length() <= MAX_RENDERED
            ? node.toString()
            : com.fasterxml.jackson.databind.node.TextNode.valueOf(
                        text.substring(0, MAX_RENDERED - 1))
                    .toString()
                + "…";
      }
    }
    String text = value == null ? "null" : value.toString();
    return text.length() <= MAX_RENDERED ? text : text.substring(0, MAX_RENDERED - 1) + "…";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof JsonProblem other
        && pointer.equals(other.pointer)
        && errorCode.equals(other.errorCode)
        && Objects.equals(rejectedValue, other.rejectedValue)
        && Arrays.equals(arguments, other.arguments);
  }

  @Override
  public int hashCode() {
    return Objects.hash(pointer, errorCode, rejectedValue);
  }

  /** Returns the problem as {@code "<pointer> [<code>] <English message>"}. */
  @Override
  public String toString() {
    return (pointer.isEmpty() ? "(document)" : pointer)
        + " ["
        + code()
        + "] "
        + message(Locale.ENGLISH);
  }
}
