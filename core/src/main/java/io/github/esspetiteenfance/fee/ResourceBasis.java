package io.github.esspetiteenfance.fee;

/** Which amount of monthly resources the hourly rate was computed on, and why. */
public enum ResourceBasis {
  /** The family's declared resources, strictly between the plancher and the plafond. */
  DECLARED,
  /** The plancher: the family's declared resources are at or below it. */
  PLANCHER,
  /**
   * The plancher, because the family's resources are unknown: accueil d'urgence, children placed by
   * the ASE, families without documents (practice reported by CAF partners; SECONDARY).
   */
  PLANCHER_UNKNOWN_RESOURCES,
  /** The CNAF plafond: the family's declared resources are at or above it. */
  PLAFOND,
  /** The manager's own, higher, plafond: the family's declared resources are at or above it. */
  MANAGER_PLAFOND
}
