package io.github.esspetiteenfance.psu;

import io.github.esspetiteenfance.InvalidValueException;
import io.github.esspetiteenfance.legal.Dated;
import io.github.esspetiteenfance.legal.LegalBases;
import io.github.esspetiteenfance.legal.LegalBasis;
import io.github.esspetiteenfance.legal.LegalErrorCode;
import io.github.esspetiteenfance.legal.Timeline;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * How the taux de facturation modulates the PSU prix plafond, by period (reference §5.2).
 *
 * <p>The euro values of the prix plafond per band are not known to the library: it gives the band
 * and, from 2025, the position in the linear section ({@link BillingBandPosition}).
 */
public enum BillingRegime {
  /**
   * 1 Jan 2014 - 31 Dec 2024, circulaire CNAF 2014-009: three tiers, {@code ≤ 107 %}, {@code 107 %
   * - 117 %}, {@code > 117 %}. SECONDARY.
   */
  TIERS_2014(LegalBases.get("cnaf.psu.tiers-2014")),
  /**
   * From 1 Jan 2025 ("linéarisation"): constant up to 107 %, falling linearly between 107 % and 120
   * %, constant floor from 120 %. CONFIRMED (caf45, caf.fr); the exact formula and the euro values
   * are not.
   */
  LINEAR_2025(LegalBases.get("cnaf.psu.linear-2025"));

  private static final Timeline<BillingRegime> TIMELINE =
      Timeline.of(Arrays.stream(values()).map(r -> new Dated<>(r, r.basis)).toList());

  private final LegalBasis basis;

  BillingRegime(LegalBasis basis) {
    this.basis = basis;
  }

  /**
   * Returns the legal basis and validity period of the regime.
   *
   * @return the basis, not null
   */
  public LegalBasis basis() {
    return basis;
  }

  /**
   * Returns the regimes with their periods.
   *
   * @return the timeline, not null
   */
  public static Timeline<BillingRegime> timeline() {
    return TIMELINE;
  }

  /**
   * Returns the regime in force on a date.
   *
   * @param date the date, not null
   * @return the regime, not null
   * @throws InvalidValueException with {@link LegalErrorCode#NO_VALUE_ON_DATE} before 1 Jan 2014
   */
  public static BillingRegime on(LocalDate date) {
    return TIMELINE.require(date, "billing regime").value();
  }
}
