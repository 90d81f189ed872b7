package io.github.esspetiteenfance.territory;

/**
 * The levels of the territorial hierarchy of the COG, from the largest to the smallest: France,
 * région, département, commune.
 *
 * <p>Communes déléguées, communes associées and arrondissements municipaux (see {@link
 * CommuneType}) are at the {@link #COMMUNE} level: they are parts of a commune, below it in the
 * hierarchy but not a level of their own.
 */
public enum TerritoryLevel {
  /** The whole country: metropolitan France and the five overseas départements-régions. */
  FRANCE,
  /** A région (18 in the COG 2026, the five overseas ones included). */
  REGION,
  /** A département (101 in the COG 2026, {@code 2A} and {@code 2B} included). */
  DEPARTEMENT,
  /** A commune, or a part of one (commune déléguée, associée, arrondissement municipal). */
  COMMUNE;

  /**
   * Checks if this level is strictly above another one: {@code FRANCE} is above {@code REGION},
   * which is above {@code DEPARTEMENT}, which is above {@code COMMUNE}.
   *
   * @param other the other level, not null
   * @return true if this level is larger than {@code other}
   */
  public boolean isAbove(TerritoryLevel other) {
    return ordinal() < other.ordinal();
  }
}
