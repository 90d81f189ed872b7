package io.github.esspetiteenfance.fee;

import io.github.esspetiteenfance.CommonErrorCode;
import io.github.esspetiteenfance.InvalidValueException;
import io.github.esspetiteenfance.legal.Confidence;
import io.github.esspetiteenfance.legal.LegalBasis;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The fee of occasional care, billed by the hour: {@code hourly rate × hours billed}.
 *
 * <p><b>Rounding</b>: {@link #rounded()} multiplies the rounded hourly tariff by the hours and
 * rounds the product once, to the cent, half-up; {@link #exact()} multiplies the exact hourly rate
 * and is never rounded. How hours are counted (each half-hour started, for example) is the
 * manager's rule and not part of this calculation.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param hourlyRate the hourly rate of the family, not null
 * @param hoursBilled the hours billed, not negative; not null
 */
public record OccasionalFee(HourlyRate hourlyRate, BigDecimal hoursBilled) {

  /**
   * Creates an occasional fee.
   *
   * @throws InvalidValueException if the hours are negative
   */
  public OccasionalFee {
    Objects.requireNonNull(hourlyRate, "hourlyRate");
    Objects.requireNonNull(hoursBilled, "hoursBilled");
    if (hoursBilled.signum() < 0) {
      throw new InvalidValueException(CommonErrorCode.NEGATIVE, "hoursBilled", hoursBilled);
    }
  }

  /**
   * Returns the fee billed: rounded hourly tariff × hours, rounded once to the cent, half-up.
   *
   * @return the fee in euros, scale 2; not null
   */
  public BigDecimal rounded() {
    return FeeRounding.toCent(hourlyRate.rounded().multiply(hoursBilled));
  }

  /**
   * Returns the unrounded fee: exact hourly rate × hours.
   *
   * @return the fee in euros, not null
   */
  public BigDecimal exact() {
    return hourlyRate.exact().multiply(hoursBilled);
  }

  /**
   * Returns the rules and parameters used: those of the hourly rate and the hourly billing.
   *
   * @return the legal bases, not null
   */
  public List<LegalBasis> legalBases() {
    List<LegalBasis> bases = new ArrayList<>(hourlyRate.legalBases());
    bases.add(FeeBases.OCCASIONAL);
    return List.copyOf(bases);
  }

  /**
   * Returns the weakest confidence of the rules and parameters used.
   *
   * @return the confidence, not null
   */
  public Confidence confidence() {
    return HourlyRate.weakest(legalBases());
  }
}
