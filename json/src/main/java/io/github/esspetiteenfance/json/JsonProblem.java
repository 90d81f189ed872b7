package io.github.esspetiteenfance.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.esspetiteenfance.ErrorCode;
import io.github.esspetiteenfance.EssPetiteEnfanceException;
import java.time.temporal.TemporalAccessor;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * One problem found in a JSON document: where (a JSON Pointer, RFC 6901), what (a stable code and a
 * message in French and English) and the rejected value.
 *
 * <p>Two families of problems exist. A <em>format</em> problem (malformed JSON, unknown property,
 * wrong JSON type...) carries a {@link JsonErrorCode}. A <em>domain</em> problem (an invalid SIREN,
 * a reversed validity period...) carries the core code of the broken rule.
 *
 * <p>A problem holds no part of the document and no object of the model: the rejected value is kept
 * only when it is a small scalar (a number, a boolean, an enum constant, a date, a JSON string or a
 * text of at most {@value #MAX_VALUE_LENGTH} characters); anything else (an object, an array, a
 * record of the model, a longer text) is replaced by a short rendering of at most {@value
 * #MAX_VALUE_LENGTH} characters plus an ellipsis and the original length. The messages of a domain
 * problem are rendered once, in both languages, when the problem is created, and the core exception
 * is not kept. Every message is at most {@value #MAX_MESSAGE_LENGTH} characters, with control
 * characters escaped ({@code \u000A} for a line feed): a message can never forge a log line.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class JsonProblem {

  /** The longest rejected value kept or shown, in characters (an ellipsis is added beyond it). */
  public static final int MAX_VALUE_LENGTH = 80;

  /** The longest message of a problem, in characters. */
  public static final int MAX_MESSAGE_LENGTH = 400;

  /** The longest pointer shown in a message, in characters. */
  static final int MAX_POINTER_SHOWN = 200;

  private final String pointer;
  private final ErrorCode errorCode;
  private final Object rejectedValue;
  private final Object[] arguments;
  private final String english;
  private final String french;

  private JsonProblem(
      String pointer,
      ErrorCode errorCode,
      Object rejectedValue,
      Object[] arguments,
      String english,
      String french) {
    this.pointer = Objects.requireNonNull(pointer, "pointer");
    this.errorCode = Objects.requireNonNull(errorCode, "errorCode");
    this.rejectedValue = rejectedValue;
    this.arguments = arguments;
    this.english = english;
    this.french = french;
  }

  /**
   * Obtains a problem from its parts.
   *
   * @param pointer the JSON Pointer of the value concerned, {@code ""} for the whole document; not
   *     null
   * @param code the code, not null
   * @param rejectedValue the rejected value (a {@link JsonNode} for a format problem), null if the
   *     value is missing; kept only if it is a small scalar (see the class documentation)
   * @param arguments the extra message arguments ({@code {2}} onwards), may be empty; kept only if
   *     they are small scalars
   * @return the problem, not null
   */
  public static JsonProblem of(
      String pointer, ErrorCode code, Object rejectedValue, Object... arguments) {
    Object[] kept = new Object[arguments.length];
    for (int i = 0; i < kept.length; i++) {
      kept[i] = bounded(arguments[i]);
    }
    return new JsonProblem(pointer, code, bounded(rejectedValue), kept, null, null);
  }

  /**
   * Obtains a domain problem from the core exception that a value of the document caused. The
   * exception's messages are rendered now; the exception itself, its cause and its rejected value
   * (if not a small scalar) are not kept.
   *
   * @param pointer the JSON Pointer of the value concerned, not null
   * @param exception the core exception, not null
   * @return the problem, not null
   */
  public static JsonProblem of(String pointer, EssPetiteEnfanceException exception) {
    return new JsonProblem(
        pointer,
        exception.errorCode(),
        bounded(exception.rejectedValue(), exception.rejectedLength()),
        new Object[0],
        clean(exception.message(Locale.ENGLISH)),
        clean(exception.message(Locale.FRENCH)));
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
   * Returns the rejected value, bounded: the scalar itself (a JSON scalar as a {@link JsonNode}, or
   * the number, boolean, enum constant, date or short text the model refused), or else a text of at
   * most {@value #MAX_VALUE_LENGTH} characters followed by {@code "…"} and the original length,
   * such as {@code "{…}"} for a JSON object.
   *
   * @return the rejected value, null if the value is missing
   */
  public Object rejectedValue() {
    return rejectedValue;
  }

  /**
   * Tells whether this problem is a broken domain rule of the model (with a core code), rather than
   * a format problem.
   *
   * @return true for a domain problem
   */
  public boolean isDomainProblem() {
    return english != null;
  }

  /**
   * Returns the message of this problem in a language: at most {@value #MAX_MESSAGE_LENGTH}
   * characters, control characters escaped.
   *
   * @param locale French for {@code fr}, English otherwise; not null
   * @return the message, not null
   */
  public String message(Locale locale) {
    if (english != null) {
      return "fr".equals(locale.getLanguage()) ? french : english;
    }
    Object[] all = new Object[arguments.length + 2];
    all[0] = shown(pointer);
    // a text is kept already bounded (bounded(Object)): cutting it again would lose its length
    all[1] = rejectedValue instanceof String text ? text : render(rejectedValue);
    System.arraycopy(arguments, 0, all, 2, arguments.length);
    if ("fr".equals(locale.getLanguage())) {
      for (int i = 0; i < all.length; i++) {
        all[i] = inFrench(all[i]);
      }
    }
    return clean(errorCode.message(locale, all));
  }

  /** The length {@link #cut} writes after a cut text, in English: "… (5000 characters)". */
  private static final java.util.regex.Pattern CUT_LENGTH =
      java.util.regex.Pattern.compile("… \\((\\d+) characters\\)$");

  /** What follows a cut text: its original length, in English, such as "… (5000 characters)". */
  private static String lengthOfCut(long length) {
    return "… (" + length + " characters)";
  }

  /** Writes the length of a cut text in French: "… (5000 caractères)". */
  private static Object inFrench(Object argument) {
    return argument instanceof String text
        ? CUT_LENGTH.matcher(text).replaceFirst("… ($1 caractères)")
        : argument;
  }

  /** Returns this problem with its pointer prefixed (by an element's index). */
  JsonProblem withPrefix(String prefix) {
    return new JsonProblem(prefix + pointer, errorCode, rejectedValue, arguments, english, french);
  }

  /** Returns a pointer as shown in messages: cut to {@link #MAX_POINTER_SHOWN} characters. */
  static String shown(String pointer) {
    return clean(cut(pointer, MAX_POINTER_SHOWN));
  }

  /** Returns what a problem keeps of a value: a small scalar itself, else a short rendering. */
  static Object bounded(Object value) {
    if (value == null
        || value instanceof Number
        || value instanceof Boolean
        || value instanceof Character
        || value instanceof Enum<?>
        || value instanceof TemporalAccessor
        || value instanceof java.time.Period) {
      return value;
    }
    if (value instanceof JsonNode node) {
      if (node.isValueNode()
          && !(node.isTextual() && node.textValue().length() > MAX_VALUE_LENGTH)
          && !(node.isPojo())) {
        return node;
      }
      return render(node);
    }
    if (value instanceof String text && text.length() <= MAX_VALUE_LENGTH) {
      return text;
    }
    if (value instanceof CharSequence text) {
      return cut(text.toString(), MAX_VALUE_LENGTH);
    }
    // an object of the model, a collection...: never kept, only named
    return value.getClass().getSimpleName() + "[…]";
  }

  /** Renders a value for a message: JSON text for a JSON value, bounded. */
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
        return text.length() <= MAX_VALUE_LENGTH
            ? node.toString()
            : TextNode.valueOf(text.substring(0, MAX_VALUE_LENGTH)).toString()
                + lengthOfCut(text.length());
      }
      String text = node.toString();
      return cut(text, MAX_VALUE_LENGTH);
    }
    return cut(value == null ? "null" : value.toString(), MAX_VALUE_LENGTH);
  }

  /** Cuts a text to a length, with an ellipsis and the original length. */
  static String cut(String text, int max) {
    return cut(text, max, text.length());
  }

  /**
   * Returns a text cut to {@code max} characters, followed by the length of the original text when
   * it was longer (the exception may already have kept only the start of a longer text: {@code
   * length} is then the original length it recorded).
   */
  private static String cut(String text, int max, long length) {
    if (text.length() <= max && length <= text.length()) {
      return text;
    }
    int end = Math.min(max, text.length());
    if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end) + lengthOfCut(length);
  }

  /** Bounds the rejected value of a core exception, keeping the original length it recorded. */
  private static Object bounded(Object value, long originalLength) {
    if (originalLength >= 0 && value instanceof CharSequence text) {
      String kept = text.toString();
      int marker = kept.lastIndexOf("… (");
      return cut(marker < 0 ? kept : kept.substring(0, marker), MAX_VALUE_LENGTH, originalLength);
    }
    return bounded(value);
  }

  /**
   * Returns a message fit for a log: control characters (C0, DEL, C1, the line and paragraph
   * separators) and lone surrogates escaped as {@code \}{@code uXXXX}, cut to {@link
   * #MAX_MESSAGE_LENGTH} characters.
   */
  static String clean(String message) {
    String text =
        message.length() > 4 * MAX_MESSAGE_LENGTH
            ? message.substring(0, 4 * MAX_MESSAGE_LENGTH)
            : message;
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean escape =
          c < 0x20
              || (c >= 0x7F && c <= 0x9F)
              || c == '\u2028'
              || c == '\u2029'
              || (Character.isHighSurrogate(c)
                  && (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))))
              || (Character.isLowSurrogate(c)
                  && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1))));
      if (escape && out == null) {
        out = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      if (out != null) {
        if (escape) {
          out.append(String.format("\\u%04X", (int) c));
        } else {
          out.append(c);
        }
      }
    }
    String clean = out == null ? text : out.toString();
    if (clean.length() <= MAX_MESSAGE_LENGTH) {
      return clean;
    }
    int end = MAX_MESSAGE_LENGTH - 1;
    if (Character.isHighSurrogate(clean.charAt(end - 1))) {
      end--;
    }
    return clean.substring(0, end) + "…";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof JsonProblem other
        && pointer.equals(other.pointer)
        && errorCode.equals(other.errorCode)
        && Objects.equals(rejectedValue, other.rejectedValue)
        && Arrays.equals(arguments, other.arguments)
        && Objects.equals(english, other.english);
  }

  @Override
  public int hashCode() {
    return Objects.hash(pointer, errorCode, rejectedValue);
  }

  /** Returns the problem as {@code "<pointer> [<code>] <English message>"}. */
  @Override
  public String toString() {
    return (pointer.isEmpty() ? "(document)" : shown(pointer))
        + " ["
        + code()
        + "] "
        + message(Locale.ENGLISH);
  }
}
