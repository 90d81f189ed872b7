package io.github.esspetiteenfance.fee;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A band of the CNAF médiation familiale barème (from 1 Jan 2010, SECONDARY, reference §6.5), by
 * monthly income R: each band includes its upper bound.
 *
 * <p>The fixed amount is {@code 2 €} or {@code 5 €}; from {@link #SMIC_TO_1200} on, the
 * contribution is {@code 5 € + percent × R}, capped at {@value MediationFamiliale#MAXIMUM} €
 * overall.
 */
public enum MediationBand {
  /** {@code R ≤ RSA socle}: 2 €. */
  UP_TO_RSA("2", null, null),
  /** {@code RSA socle < R ≤ SMIC}: 5 €. */
  RSA_TO_SMIC("5", null, null),
  /** {@code SMIC < R ≤ 1,200 €}: 5 € + 0.3 % R. Empty when the SMIC is above 1,200 €. */
  SMIC_TO_1200("5", "0.3", "1200"),
  /** {@code 1,200 € < R ≤ 2,200 €} (and above the SMIC): 5 € + 0.8 % R. */
  TO_2200("5", "0.8", "2200"),
  /** {@code 2,200 € < R ≤ 3,800 €}: 5 € + 1.2 % R. */
  TO_3800("5", "1.2", "3800"),
  /** {@code 3,800 € < R ≤ 5,300 €}: 5 € + 1.5 % R. */
  TO_5300("5", "1.5", "5300"),
  /** {@code R > 5,300 €}: 5 € + 1.8 % R, at most 131 €. */
  ABOVE_5300("5", "1.8", null);

  private final BigDecimal fixed;
  private final Optional<BigDecimal> percent;
  private final Optional<BigDecimal> upTo;

  MediationBand(String fixed, String percent, String upTo) {
    this.fixed = new BigDecimal(fixed);
    this.percent = Optional.ofNullable(percent).map(BigDecimal::new);
    this.upTo = Optional.ofNullable(upTo).map(BigDecimal::new);
  }

  /**
   * Returns the fixed part of the contribution.
   *
   * @return the amount in euros, not null
   */
  public BigDecimal fixed() {
    return fixed;
  }

  /**
   * Returns the share of the income added to the fixed part, in percent.
   *
   * @return the percentage, empty for the two fixed bands
   */
  public Optional<BigDecimal> percent() {
    return percent;
  }

  /**
   * Returns the income at which the band ends, inclusive, for the bands with a fixed bound.
   *
   * @return the bound in euros, empty for the bands bounded by the RSA or the SMIC and the last
   */
  public Optional<BigDecimal> upTo() {
    return upTo;
  }
}
