package io.github.esspetiteenfance.fee;

import io.github.esspetiteenfance.CommonErrorCode;
import io.github.esspetiteenfance.InvalidValueException;
import io.github.esspetiteenfance.legal.Dated;
import io.github.esspetiteenfance.legal.LegalBasis;
import io.github.esspetiteenfance.legal.LegalErrorCode;
import io.github.esspetiteenfance.legal.Timeline;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Computes the family contribution to a médiation familiale session with the CNAF national barème
 * (from 1 Jan 2010; SECONDARY, reference §6.5).
 *
 * <p>R is the monthly income (average of the three months before entry, family benefits and child
 * maintenance excluded). The RSA socle and the SMIC are supplied by the caller ({@link
 * MediationThresholds}): the library does not know them by date. Example: R = 3,000 € gives {@code
 * 5 + 1.2 % × 3,000 = 41 €} per session. The information interview is free.
 *
 * <p>A departmental page (Aude) shows other bands, possibly a later revision: the current official
 * version is UNCONFIRMED.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MediationFamiliale {

  /** The largest contribution per session and per person, in euros. */
  public static final int MAXIMUM = 131;

  private static final BigDecimal MAX = BigDecimal.valueOf(MAXIMUM);

  private static final Timeline<LegalBasis> BAREME =
      Timeline.of(List.of(new Dated<>(FeeBases.MEDIATION, FeeBases.MEDIATION)));

  private MediationFamiliale() {}

  /**
   * Computes the contribution per session and per person.
   *
   * @param date the date of the session, not null
   * @param monthlyIncome the monthly income R in euros, not negative, not null
   * @param thresholds the RSA socle and SMIC in force on the date, not null
   * @return the contribution, not null
   * @throws InvalidValueException with {@link LegalErrorCode#NO_VALUE_ON_DATE} before 2010, or if
   *     the income is negative
   */
  public static MediationContribution contribution(
      LocalDate date, BigDecimal monthlyIncome, MediationThresholds thresholds) {
    Objects.requireNonNull(monthlyIncome, "monthlyIncome");
    Objects.requireNonNull(thresholds, "thresholds");
    LegalBasis basis = BAREME.require(date, "médiation familiale barème").value();
    if (monthlyIncome.signum() < 0) {
      throw new InvalidValueException(CommonErrorCode.NEGATIVE, "monthlyIncome", monthlyIncome);
    }
    MediationBand band = band(monthlyIncome, thresholds);
    BigDecimal amount =
        band.fixed()
            .add(
                band.percent()
                    .map(p -> monthlyIncome.multiply(p.movePointLeft(2)))
                    .orElse(BigDecimal.ZERO));
    return new MediationContribution(monthlyIncome, band, amount.min(MAX), basis);
  }

  /**
   * Returns the band of a monthly income.
   *
   * @param income the monthly income, not null
   * @param thresholds the RSA socle and SMIC, not null
   * @return the band, not null
   */
  static MediationBand band(BigDecimal income, MediationThresholds thresholds) {
    if (income.compareTo(thresholds.rsaSocle()) <= 0) {
      return MediationBand.UP_TO_RSA;
    }
    if (income.compareTo(thresholds.smic()) <= 0) {
      return MediationBand.RSA_TO_SMIC;
    }
    for (MediationBand band : MediationBand.values()) {
      if (band.upTo().isPresent() && income.compareTo(band.upTo().get()) <= 0) {
        return band;
      }
    }
    return MediationBand.ABOVE_5300;
  }
}
