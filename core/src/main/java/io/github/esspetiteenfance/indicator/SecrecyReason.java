package io.github.esspetiteenfance.indicator;

/** Why a figure is under statistical secrecy (see {@link SecrecyRule}). */
public enum SecrecyReason {
  /** Frequency rule: the figure is built from 1 or 2 units (fewer than the minimum, 3). */
  FREQUENCY,
  /** Dominance rule: one unit may make up more than the threshold (85 %) of the figure. */
  DOMINANCE,
  /**
   * Secondary secrecy: the figure, with another that is published, would give away a secret figure
   * by difference (the rest of the whole of a share is secret).
   */
  COMPLEMENT,
  /** The publisher itself marked the figure as secret. */
  PUBLISHED_AS_SECRET
}
