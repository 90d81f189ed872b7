package io.github.esspetiteenfance;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The root of the exceptions the library throws on invalid input.
 *
 * <p>Every instance carries a stable {@link #errorCode() code}, the {@link #field() field} or path
 * concerned (when there is one), the {@link #rejectedValue() rejected value}, and a message in
 * French and in English. {@link #getMessage()} is the English message; {@link #message(Locale)}
 * gives the French one for a French locale.
 *
 * <p>By convention the message arguments are {@code {0}} the field, {@code {1}} the rejected value,
 * and {@code {2}}... the extra arguments given at construction.
 *
 * <p>Echo of the rejected value: the message never quotes more than {@value #MAX_ECHOED} characters
 * of it and escapes its control characters ({@link #echo(Object)}), so that a huge or crafted input
 * (a 10 MB text, a text holding {@code "\n[ERROR] ..."}) gives a short message on one line and
 * cannot forge a log line. The {@link #rejectedValue()} accessor keeps the value itself, except a
 * text of more than {@value #MAX_KEPT} characters, which is kept cut (see there), so that an
 * exception never holds a huge input alive.
 *
 * <p>Serialization: the code is serialized (every {@link ErrorCode} is {@link Serializable}: the
 * codes are enum constants), and so are the rejected value and the arguments when they are
 * serializable; the others are replaced by their text, so that a deserialized exception keeps its
 * {@link #code()} and its messages.
 *
 * <p>It extends {@link IllegalArgumentException} because every subclass reports a caller's error:
 * an argument, a document or a parameter table that does not satisfy the library's contract.
 *
 * <p>This class is immutable and thread-safe if its rejected value and arguments are.
 */
public abstract class EssPetiteEnfanceException extends IllegalArgumentException {

  private static final long serialVersionUID = 2L;

  /** The most characters of a rejected value quoted in a message. */
  public static final int MAX_ECHOED = 80;

  /** The most characters of a rejected text kept by {@link #rejectedValue()}. */
  public static final int MAX_KEPT = 1024;

  private final ErrorCode errorCode;
  private final String field;
  private transient Object rejectedValue;
  private final int rejectedLength;
  private transient Object[] arguments;

  /**
   * Creates an exception.
   *
   * @param errorCode the stable code, not null
   * @param field the field or path concerned, null if none
   * @param rejectedValue the rejected value, may be null
   * @param cause the cause, may be null
   * @param arguments extra message arguments ({@code {2}} onwards), may be empty
   */
  protected EssPetiteEnfanceException(
      ErrorCode errorCode,
      String field,
      Object rejectedValue,
      Throwable cause,
      Object... arguments) {
    super(cause);
    this.errorCode = Objects.requireNonNull(errorCode, "errorCode");
    this.field = field;
    this.rejectedValue = kept(rejectedValue);
    this.rejectedLength =
        rejectedValue instanceof CharSequence text && text.length() > MAX_KEPT ? text.length() : -1;
    this.arguments = arguments.clone();
  }

  /**
   * Returns a value as it is quoted in a message: its text, each control character (C0, DEL, C1,
   * U+2028, U+2029) and each lone surrogate escaped as {@code \n}, {@code \r}, {@code \t} or <code>
   * &#92;uXXXX</code> (a backslash is doubled), then cut to {@value #MAX_ECHOED} characters with an
   * ellipsis and the original length, such as {@code "5520813170000…" (10485760 characters)}.
   *
   * @param value the value, may be null
   * @return the text to quote, at most about 110 characters, not null
   */
  public static String echo(Object value) {
    return echo(value, Locale.ENGLISH);
  }

  /**
   * Returns a value as it is quoted in a message of a language: as {@link #echo(Object)}, the
   * length of a cut text written in that language ({@code "… (10485760 caractères)"} in French).
   *
   * @param value the value, may be null
   * @param locale French for {@code fr}, English otherwise; not null
   * @return the text to quote, not null
   */
  public static String echo(Object value, Locale locale) {
    String text = String.valueOf(value);
    return echo(text, text.length(), locale);
  }

  private static String echo(String text, long length, Locale locale) {
    StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_ECHOED) + 8);
    int i = 0;
    while (i < text.length() && out.length() < MAX_ECHOED) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        out.append(c).append(text.charAt(i + 1));
        i += 2;
        continue;
      }
      appendEscaped(out, c);
      i++;
    }
    if (i < text.length()) {
      boolean french = "fr".equals(locale.getLanguage());
      out.append("… (").append(length).append(french ? " caractères)" : " characters)");
    }
    return out.toString();
  }

  private static void appendEscaped(StringBuilder out, char c) {
    switch (c) {
      case '\\' -> out.append("\\\\");
      case '\n' -> out.append("\\n");
      case '\r' -> out.append("\\r");
      case '\t' -> out.append("\\t");
      default -> {
        if (c < 0x20
            || (c >= 0x7f && c <= 0x9f)
            || c == '\u2028'
            || c == '\u2029'
            || Character.isSurrogate(c)) {
          out.append(String.format("\\u%04X", (int) c));
        } else {
          out.append(c);
        }
      }
    }
  }

  private static Object kept(Object value) {
    if (value instanceof CharSequence text && text.length() > MAX_KEPT) {
      return text.subSequence(0, MAX_KEPT) + "… (" + text.length() + " characters)";
    }
    return value;
  }

  /**
   * Returns the stable code of this error.
   *
   * @return the code, not null
   */
  public ErrorCode errorCode() {
    return errorCode;
  }

  /**
   * Returns the stable code of this error as text, such as {@code "identifier.siren.checksum"}.
   *
   * @return the code, not null
   */
  public String code() {
    return errorCode.code();
  }

  /**
   * Returns the field, property path or JSON path concerned.
   *
   * @return the field, empty if the error concerns a whole value
   */
  public Optional<String> field() {
    return Optional.ofNullable(field);
  }

  /**
   * Returns the value that was rejected: the value given, except a text of more than {@value
   * #MAX_KEPT} characters, which is kept as its first {@value #MAX_KEPT} characters followed by
   * {@code "… (N characters)"}, so that an exception never holds a huge input.
   *
   * @return the rejected value, may be null (a missing value)
   */
  public Object rejectedValue() {
    return rejectedValue;
  }

  /**
   * Returns the length of the rejected text when it was longer than {@value #MAX_KEPT} characters
   * and {@link #rejectedValue()} keeps only its start.
   *
   * @return the original length, or -1 if the rejected value is kept whole
   */
  public long rejectedLength() {
    return rejectedLength;
  }

  /**
   * Returns the message in the given language.
   *
   * @param locale French for {@code fr}, English otherwise; not null
   * @return the message, not null
   */
  public String message(Locale locale) {
    Object[] all = new Object[arguments.length + 2];
    all[0] = field == null ? "" : echo(field, locale);
    all[1] =
        rejectedLength < 0
            ? echo(rejectedValue, locale)
            : echo(String.valueOf(rejectedValue).substring(0, MAX_KEPT), rejectedLength, locale);
    System.arraycopy(arguments, 0, all, 2, arguments.length);
    return errorCode.message(locale, all);
  }

  /** Returns the English message, prefixed by the stable code. */
  @Override
  public String getMessage() {
    return "[" + code() + "] " + message(Locale.ENGLISH);
  }

  @Override
  public String getLocalizedMessage() {
    return "[" + code() + "] " + message(Locale.getDefault());
  }

  /**
   * Returns a copy of the extra message arguments.
   *
   * @return the arguments, not null
   */
  protected Object[] arguments() {
    return Arrays.copyOf(arguments, arguments.length);
  }

  private void writeObject(ObjectOutputStream out) throws IOException {
    out.defaultWriteObject();
    out.writeObject(serializable(rejectedValue));
    Object[] copy = new Object[arguments.length];
    for (int i = 0; i < copy.length; i++) {
      copy[i] = serializable(arguments[i]);
    }
    out.writeObject(copy);
  }

  private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
    in.defaultReadObject();
    rejectedValue = in.readObject();
    Object read = in.readObject();
    arguments = read instanceof Object[] array ? array.clone() : new Object[0];
  }

  private static Object serializable(Object value) {
    return value == null || value instanceof Serializable ? value : String.valueOf(value);
  }
}
