package io.github.esspetiteenfance.psu;

import io.github.esspetiteenfance.Fraction;
import io.github.esspetiteenfance.InvalidValueException;
import io.github.esspetiteenfance.legal.Dated;
import io.github.esspetiteenfance.legal.LegalBases;
import io.github.esspetiteenfance.legal.LegalErrorCode;
import io.github.esspetiteenfance.legal.Timeline;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Classifies a taux de facturation among the bands that modulate the PSU prix plafond on a date
 * (reference §5.2; see {@link BillingBand} for the boundaries). The thresholds (107 %, 117 % until
 * 2024, 120 % from 2025) are dated parameters read from {@code billing-thresholds.csv}, each with
 * its legal basis in {@code legal-bases.csv}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class BillingRateBands {

  /** The thresholds, percent, by name: {@code psu/billing-thresholds.csv}. */
  private static final Map<String, Timeline<BigDecimal>> THRESHOLDS = load();

  private static Map<String, Timeline<BigDecimal>> load() {
    Map<String, List<Dated<BigDecimal>>> rows = new HashMap<>();
    for (LegalBases.ParameterRow row :
        LegalBases.table(BillingRateBands.class, "billing-thresholds.csv")) {
      rows.computeIfAbsent(row.parameter(), k -> new ArrayList<>())
          .add(new Dated<>(new BigDecimal(row.value().value()), row.value().basis()));
    }
    Map<String, Timeline<BigDecimal>> timelines = new HashMap<>();
    rows.forEach((k, v) -> timelines.put(k, Timeline.of(v)));
    return Map.copyOf(timelines);
  }

  /**
   * Returns a threshold of the taux de facturation on a date, as a ratio ({@code 107 %} is {@code
   * 107/100}).
   *
   * @param name the parameter of {@code billing-thresholds.csv}
   * @param date the date, not null
   * @return the threshold, not null
   * @throws InvalidValueException with {@link LegalErrorCode#NO_VALUE_ON_DATE} if none applies
   */
  static Fraction threshold(String name, LocalDate date) {
    Timeline<BigDecimal> timeline = THRESHOLDS.getOrDefault(name, Timeline.of(List.of()));
    return Fraction.ofPercent(timeline.require(date, name).value());
  }

  private BillingRateBands() {}

  /**
   * Classifies a taux de facturation on a date.
   *
   * @param date the date (of the activity year), not null
   * @param tauxDeFacturation the taux de facturation, exact; not null
   * @return the band and position, not null
   * @throws InvalidValueException with {@link LegalErrorCode#NO_VALUE_ON_DATE} before 1 Jan 2014
   */
  public static BillingBandPosition classify(LocalDate date, Fraction tauxDeFacturation) {
    Objects.requireNonNull(tauxDeFacturation, "tauxDeFacturation");
    BillingRegime regime = BillingRegime.on(date);
    Fraction full = threshold("TAUX_FACTURATION_FULL_UP_TO", date);
    return switch (regime) {
      case TIERS_2014 ->
          new BillingBandPosition(
              tiers(
                  tauxDeFacturation, full, threshold("TAUX_FACTURATION_INTERMEDIATE_UP_TO", date)),
              tauxDeFacturation,
              Optional.empty());
      case LINEAR_2025 ->
          linear(tauxDeFacturation, full, threshold("TAUX_FACTURATION_FLOOR_FROM", date));
    };
  }

  /**
   * Classifies the taux de facturation of an activity report on a date.
   *
   * @param date the date (of the activity year), not null
   * @param report the activity, not null
   * @return the band and position, not null
   * @throws InvalidValueException as {@link #classify(LocalDate, Fraction)}, or if no hours were
   *     realised
   */
  public static BillingBandPosition classify(LocalDate date, ActivityReport report) {
    return classify(date, report.tauxDeFacturation().value());
  }

  private static BillingBand tiers(Fraction taux, Fraction full, Fraction intermediate) {
    if (taux.compareTo(full) <= 0) {
      return BillingBand.TIERS_UP_TO_107;
    }
    if (taux.compareTo(intermediate) <= 0) {
      return BillingBand.TIERS_107_TO_117;
    }
    return BillingBand.TIERS_ABOVE_117;
  }

  private static BillingBandPosition linear(Fraction taux, Fraction full, Fraction floor) {
    if (taux.compareTo(full) <= 0) {
      return new BillingBandPosition(
          BillingBand.LINEAR_UP_TO_107, taux, Optional.of(Fraction.ZERO));
    }
    if (taux.compareTo(floor) >= 0) {
      return new BillingBandPosition(BillingBand.LINEAR_FROM_120, taux, Optional.of(Fraction.ONE));
    }
    // (taux - low) / (high - low), exact
    Fraction fraction = taux.minus(full).dividedBy(floor.minus(full));
    return new BillingBandPosition(BillingBand.LINEAR_107_TO_120, taux, Optional.of(fraction));
  }
}
