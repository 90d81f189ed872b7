package io.github.esspetiteenfance.legal;

import java.util.Objects;

/**
 * A value that applies during a validity period, with its legal basis.
 *
 * <p>This record is immutable and thread-safe if the value is.
 *
 * @param <T> the type of the value
 * @param value the value, not null
 * @param basis the legal basis, whose validity period is the period of this value; not null
 */
public record Dated<T>(T value, LegalBasis basis) {

  /** Creates a dated value. */
  public Dated {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(basis, "basis");
  }

  /**
   * Returns the period in which the value applies.
   *
   * @return the period, not null
   */
  public ValidityPeriod validity() {
    return basis.validity();
  }
}
