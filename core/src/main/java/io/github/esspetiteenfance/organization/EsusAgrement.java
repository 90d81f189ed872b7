package io.github.esspetiteenfance.organization;

import io.github.esspetiteenfance.InvalidValueException;
import io.github.esspetiteenfance.legal.LegalBases;
import io.github.esspetiteenfance.legal.LegalBasis;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * An ESUS agrément (<i>entreprise solidaire d'utilité sociale</i>, code du travail L3332-17-1): the
 * approval the préfet de département gives to an enterprise of the ESS that pursues social utility
 * as its main aim.
 *
 * <p>No national numbering of agréments is known (reference §9), so the agrément is held as its
 * dates. When the decision's expiry date is known, use {@link #of(LocalDate, LocalDate)}. Otherwise
 * {@link #estimated(LocalDate, boolean)} applies the usual duration, 5 years, or 2 years for a
 * company less than 3 years old: that rule is UNCONFIRMED ({@link #DURATION_RULE}) and the agrément
 * then says so ({@link #expiryRule()}).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param granted the first day of validity, not null
 * @param expiry the last day of validity, inclusive, not before {@code granted}
 * @param expiryRule the rule the expiry was computed with, empty if read on the decision
 */
public record EsusAgrement(LocalDate granted, LocalDate expiry, Optional<LegalBasis> expiryRule) {

  /** The duration of an agrément: 5 years, 2 years for a company less than 3 years old. */
  public static final LegalBasis DURATION_RULE = LegalBases.get("code-travail.esus.duration");

  /**
   * Creates an agrément.
   *
   * @throws InvalidValueException with code {@link OrganizationErrorCode#ESUS_EXPIRY_BEFORE_GRANT}
   *     if the expiry is before the grant
   */
  public EsusAgrement {
    Objects.requireNonNull(granted, "granted");
    Objects.requireNonNull(expiry, "expiry");
    Objects.requireNonNull(expiryRule, "expiryRule");
    if (expiry.isBefore(granted)) {
      throw new InvalidValueException(
          OrganizationErrorCode.ESUS_EXPIRY_BEFORE_GRANT, "expiry", expiry, granted);
    }
  }

  /**
   * Obtains an agrément whose dates were read on the decision.
   *
   * @param granted the first day of validity, not null
   * @param expiry the last day of validity, inclusive, not null
   * @return the agrément, not null
   * @throws InvalidValueException if the expiry is before the grant
   */
  public static EsusAgrement of(LocalDate granted, LocalDate expiry) {
    return new EsusAgrement(granted, expiry, Optional.empty());
  }

  /**
   * Obtains an agrément whose expiry is estimated with the UNCONFIRMED duration rule: 5 years, or 2
   * years for a company less than 3 years old when it was granted.
   *
   * @param granted the first day of validity, not null
   * @param youngCompany true if the company was less than 3 years old when the agrément was granted
   * @return the agrément, expiring the day before the 5th (or 2nd) anniversary of the grant
   */
  public static EsusAgrement estimated(LocalDate granted, boolean youngCompany) {
    Objects.requireNonNull(granted, "granted");
    LocalDate expiry = granted.plusYears(youngCompany ? 2 : 5).minusDays(1);
    return new EsusAgrement(granted, expiry, Optional.of(DURATION_RULE));
  }

  /**
   * Checks if the agrément is valid on a date.
   *
   * @param date the date, not null
   * @return true if the date is between the grant and the expiry, inclusive
   */
  public boolean isValidOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return !date.isBefore(granted) && !date.isAfter(expiry);
  }

  /**
   * Checks if the expiry was estimated rather than read on the decision.
   *
   * @return true if {@link #expiryRule()} is present
   */
  public boolean isExpiryEstimated() {
    return expiryRule.isPresent();
  }
}
