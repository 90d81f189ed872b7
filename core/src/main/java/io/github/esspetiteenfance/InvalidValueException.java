package io.github.esspetiteenfance;

/**
 * Thrown when a value of the model breaks one of its invariants: a minimum age above the maximum, a
 * capacity of zero, a micro-crèche with two operators...
 *
 * <p>Invariants are consistency rules that hold whatever the date; dated regulatory rules are
 * findings of the {@code regulation} package, not exceptions.
 */
public class InvalidValueException extends EssPetiteEnfanceException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param errorCode the stable code, not null
   * @param field the field or path concerned, null if none
   * @param rejectedValue the rejected value, may be null
   * @param arguments extra message arguments ({@code {2}} onwards), may be empty
   */
  public InvalidValueException(
      ErrorCode errorCode, String field, Object rejectedValue, Object... arguments) {
    super(errorCode, field, rejectedValue, null, arguments);
  }
}
