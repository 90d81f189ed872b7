package io.github.esspetiteenfance.psu;

/**
 * A band of the taux de facturation that modulates the PSU prix plafond.
 *
 * <p>Boundaries, and why:
 *
 * <ul>
 *   <li>2014-2024: the sources write "≤ 107 %", "107 % - 117 %" and "> 117 %", so exactly 107 % is
 *       in {@link #TIERS_UP_TO_107} and exactly 117 % in {@link #TIERS_107_TO_117}.
 *   <li>From 2025: the sources write "taux ≤ 107 %" (constant) and "taux ≥ 120 %" (floor), so
 *       exactly 107 % is in {@link #LINEAR_UP_TO_107} and exactly 120 % in {@link
 *       #LINEAR_FROM_120}. The linear price is continuous, so these two choices do not change the
 *       price.
 * </ul>
 *
 * <p>{@link #rank()} orders the bands of one regime: a higher taux de facturation never gives a
 * lower rank.
 */
public enum BillingBand {
  /** 2014-2024: taux ≤ 107 %, full prix plafond. */
  TIERS_UP_TO_107(BillingRegime.TIERS_2014, 0),
  /** 2014-2024: 107 % &lt; taux ≤ 117 %, intermediate prix plafond. */
  TIERS_107_TO_117(BillingRegime.TIERS_2014, 1),
  /** 2014-2024: taux > 117 %, lowest prix plafond. */
  TIERS_ABOVE_117(BillingRegime.TIERS_2014, 2),
  /** From 2025: taux ≤ 107 %, constant prix plafond. */
  LINEAR_UP_TO_107(BillingRegime.LINEAR_2025, 0),
  /** From 2025: 107 % &lt; taux &lt; 120 %, prix plafond falling linearly. */
  LINEAR_107_TO_120(BillingRegime.LINEAR_2025, 1),
  /** From 2025: taux ≥ 120 %, constant floor prix plafond. */
  LINEAR_FROM_120(BillingRegime.LINEAR_2025, 2);

  private final BillingRegime regime;
  private final int rank;

  BillingBand(BillingRegime regime, int rank) {
    this.regime = regime;
    this.rank = rank;
  }

  /**
   * Returns the regime the band belongs to.
   *
   * @return the regime, not null
   */
  public BillingRegime regime() {
    return regime;
  }

  /**
   * Returns the position of the band in its regime: 0 for the lowest taux, 2 for the highest.
   *
   * @return the rank, 0 to 2
   */
  public int rank() {
    return rank;
  }
}
