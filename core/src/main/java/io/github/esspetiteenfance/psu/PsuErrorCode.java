package io.github.esspetiteenfance.psu;

import io.github.esspetiteenfance.ErrorCode;

/**
 * Error codes of the {@code psu} package.
 *
 * <p>Message arguments: {@code {0}} the field, {@code {1}} the rejected value, then the extras
 * named on each constant.
 */
public enum PsuErrorCode implements ErrorCode {
  /** The taux de facturation is undefined: no hours were realised. */
  NO_REALISED_HOURS("psu.taux-facturation.no-realised-hours"),
  /**
   * A prix plafond interpolation was asked outside the 2025 linear regime; {@code {2}} the regime.
   */
  NOT_LINEAR_REGIME("psu.prix-plafond.not-linear"),
  /** The prix plafond at 120 % is above the one at 107 %; {@code {2}} the one at 107 %. */
  PRIX_PLAFOND_REVERSED("psu.prix-plafond.reversed");

  private final String code;

  PsuErrorCode(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
