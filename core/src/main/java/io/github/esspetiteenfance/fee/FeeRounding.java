package io.github.esspetiteenfance.fee;

import io.github.esspetiteenfance.legal.LegalBases;
import io.github.esspetiteenfance.legal.LegalBasis;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The rounding rule of the {@code fee} package: amounts in euros are rounded to the cent, half-up.
 *
 * <p><b>No official rounding rule is known</b> for the hourly rate of the CNAF barème (reference
 * §4.1 "Rounding", §7 item 9). The published examples show hourly rates rounded to the cent (0.474
 * → 0.47 €, 4.333 → 4.33 €, AGDS 2024); half-up is the project's choice ({@link #BASIS}, DERIVED).
 * The médiation familiale barème, by contrast, does state its rounding (to the nearest euro; see
 * {@link MediationFamiliale}).
 *
 * <p>Where rounding happens:
 *
 * <ul>
 *   <li>{@link HourlyRate#exact()} is never rounded; {@link HourlyRate#rounded()} is the one
 *       rounding of the hourly rate, to the cent: it is the tariff shown to the family;
 *   <li>{@link MonthlyFee#rounded()} and {@link OccasionalFee#rounded()} multiply the
 *       <em>rounded</em> hourly tariff by the hours, and round the product once, to the cent; their
 *       {@code exact()} multiply the exact hourly rate and are never rounded.
 * </ul>
 */
final class FeeRounding {

  /** The scale of rounded amounts: cents. */
  public static final int CENTS = 2;

  /** The rounding mode: half-up (no official rule known). */
  public static final RoundingMode MODE = RoundingMode.HALF_UP;

  /** The basis of the rounding rule: the project's choice from published examples, DERIVED. */
  public static final LegalBasis BASIS = LegalBases.get("project.fee.rounding");

  private FeeRounding() {}

  /**
   * Returns an amount rounded to the cent, half-up.
   *
   * @param amount the amount in euros, not null
   * @return the rounded amount, with scale 2; not null
   */
  public static BigDecimal toCent(BigDecimal amount) {
    return amount.setScale(CENTS, MODE);
  }
}
