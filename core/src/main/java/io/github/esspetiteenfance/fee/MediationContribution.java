package io.github.esspetiteenfance.fee;

import io.github.esspetiteenfance.CommonErrorCode;
import io.github.esspetiteenfance.InvalidValueException;
import io.github.esspetiteenfance.legal.Confidence;
import io.github.esspetiteenfance.legal.LegalBasis;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The family contribution to one médiation familiale session, per person, with the band applied.
 *
 * <p>{@link #exact()} is the barème amount, capped at {@value MediationFamiliale#MAXIMUM} €, before
 * rounding; {@link #rounded()} rounds it to the nearest euro, as the barème requires (half-up for
 * an exact half: the barème does not say).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param monthlyIncome the monthly income R, not negative; not null
 * @param band the band of R, not null
 * @param exact the unrounded contribution in euros, not negative; not null
 * @param basis the barème, not null
 */
public record MediationContribution(
    BigDecimal monthlyIncome, MediationBand band, BigDecimal exact, LegalBasis basis) {

  /**
   * Creates a contribution.
   *
   * @throws InvalidValueException if an amount is negative
   */
  public MediationContribution {
    Objects.requireNonNull(monthlyIncome, "monthlyIncome");
    Objects.requireNonNull(band, "band");
    Objects.requireNonNull(exact, "exact");
    Objects.requireNonNull(basis, "basis");
    if (monthlyIncome.signum() < 0) {
      throw new InvalidValueException(CommonErrorCode.NEGATIVE, "monthlyIncome", monthlyIncome);
    }
    if (exact.signum() < 0) {
      throw new InvalidValueException(CommonErrorCode.NEGATIVE, "exact", exact);
    }
  }

  /**
   * Returns the contribution rounded to the nearest euro.
   *
   * @return the amount in euros, scale 0; not null
   */
  public BigDecimal rounded() {
    return exact.setScale(0, RoundingMode.HALF_UP);
  }

  /**
   * Returns the confidence of the barème.
   *
   * @return the confidence, not null
   */
  public Confidence confidence() {
    return basis.confidence();
  }
}
