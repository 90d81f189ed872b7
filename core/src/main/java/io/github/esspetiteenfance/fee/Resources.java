package io.github.esspetiteenfance.fee;

import io.github.esspetiteenfance.CommonErrorCode;
import io.github.esspetiteenfance.InvalidValueException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

/**
 * A family's resources for the CNAF barème: the annual resources of year N-2 before tax allowances
 * (as in the CDAP or the avis d'imposition), or "unknown".
 *
 * <p>The barème works on monthly resources, {@code annual / 12}. The amount is kept as an annual
 * figure so that {@code annual / 12} is never rounded before the hourly rate is computed: {@link
 * #monthly(BigDecimal)} stores {@code 12 × monthly}, exactly.
 *
 * <p>Unknown resources ({@link #unknown()}) are those of an accueil d'urgence, of a child placed by
 * the ASE, or of a family without documents: the calculator applies the plancher and says so
 * ({@link ResourceBasis#PLANCHER_UNKNOWN_RESOURCES}).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param annualAmount the annual resources in euros, not negative; empty if unknown; not null
 */
public record Resources(Optional<BigDecimal> annualAmount) {

  private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

  /** The smallest scale of {@link #monthlyAmount()} when {@code annual / 12} does not terminate. */
  public static final int MONTHLY_SCALE = 12;

  /**
   * Creates resources.
   *
   * @throws InvalidValueException if the amount is negative
   */
  public Resources {
    Objects.requireNonNull(annualAmount, "annualAmount");
    if (annualAmount.isPresent() && annualAmount.get().signum() < 0) {
      throw new InvalidValueException(CommonErrorCode.NEGATIVE, "annualAmount", annualAmount.get());
    }
  }

  /**
   * Obtains resources from an annual amount (year N-2, before allowances).
   *
   * @param annual the annual resources in euros, not negative, not null
   * @return the resources, not null
   * @throws InvalidValueException if the amount is negative
   */
  public static Resources annual(BigDecimal annual) {
    return new Resources(Optional.of(Objects.requireNonNull(annual, "annual")));
  }

  /**
   * Obtains resources from a monthly amount; the annual amount is {@code 12 × monthly}, exactly.
   *
   * @param monthly the monthly resources in euros, not negative, not null
   * @return the resources, not null
   * @throws InvalidValueException if the amount is negative
   */
  public static Resources monthly(BigDecimal monthly) {
    Objects.requireNonNull(monthly, "monthly");
    if (monthly.signum() < 0) {
      throw new InvalidValueException(CommonErrorCode.NEGATIVE, "monthly", monthly);
    }
    return annual(monthly.multiply(TWELVE));
  }

  /**
   * Obtains unknown resources (accueil d'urgence, ASE placement, no documents).
   *
   * @return the resources, not null
   */
  public static Resources unknown() {
    return new Resources(Optional.empty());
  }

  /**
   * Checks if the resources are known.
   *
   * @return true if an amount was given
   */
  public boolean isKnown() {
    return annualAmount.isPresent();
  }

  /**
   * Returns the monthly resources, {@code annual / 12}: exact when the division terminates within
   * the amount's scale or {@value #MONTHLY_SCALE} decimals, rounded half-up to that scale
   * otherwise; without trailing zeros.
   *
   * @return the monthly amount, empty if unknown
   */
  public Optional<BigDecimal> monthlyAmount() {
    return annualAmount.map(Resources::divideByTwelve);
  }

  /**
   * Returns {@code amount / 12} at scale {@value #MONTHLY_SCALE} or the amount's scale, whichever
   * is larger, half-up, without trailing zeros (and never with a negative scale).
   */
  static BigDecimal divideByTwelve(BigDecimal amount) {
    BigDecimal quotient =
        amount
            .divide(TWELVE, Math.max(MONTHLY_SCALE, amount.scale()), RoundingMode.HALF_UP)
            .stripTrailingZeros();
    return quotient.setScale(Math.max(0, quotient.scale()));
  }
}
