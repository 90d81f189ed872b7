package io.github.esspetiteenfance.fee;

import io.github.esspetiteenfance.CommonErrorCode;
import io.github.esspetiteenfance.InvalidValueException;
import io.github.esspetiteenfance.legal.Confidence;
import io.github.esspetiteenfance.legal.LegalBasis;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * The hourly family fee (tarif horaire, participation familiale) of the CNAF barème for a family on
 * a date, with how it was obtained.
 *
 * <p>{@link #exact()} is the unrounded value, {@code retained monthly resources × taux d'effort}
 * (exact, except that annual resources divided by 12 are kept to at least 12 decimals when the
 * division does not terminate); {@link #rounded()} is the tariff, rounded once to the cent, half-up
 * (the package-private {@code FeeRounding}: no official rule is known). {@link #legalBases()} lists
 * every rule and parameter used, and {@link #confidence()} is the weakest of their confidences: an
 * UNCONFIRMED plancher shows up here.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param date the date of care, not null
 * @param careType the type of care, not null
 * @param family the family, not null
 * @param column the column of the barème applied, not null
 * @param tauxEffort the taux d'effort applied, not null
 * @param resourceBasis which resources were retained, and why; not null
 * @param retainedMonthlyResources the monthly resources retained, in euros, not negative; not null
 * @param exact the unrounded hourly rate in euros, not negative; not null
 * @param legalBases the rules and parameters used, not null
 */
@Value.Style(
    newBuilder = "builder",
    throwForInvalidImmutableState = io.github.esspetiteenfance.MissingAttributesException.class,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    visibility = Value.Style.ImplementationVisibility.PACKAGE)
@Value.Builder
public record HourlyRate(
    LocalDate date,
    CareType careType,
    Family family,
    RateColumn column,
    TauxEffort tauxEffort,
    ResourceBasis resourceBasis,
    BigDecimal retainedMonthlyResources,
    BigDecimal exact,
    List<LegalBasis> legalBases) {

  /**
   * Creates an hourly rate.
   *
   * @throws InvalidValueException if an amount is negative
   */
  public HourlyRate {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(careType, "careType");
    Objects.requireNonNull(family, "family");
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(tauxEffort, "tauxEffort");
    Objects.requireNonNull(resourceBasis, "resourceBasis");
    Objects.requireNonNull(retainedMonthlyResources, "retainedMonthlyResources");
    Objects.requireNonNull(exact, "exact");
    legalBases = List.copyOf(legalBases);
    if (retainedMonthlyResources.signum() < 0) {
      throw new InvalidValueException(
          CommonErrorCode.NEGATIVE, "retainedMonthlyResources", retainedMonthlyResources);
    }
    if (exact.signum() < 0) {
      throw new InvalidValueException(CommonErrorCode.NEGATIVE, "exact", exact);
    }
  }

  /**
   * Returns the hourly tariff: {@link #exact()} rounded to the cent, half-up. This is the only
   * rounding of the hourly rate.
   *
   * @return the tariff in euros, scale 2; not null
   */
  public BigDecimal rounded() {
    return FeeRounding.toCent(exact);
  }

  /**
   * Returns the weakest confidence of the rules and parameters used.
   *
   * @return the confidence, not null
   */
  public Confidence confidence() {
    return weakest(legalBases);
  }

  static Confidence weakest(List<LegalBasis> bases) {
    Confidence result = Confidence.CONFIRMED;
    for (LegalBasis basis : bases) {
      result = result.weakest(basis.confidence());
    }
    return result;
  }
}
