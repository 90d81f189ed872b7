package io.github.esspetiteenfance.territory;

import io.github.esspetiteenfance.EssPetiteEnfanceException;

/**
 * Thrown when a code is not that of a territory of the COG vintage asked: an unknown région,
 * département, commune or postcode, or a former commune without successor.
 *
 * <p>Its {@link #code()} tells which, such as {@code territory.commune.unknown}; its {@link
 * #rejectedValue()} is the code looked up, and its messages name the vintage.
 *
 * <p>This class is immutable and thread-safe.
 */
public class UnknownTerritoryException extends EssPetiteEnfanceException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param errorCode the stable code, not null
   * @param field the field or parameter concerned, such as {@code "codeCommune"}; null if none
   * @param code the code looked up, may be null
   * @param vintage the COG vintage searched, not null
   * @param arguments extra message arguments ({@code {3}} onwards), may be empty
   */
  public UnknownTerritoryException(
      TerritoryErrorCode errorCode,
      String field,
      Object code,
      CogVintage vintage,
      Object... arguments) {
    super(errorCode, field, code, null, prepend(vintage, arguments));
  }

  private static Object[] prepend(CogVintage vintage, Object[] arguments) {
    Object[] all = new Object[arguments.length + 1];
    all[0] = java.util.Objects.requireNonNull(vintage, "vintage");
    System.arraycopy(arguments, 0, all, 1, arguments.length);
    return all;
  }
}
