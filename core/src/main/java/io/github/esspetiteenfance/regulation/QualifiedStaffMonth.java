package io.github.esspetiteenfance.regulation;

import io.github.esspetiteenfance.CommonErrorCode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.Objects;

/**
 * The qualified staff of one calendar month, for R2324-42: the monthly average of professionals
 * from the 1° list (diplômés) and the effectif mensuel de référence (the monthly average of the
 * minimum staff required, R2324-43 I).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param month the month, not null
 * @param averageQualified the monthly average of 1° professionals, not negative
 * @param referenceHeadcount the effectif mensuel de référence, positive
 */
public record QualifiedStaffMonth(
    YearMonth month, BigDecimal averageQualified, BigDecimal referenceHeadcount) {

  /** Creates a month. */
  public QualifiedStaffMonth {
    Objects.requireNonNull(month, "month");
    Inputs.nonNegative("averageQualified", averageQualified);
    Inputs.nonNegative("referenceHeadcount", referenceHeadcount);
    if (referenceHeadcount.signum() == 0) {
      throw new io.github.esspetiteenfance.InvalidValueException(
          CommonErrorCode.NOT_POSITIVE, "referenceHeadcount", referenceHeadcount);
    }
  }

  /**
   * Returns the share of 1° professionals, in percent, rounded half-up to 2 decimals.
   *
   * @return the share, not null
   */
  public BigDecimal sharePercent() {
    return averageQualified
        .multiply(BigDecimal.valueOf(100))
        .divide(referenceHeadcount, 2, RoundingMode.HALF_UP);
  }

  /**
   * Checks if the share is below a minimum, exactly (without rounding).
   *
   * @param minPercent the minimum in percent, not null
   * @return true if {@code averageQualified × 100 < minPercent × referenceHeadcount}
   */
  public boolean isBelow(BigDecimal minPercent) {
    return averageQualified
            .multiply(BigDecimal.valueOf(100))
            .compareTo(minPercent.multiply(referenceHeadcount))
        < 0;
  }
}
