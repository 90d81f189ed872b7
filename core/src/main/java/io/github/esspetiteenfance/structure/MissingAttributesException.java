package io.github.esspetiteenfance.structure;

import io.github.esspetiteenfance.ErrorCode;
import io.github.esspetiteenfance.InvalidValueException;
import java.util.List;

/**
 * Thrown by a generated builder ({@code MicroCrecheBuilder}...) when {@code build()} is called
 * before every required attribute is set.
 *
 * <p>Immutables calls the public {@code String...} constructor with the names of the missing
 * attributes (the package's {@code @Value.Style(throwForInvalidImmutableState = ...)}), so users
 * get the library's typed error, with a stable code, instead of an {@link IllegalStateException}.
 * The field is the comma-separated list of the missing names; the rejected value is {@code null}.
 */
public class MissingAttributesException extends InvalidValueException {

  private static final long serialVersionUID = 1L;

  private final List<String> missing;

  /**
   * Creates an exception for the given missing attributes, with the code {@link
   * StructureErrorCode#MISSING_ATTRIBUTES}.
   *
   * @param missingAttributes the names of the missing attributes, not null
   */
  public MissingAttributesException(String... missingAttributes) {
    this(StructureErrorCode.MISSING_ATTRIBUTES, missingAttributes);
  }

  /**
   * Creates an exception for the given missing attributes, with another package's code.
   *
   * @param errorCode the code, not null
   * @param missingAttributes the names of the missing attributes, not null
   */
  protected MissingAttributesException(ErrorCode errorCode, String... missingAttributes) {
    super(
        errorCode,
        String.join(", ", missingAttributes),
        null,
        String.join(", ", missingAttributes));
    this.missing = List.of(missingAttributes);
  }

  /**
   * Returns the names of the missing attributes.
   *
   * @return the names, in declaration order, not null
   */
  public List<String> missingAttributes() {
    return missing;
  }
}
