package io.github.esspetiteenfance.diagnostic;

import io.github.esspetiteenfance.ErrorCode;

/**
 * Error codes of the diagnostics model. Messages are in {@code messages.properties} and {@code
 * messages_fr.properties} of this package; arguments: {@code {0}} the field, {@code {1}} the
 * rejected value, then the code's own.
 */
public enum FindingErrorCode implements ErrorCode {
  /** A message argument of a type no argument kind holds ({@code {2}}: the type's simple name). */
  ARGUMENT_UNSUPPORTED("finding.argument.unsupported"),
  /**
   * A finding with another number of arguments than its code declares ({@code {2}}: the code,
   * {@code {3}}: the number declared).
   */
  ARGUMENT_COUNT("finding.argument.count"),
  /**
   * A message argument of another kind or vocabulary than its code declares ({@code {2}}: the code,
   * {@code {3}}: the position, {@code {4}}: the type declared).
   */
  ARGUMENT_KIND("finding.argument.kind");

  private final String code;

  FindingErrorCode(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
