package io.github.esspetiteenfance.psu;

import io.github.esspetiteenfance.CommonErrorCode;
import io.github.esspetiteenfance.Fraction;
import io.github.esspetiteenfance.InvalidValueException;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The activity of an establishment over a period (a year for the CAF): hours billed, hours
 * realised, places and opening hours; and the PSU indicators computed from them.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param billedHours the hours billed to (paid by) families, not negative; not null
 * @param realisedHours the hours of presence realised, not negative; not null
 * @param places the authorised places, at least 1
 * @param openingHours the hours the establishment was open over the period, greater than zero; not
 *     null
 */
public record ActivityReport(
    BigDecimal billedHours, BigDecimal realisedHours, int places, BigDecimal openingHours) {

  /**
   * Creates an activity report.
   *
   * @throws InvalidValueException if hours are negative, or places or opening hours not positive
   */
  public ActivityReport {
    Objects.requireNonNull(billedHours, "billedHours");
    Objects.requireNonNull(realisedHours, "realisedHours");
    Objects.requireNonNull(openingHours, "openingHours");
    if (billedHours.signum() < 0) {
      throw new InvalidValueException(CommonErrorCode.NEGATIVE, "billedHours", billedHours);
    }
    if (realisedHours.signum() < 0) {
      throw new InvalidValueException(CommonErrorCode.NEGATIVE, "realisedHours", realisedHours);
    }
    if (places < 1) {
      throw new InvalidValueException(CommonErrorCode.NOT_POSITIVE, "places", places);
    }
    if (openingHours.signum() <= 0) {
      throw new InvalidValueException(CommonErrorCode.NOT_POSITIVE, "openingHours", openingHours);
    }
  }

  /**
   * Returns the taux de facturation: hours billed / hours realised.
   *
   * @return the indicator, not null
   * @throws InvalidValueException with {@link PsuErrorCode#NO_REALISED_HOURS} if no hours were
   *     realised
   */
  public PsuIndicator tauxDeFacturation() {
    if (realisedHours.signum() == 0) {
      throw new InvalidValueException(
          PsuErrorCode.NO_REALISED_HOURS, "realisedHours", realisedHours);
    }
    return new PsuIndicator(
        IndicatorKind.TAUX_DE_FACTURATION, Fraction.of(billedHours, realisedHours));
  }

  /**
   * Returns the taux d'occupation: hours realised / (places × opening hours).
   *
   * @return the indicator, not null
   */
  public PsuIndicator tauxOccupation() {
    return new PsuIndicator(
        IndicatorKind.TAUX_OCCUPATION, Fraction.of(realisedHours, capacityHours()));
  }

  /**
   * Returns the taux d'occupation financier: hours billed / (places × opening hours). The
   * definition is UNCONFIRMED.
   *
   * @return the indicator, not null
   */
  public PsuIndicator tauxOccupationFinancier() {
    return new PsuIndicator(
        IndicatorKind.TAUX_OCCUPATION_FINANCIER, Fraction.of(billedHours, capacityHours()));
  }

  /**
   * Returns the hours the places offered over the period: places × opening hours.
   *
   * @return the hours, greater than zero; not null
   */
  public BigDecimal capacityHours() {
    return openingHours.multiply(BigDecimal.valueOf(places));
  }
}
