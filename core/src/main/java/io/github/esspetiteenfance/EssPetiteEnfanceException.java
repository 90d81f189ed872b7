package io.github.esspetiteenfance;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The root of the exceptions the library throws on invalid input.
 *
 * <p>Every instance carries a stable {@link #errorCode() code}, the {@link #field() field} or path
 * concerned (when there is one), the {@link #rejectedValue() rejected value}, and a message in
 * French and in English. {@link #getMessage()} is the English message; {@link #getMessage(Locale)}
 * gives the French one for a French locale.
 *
 * <p>By convention the message arguments are {@code {0}} the field, {@code {1}} the rejected value,
 * and {@code {2}}... the extra arguments given at construction.
 *
 * <p>It extends {@link IllegalArgumentException} because every subclass reports a caller's error:
 * an argument, a document or a parameter table that does not satisfy the library's contract.
 *
 * <p>This class is immutable and thread-safe if its rejected value and arguments are.
 */
public abstract class EssPetiteEnfanceException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final transient ErrorCode errorCode;
  private final String field;
  private final transient Object rejectedValue;
  private final transient Object[] arguments;

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
    this.rejectedValue = rejectedValue;
    this.arguments = arguments.clone();
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
   * Returns the value that was rejected.
   *
   * @return the rejected value, may be null (a missing value)
   */
  public Object rejectedValue() {
    return rejectedValue;
  }

  /**
   * Returns the message in the given language.
   *
   * @param locale French for {@code fr}, English otherwise; not null
   * @return the message, not null
   */
  public String getMessage(Locale locale) {
    Object[] all = new Object[arguments.length + 2];
    all[0] = field == null ? "" : field;
    all[1] = String.valueOf(rejectedValue);
    System.arraycopy(arguments, 0, all, 2, arguments.length);
    return errorCode.message(locale, all);
  }

  /** Returns the English message, prefixed by the stable code. */
  @Override
  public String getMessage() {
    return "[" + code() + "] " + getMessage(Locale.ENGLISH);
  }

  @Override
  public String getLocalizedMessage() {
    return "[" + code() + "] " + getMessage(Locale.getDefault());
  }

  /**
   * Returns a copy of the extra message arguments.
   *
   * @return the arguments, not null
   */
  protected Object[] arguments() {
    return Arrays.copyOf(arguments, arguments.length);
  }
}
