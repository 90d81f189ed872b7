package io.github.esspetiteenfance.fee;

import io.github.esspetiteenfance.CommonErrorCode;
import io.github.esspetiteenfance.InvalidValueException;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A taux d'effort of the CNAF barème: the share of the family's monthly resources it pays per hour
 * of care, as published, in percent (for example {@code 0.0619} for 0.0619 %).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param percent the rate in percent, greater than zero; not null
 */
public record TauxEffort(BigDecimal percent) {

  /**
   * Creates a taux d'effort.
   *
   * @throws InvalidValueException if {@code percent} is not greater than zero
   */
  public TauxEffort {
    Objects.requireNonNull(percent, "percent");
    if (percent.signum() <= 0) {
      throw new InvalidValueException(CommonErrorCode.NOT_POSITIVE, "percent", percent);
    }
  }

  /**
   * Obtains a taux d'effort from its value in percent, such as {@code "0.0619"}.
   *
   * @param percent the rate in percent, as text, not null
   * @return the rate, not null
   * @throws NumberFormatException if the text is not a number
   * @throws InvalidValueException if the rate is not greater than zero
   */
  public static TauxEffort ofPercent(String percent) {
    return new TauxEffort(new BigDecimal(percent));
  }

  /**
   * Returns the rate as a fraction of the resources: {@code percent / 100}, exact.
   *
   * @return the fraction, such as {@code 0.000619}; not null
   */
  public BigDecimal fraction() {
    return percent.movePointLeft(2);
  }

  /** Returns the rate as {@code "0.0619 %"}. */
  @Override
  public String toString() {
    return percent.toPlainString() + " %";
  }
}
