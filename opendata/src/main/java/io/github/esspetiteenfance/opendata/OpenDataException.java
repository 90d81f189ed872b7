package io.github.esspetiteenfance.opendata;

import io.github.esspetiteenfance.EssPetiteEnfanceException;

/**
 * Thrown when a run of an open-data reader cannot go on: an unreadable file, a missing header or a
 * missing required column. A bad row never throws: it is rejected and counted ({@link
 * RowRejection}).
 */
public class OpenDataException extends EssPetiteEnfanceException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param errorCode the stable code, not null
   * @param field the file or column concerned, null if none
   * @param rejectedValue the rejected value, may be null
   * @param cause the cause, may be null
   * @param arguments extra message arguments ({@code {2}} onwards), may be empty
   */
  public OpenDataException(
      OpenDataErrorCode errorCode,
      String field,
      Object rejectedValue,
      Throwable cause,
      Object... arguments) {
    super(errorCode, field, rejectedValue, cause, arguments);
  }
}
