package io.github.esspetiteenfance.fee;

import io.github.esspetiteenfance.CommonErrorCode;
import io.github.esspetiteenfance.InvalidValueException;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The two thresholds of the médiation familiale barème that move every year, supplied by the
 * caller: the monthly RSA socle and the monthly SMIC in force.
 *
 * <p>The library does not know these amounts by date: the caller gives those of the date of the
 * mediation. The source does not say whether the SMIC is net or gross; in 2010, when the barème was
 * set, only the net SMIC (about 1,056 €) was below the next threshold of 1,200 €, which suggests
 * the net SMIC (DERIVED).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param rsaSocle the monthly RSA socle in euros, greater than zero, at most {@code smic}; not null
 * @param smic the monthly SMIC in euros, greater than zero; not null
 */
public record MediationThresholds(BigDecimal rsaSocle, BigDecimal smic) {

  /**
   * Creates the thresholds.
   *
   * @throws InvalidValueException if an amount is not greater than zero or the RSA socle is above
   *     the SMIC
   */
  public MediationThresholds {
    Objects.requireNonNull(rsaSocle, "rsaSocle");
    Objects.requireNonNull(smic, "smic");
    if (rsaSocle.signum() <= 0) {
      throw new InvalidValueException(CommonErrorCode.NOT_POSITIVE, "rsaSocle", rsaSocle);
    }
    if (rsaSocle.compareTo(smic) > 0) {
      throw new InvalidValueException(
          FeeErrorCode.MEDIATION_THRESHOLDS_REVERSED, "rsaSocle", rsaSocle, smic.toPlainString());
    }
  }
}
