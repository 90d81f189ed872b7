package io.github.esspetiteenfance.territory;

/**
 * How a commune code was mapped to the current commune(s) of the COG (see {@link
 * Cog#resolveCurrent}).
 */
public enum ResolutionMethod {
  /** The code is that of a current commune (a {@code COM} row): no mapping was needed. */
  ALREADY_CURRENT,
  /**
   * The code is that of a commune déléguée, a commune associée or an arrondissement municipal; the
   * current commune is its commune de rattachement ({@code COMPARENT} column of the COG).
   */
  VIA_PARENT,
  /**
   * The code is that of a former commune; the current commune(s) were found by following the COG's
   * history of movements ({@code mouvements-communes}) forward in time.
   */
  VIA_MOVEMENTS
}
