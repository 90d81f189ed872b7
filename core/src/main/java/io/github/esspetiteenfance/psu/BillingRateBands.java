package io.github.esspetiteenfance.psu;

import io.github.esspetiteenfance.InvalidValueException;
import io.github.esspetiteenfance.legal.LegalErrorCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Classifies a taux de facturation among the bands that modulate the PSU prix plafond on a date
 * (reference §5.2; see {@link BillingBand} for the boundaries).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class BillingRateBands {

  /** 107 %: the top of the full prix plafond, in both regimes. */
  public static final Ratio AT_107 = Ratio.ofPercent("107");

  /** 117 %: the top of the intermediate tier, 2014-2024. */
  public static final Ratio AT_117 = Ratio.ofPercent("117");

  /** 120 %: the start of the floor, from 2025. */
  public static final Ratio AT_120 = Ratio.ofPercent("120");

  private static final BigDecimal LOW = new BigDecimal("1.07");
  private static final BigDecimal WIDTH = new BigDecimal("0.13");

  private BillingRateBands() {}

  /**
   * Classifies a taux de facturation on a date.
   *
   * @param date the date (of the activity year), not null
   * @param tauxDeFacturation the taux de facturation, exact; not null
   * @return the band and position, not null
   * @throws InvalidValueException with {@link LegalErrorCode#NO_VALUE_ON_DATE} before 1 Jan 2014
   */
  public static BillingBandPosition classify(LocalDate date, Ratio tauxDeFacturation) {
    Objects.requireNonNull(tauxDeFacturation, "tauxDeFacturation");
    return switch (BillingRegime.on(date)) {
      case TIERS_2014 ->
          new BillingBandPosition(tiers(tauxDeFacturation), tauxDeFacturation, Optional.empty());
      case LINEAR_2025 -> linear(tauxDeFacturation);
    };
  }

  /**
   * Classifies the taux de facturation of an activity report on a date.
   *
   * @param date the date (of the activity year), not null
   * @param report the activity, not null
   * @return the band and position, not null
   * @throws InvalidValueException as {@link #classify(LocalDate, Ratio)}, or if no hours were
   *     realised
   */
  public static BillingBandPosition classify(LocalDate date, ActivityReport report) {
    return classify(date, report.tauxDeFacturation().value());
  }

  private static BillingBand tiers(Ratio taux) {
    if (taux.compareTo(AT_107) <= 0) {
      return BillingBand.TIERS_UP_TO_107;
    }
    if (taux.compareTo(AT_117) <= 0) {
      return BillingBand.TIERS_107_TO_117;
    }
    return BillingBand.TIERS_ABOVE_117;
  }

  private static BillingBandPosition linear(Ratio taux) {
    if (taux.compareTo(AT_107) <= 0) {
      return new BillingBandPosition(
          BillingBand.LINEAR_UP_TO_107,
          taux,
          Optional.of(Ratio.of(BigDecimal.ZERO, BigDecimal.ONE)));
    }
    if (taux.compareTo(AT_120) >= 0) {
      return new BillingBandPosition(BillingBand.LINEAR_FROM_120, taux, Optional.of(Ratio.ONE));
    }
    // (n/d - 1.07) / 0.13 = (n - 1.07 d) / (0.13 d), exact
    Ratio fraction =
        Ratio.of(
            taux.numerator().subtract(LOW.multiply(taux.denominator())),
            WIDTH.multiply(taux.denominator()));
    return new BillingBandPosition(BillingBand.LINEAR_107_TO_120, taux, Optional.of(fraction));
  }
}
