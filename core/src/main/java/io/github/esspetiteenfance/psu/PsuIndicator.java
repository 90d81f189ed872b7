package io.github.esspetiteenfance.psu;

import io.github.esspetiteenfance.Fraction;
import io.github.esspetiteenfance.legal.Confidence;
import io.github.esspetiteenfance.legal.LegalBasis;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The value of a PSU or occupancy indicator, exact, with its definition.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param kind the indicator, not null
 * @param value the exact rate, not negative, not null
 */
public record PsuIndicator(IndicatorKind kind, Fraction value) {

  /** Creates an indicator value. */
  public PsuIndicator {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(value, "value");
  }

  /**
   * Returns the rate as a percentage rounded half-up to two decimals, for display.
   *
   * @return the percentage, not null
   */
  public BigDecimal percent() {
    return value.toPercent(2, RoundingMode.HALF_UP);
  }

  /**
   * Returns the legal basis of the indicator's definition.
   *
   * @return the basis, not null
   */
  public LegalBasis basis() {
    return kind.basis();
  }

  /**
   * Returns the confidence of the indicator's definition.
   *
   * @return the confidence, not null
   */
  public Confidence confidence() {
    return kind.basis().confidence();
  }
}
