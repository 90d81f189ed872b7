package io.github.esspetiteenfance.indicator;

/** Whether an indicator was computed by the library or published by a third party. */
public enum Origin {
  /** Computed by the library from records (a {@link Panorama}) or derived from other figures. */
  COMPUTED,
  /** Published by an observatory, a network or a statistical office, and quoted as such. */
  PUBLISHED
}
