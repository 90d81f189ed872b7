package io.github.esspetiteenfance.establishment;

import io.github.esspetiteenfance.MissingAttributesException;

/**
 * Thrown by {@code EstablishmentBuilder.build()} when a required attribute (the name, the operator,
 * the structure) is missing, with the code {@link EstablishmentErrorCode#MISSING_ATTRIBUTES} and
 * the missing names.
 *
 * <p>The package's Immutables style names this class in {@code throwForInvalidImmutableState}, so
 * users get the library's typed error instead of an {@link IllegalStateException}.
 */
public class MissingEstablishmentAttributesException extends MissingAttributesException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception for the given missing attributes.
   *
   * @param missingAttributes the names of the missing attributes, not null
   */
  public MissingEstablishmentAttributesException(String... missingAttributes) {
    super(EstablishmentErrorCode.MISSING_ATTRIBUTES, missingAttributes);
  }
}
