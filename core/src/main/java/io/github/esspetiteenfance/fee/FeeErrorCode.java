package io.github.esspetiteenfance.fee;

import io.github.esspetiteenfance.ErrorCode;

/**
 * Error codes of the {@code fee} package.
 *
 * <p>Message arguments: {@code {0}} the field, {@code {1}} the rejected value, then the extras
 * named on each constant.
 */
public enum FeeErrorCode implements ErrorCode {
  /** A number of children is out of its range; {@code {2}} the minimum, {@code {3}} the maximum. */
  CHILDREN_OUT_OF_RANGE("fee.children.out-of-range"),
  /** A bracket of children ends before it starts; {@code {2}} the start. */
  BRACKET_REVERSED("fee.bracket.reversed"),
  /**
   * No taux d'effort is known for this number of children, column and date; {@code {2}} the column,
   * {@code {3}} the date.
   */
  TAUX_EFFORT_UNKNOWN("fee.taux-effort.unknown"),
  /**
   * The manager's plafond is below the CNAF plafond; {@code {2}} the CNAF plafond, {@code {3}} the
   * date.
   */
  MANAGER_PLAFOND_BELOW_CNAF("fee.plafond.below-cnaf"),
  /**
   * The plancher in force is above the plafond in force; {@code {2}} the plafond, {@code {3}} the
   * date.
   */
  PLANCHER_ABOVE_PLAFOND("fee.plancher.above-plafond"),
  /** A contract figure is out of range; {@code {2}} the minimum, {@code {3}} the maximum. */
  CONTRACT_OUT_OF_RANGE("fee.contract.out-of-range"),
  /** The RSA socle supplied is above the SMIC supplied; {@code {2}} the SMIC. */
  MEDIATION_THRESHOLDS_REVERSED("fee.mediation.thresholds-reversed"),
  /**
   * A DERIVED plancher is asked for a year that already has a plancher; {@code {2}} the plancher
   * known.
   */
  PLANCHER_ALREADY_KNOWN("fee.plancher.already-known"),
  /** A line of a parameter table cannot be read; {@code {2}} the reason. */
  DATA_MALFORMED("fee.data.malformed");

  private final String code;

  FeeErrorCode(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
