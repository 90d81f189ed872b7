package io.github.esspetiteenfance.validation;

/**
 * How serious a validation problem is.
 *
 * <p>A constraint reports an {@link #ERROR} unless its {@code payload} lists {@link Warning}:
 * {@code @Size(max = 80, payload = Warning.class)}.
 */
public enum Severity {
  /** The value breaks a rule of the model: the report is not valid. */
  ERROR,
  /** The value is suspicious but allowed: the report stays valid. */
  WARNING
}
