package io.github.esspetiteenfance.regulation;

/** How serious a regulatory finding is. */
public enum FindingSeverity {
  /** A rule is broken on the date checked: the establishment is not compliant. */
  ERROR,
  /** A rule may be broken, or holds only under a condition the observation does not show. */
  WARNING,
  /** Information: the category applied, a rule not checked for lack of data or of a dated rule. */
  INFO
}
