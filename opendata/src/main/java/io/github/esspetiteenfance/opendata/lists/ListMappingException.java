package io.github.esspetiteenfance.opendata.lists;

import io.github.esspetiteenfance.EssPetiteEnfanceException;

/**
 * Thrown when a mapping of a published list cannot be used: a run with it does not start. The field
 * is the mapping file and line, such as {@code "creches.mapping.csv:12"}.
 */
public class ListMappingException extends EssPetiteEnfanceException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param code the code, not null
   * @param where the mapping file and line, not null
   * @param value the rejected value, may be null
   * @param detail what is expected, not null
   */
  public ListMappingException(ListErrorCode code, String where, Object value, Object detail) {
    super(code, where, value, null, detail);
  }
}
