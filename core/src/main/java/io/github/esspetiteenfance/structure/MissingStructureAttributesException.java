package io.github.esspetiteenfance.structure;

import io.github.esspetiteenfance.MissingAttributesException;

/**
 * Thrown by a generated builder of this package ({@code MicroCrecheBuilder}...) when {@code
 * build()} is called before every required attribute is set, with the code {@link
 * StructureErrorCode#MISSING_ATTRIBUTES}.
 */
public class MissingStructureAttributesException extends MissingAttributesException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception for the given missing attributes.
   *
   * @param missingAttributes the names of the missing attributes, not null
   */
  public MissingStructureAttributesException(String... missingAttributes) {
    super(StructureErrorCode.MISSING_ATTRIBUTES, missingAttributes);
  }
}
