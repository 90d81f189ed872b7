package io.github.esspetiteenfance.psu;

import io.github.esspetiteenfance.CommonErrorCode;
import io.github.esspetiteenfance.Fraction;
import io.github.esspetiteenfance.InvalidValueException;
import io.github.esspetiteenfance.legal.Confidence;
import io.github.esspetiteenfance.legal.Dated;
import io.github.esspetiteenfance.legal.LegalBases;
import io.github.esspetiteenfance.legal.LegalBasis;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a taux de facturation falls among the bands that modulate the PSU prix plafond: the band,
 * and from 2025 the fraction of the way from 107 % to 120 %.
 *
 * <p>The fraction is {@code 0} up to 107 %, {@code (taux - 107 %) / (120 % - 107 %)} between, and
 * {@code 1} from 120 %, exact. It is DERIVED: the sources confirm that the prix plafond falls
 * linearly between 107 % and 120 %, not the formula. {@link #prixPlafond(BigDecimal, BigDecimal)}
 * interpolates the prix plafond from the two end values the caller knows; that formula is
 * UNCONFIRMED.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param band the band, not null
 * @param tauxDeFacturation the taux de facturation, not null
 * @param linearFraction the fraction from 107 % to 120 % (0 to 1), present in the 2025 regime only;
 *     not null
 */
public record BillingBandPosition(
    BillingBand band, Fraction tauxDeFacturation, Optional<Fraction> linearFraction) {

  /**
   * The basis of the linear position and of the interpolated prix plafond {@code P(t) = P107 -
   * (P107 - P120) × (t - 107 %) / 13 %}: UNCONFIRMED (the CAF barème formula is not available).
   */
  public static final LegalBasis LINEAR_FORMULA =
      LegalBases.get("project.psu.linear-interpolation");

  /** The scale of the interpolated prix plafond when the division does not terminate. */
  public static final int PRICE_SCALE = 10;

  /**
   * Creates a position.
   *
   * @throws InvalidValueException if the fraction is present in the 2014 regime or missing in the
   *     2025 one
   */
  public BillingBandPosition {
    Objects.requireNonNull(band, "band");
    Objects.requireNonNull(tauxDeFacturation, "tauxDeFacturation");
    Objects.requireNonNull(linearFraction, "linearFraction");
    if (linearFraction.isPresent() != (band.regime() == BillingRegime.LINEAR_2025)) {
      throw new InvalidValueException(
          PsuErrorCode.NOT_LINEAR_REGIME, "linearFraction", linearFraction, band.regime());
    }
  }

  /**
   * Returns the regime of the band.
   *
   * @return the regime, not null
   */
  public BillingRegime regime() {
    return band.regime();
  }

  /**
   * Returns the rules used: the regime, and the linear formula in the 2025 regime.
   *
   * @return the legal bases, not null
   */
  public List<LegalBasis> legalBases() {
    List<LegalBasis> bases = new ArrayList<>();
    bases.add(regime().basis());
    linearFraction.ifPresent(f -> bases.add(LINEAR_FORMULA));
    return List.copyOf(bases);
  }

  /**
   * Returns the weakest confidence of the rules used.
   *
   * @return the confidence, not null
   */
  public Confidence confidence() {
    Confidence result = Confidence.CONFIRMED;
    for (LegalBasis basis : legalBases()) {
      result = result.weakest(basis.confidence());
    }
    return result;
  }

  /**
   * Interpolates the prix plafond of this position from the prix plafond at 107 % and at 120 %
   * (UNCONFIRMED formula, {@link #LINEAR_FORMULA}).
   *
   * @param at107 the hourly prix plafond at or below 107 %, not negative; not null
   * @param at120 the hourly prix plafond at or above 120 %, between 0 and {@code at107}; not null
   * @return the prix plafond, exact or at scale {@value #PRICE_SCALE} half-up, labelled with its
   *     basis; not null
   * @throws InvalidValueException with {@link PsuErrorCode#NOT_LINEAR_REGIME} outside the 2025
   *     regime, with {@link PsuErrorCode#PRIX_PLAFOND_REVERSED} if {@code at120 > at107}
   */
  public Dated<BigDecimal> prixPlafond(BigDecimal at107, BigDecimal at120) {
    Objects.requireNonNull(at107, "at107");
    Objects.requireNonNull(at120, "at120");
    Fraction fraction =
        linearFraction.orElseThrow(
            () ->
                new InvalidValueException(
                    PsuErrorCode.NOT_LINEAR_REGIME, "regime", regime(), regime()));
    if (at120.signum() < 0) {
      throw new InvalidValueException(CommonErrorCode.NEGATIVE, "at120", at120);
    }
    if (at120.compareTo(at107) > 0) {
      throw new InvalidValueException(
          PsuErrorCode.PRIX_PLAFOND_REVERSED, "at120", at120, at107.toPlainString());
    }
    BigDecimal fall = at107.subtract(at120).multiply(new BigDecimal(fraction.numerator()));
    BigDecimal drop =
        fall.divide(
            new BigDecimal(fraction.denominator()),
            Math.max(PRICE_SCALE, fall.scale()),
            RoundingMode.HALF_UP);
    return new Dated<>(at107.subtract(drop), LINEAR_FORMULA);
  }
}
