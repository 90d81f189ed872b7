package io.github.esspetiteenfance;

import java.util.List;

/**
 * Thrown by a generated builder ({@code OrganizationBuilder.builder()...build()}, {@code
 * MicroCrecheBuilder}...) when {@code build()} is called before every required attribute is set.
 *
 * <p>Every package of the model configures its builders with {@code @Value.Style(newBuilder =
 * "builder", throwForInvalidImmutableState = ...)}: Immutables calls the public {@code String...}
 * constructor with the names of the missing attributes, so users get the library's typed error,
 * with the stable code {@code model.missing-attributes} ({@link
 * CommonErrorCode#MISSING_ATTRIBUTES}), instead of an {@link IllegalStateException}. The field is
 * the comma-separated list of the missing names; the rejected value is {@code null}.
 */
public class MissingAttributesException extends InvalidValueException {

  private static final long serialVersionUID = 1L;

  private final List<String> missing;

  /**
   * Creates an exception for the given missing attributes, with the code {@link
   * CommonErrorCode#MISSING_ATTRIBUTES}.
   *
   * @param missingAttributes the names of the missing attributes, not null
   */
  public MissingAttributesException(String... missingAttributes) {
    this(CommonErrorCode.MISSING_ATTRIBUTES, missingAttributes);
  }

  /**
   * Creates an exception for the given missing attributes, with a package's own code.
   *
   * @param errorCode the code, whose message takes the names as argument {@code {2}}; not null
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
