package io.github.esspetiteenfance.diagnostic;

/** How serious a finding or a validation problem is. */
public enum Severity {
  /**
   * A rule is broken or the figures cannot all be true: the establishment is not compliant, the
   * object is not valid.
   */
  ERROR,
  /** A rule may be broken, or holds only under a condition not shown; something deserves a look. */
  WARNING,
  /** Information: the category applied, a rule not checked, how figures were read. */
  INFO
}
