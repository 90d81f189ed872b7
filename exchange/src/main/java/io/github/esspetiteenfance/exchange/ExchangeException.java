package io.github.esspetiteenfance.exchange;

import io.github.esspetiteenfance.EssPetiteEnfanceException;

/**
 * Thrown when an export cannot be written or an import document cannot be read; carries an {@link
 * ExchangeErrorCode}, the field (or JSON path) and the rejected value.
 */
public class ExchangeException extends EssPetiteEnfanceException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param code the error code, not null
   * @param field the field or JSON path, may be null
   * @param rejectedValue the rejected value, may be null
   * @param arguments the code's extra message arguments
   */
  public ExchangeException(
      ExchangeErrorCode code, String field, Object rejectedValue, Object... arguments) {
    super(code, field, rejectedValue, null, arguments);
  }

  /**
   * Creates an exception with a cause.
   *
   * @param code the error code, not null
   * @param field the field or JSON path, may be null
   * @param rejectedValue the rejected value, may be null
   * @param cause the cause, may be null
   * @param arguments the code's extra message arguments
   */
  public ExchangeException(
      ExchangeErrorCode code,
      String field,
      Object rejectedValue,
      Throwable cause,
      Object... arguments) {
    super(code, field, rejectedValue, cause, arguments);
  }
}
