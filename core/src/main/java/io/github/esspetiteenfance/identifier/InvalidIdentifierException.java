package io.github.esspetiteenfance.identifier;

import io.github.esspetiteenfance.EssPetiteEnfanceException;
import java.util.Objects;

/**
 * Thrown when a text is not a valid French identifier or code: a SIREN that fails its Luhn check, a
 * SIRET of the wrong length, an unknown catégorie juridique...
 *
 * <p>It carries the {@link #violation() violation} (a stable code such as {@code
 * identifier.siren.checksum}), the {@link #identifierType() kind of identifier}, and the {@link
 * #input() text that was rejected}, exactly as given (before spaces were removed). Its messages
 * exist in French and English ({@link #message(java.util.Locale)}).
 *
 * <p>This exception is immutable and thread-safe.
 */
public final class InvalidIdentifierException extends EssPetiteEnfanceException {

  private static final long serialVersionUID = 1L;

  private final IdentifierViolation violation;
  private final String input;

  /**
   * Creates an exception.
   *
   * @param violation the reason of the rejection, not null
   * @param input the rejected text as given, not null
   */
  public InvalidIdentifierException(IdentifierViolation violation, String input) {
    super(Objects.requireNonNull(violation, "violation"), null, input, null);
    this.violation = violation;
    this.input = Objects.requireNonNull(input, "input");
  }

  /**
   * Returns the reason of the rejection.
   *
   * @return the violation, not null
   */
  public IdentifierViolation violation() {
    return violation;
  }

  /**
   * Returns the kind of identifier that was rejected.
   *
   * @return the identifier type, not null
   */
  public IdentifierType identifierType() {
    return violation.identifierType();
  }

  /**
   * Returns the rejected text, exactly as it was given.
   *
   * @return the text, not null
   */
  public String input() {
    return input;
  }
}
