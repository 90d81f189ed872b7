package io.github.esspetiteenfance.network;

import io.github.esspetiteenfance.territory.TerritoryLevel;

/** The territorial level a network acts at. */
public enum NetworkLevel {
  /** A national network or federation: its territory is France. */
  NATIONAL(TerritoryLevel.FRANCE),
  /** A regional union or federation: its territory is a région. */
  REGIONAL(TerritoryLevel.REGION),
  /** A départemental federation: its territory is a département. */
  DEPARTEMENTAL(TerritoryLevel.DEPARTEMENT),
  /** A local network: its territory is a commune. */
  LOCAL(TerritoryLevel.COMMUNE);

  private final TerritoryLevel territoryLevel;

  NetworkLevel(TerritoryLevel territoryLevel) {
    this.territoryLevel = territoryLevel;
  }

  /**
   * Returns the level of the territory a network of this level acts in.
   *
   * @return the territory level, not null
   */
  public TerritoryLevel territoryLevel() {
    return territoryLevel;
  }
}
