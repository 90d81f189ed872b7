package io.github.esspetiteenfance.territory;

import java.util.List;
import java.util.Optional;

/**
 * France, the root of the COG hierarchy: the 18 régions of the COG, metropolitan and overseas (the
 * five départements-régions d'outre-mer). The overseas collectivities (Saint-Pierre-et-Miquelon,
 * Saint-Barthélemy, Saint-Martin, Wallis-et-Futuna, French Polynesia, New Caledonia) are not in it.
 *
 * <p>A singleton-like record: every instance is equal to {@link #INSTANCE}.
 *
 * <p>This record is immutable and thread-safe.
 */
public record France() implements Territory {

  /** The instance to use. */
  public static final France INSTANCE = new France();

  /**
   * Returns {@link TerritoryLevel#FRANCE}.
   *
   * @return the level, not null
   */
  @Override
  public TerritoryLevel level() {
    return TerritoryLevel.FRANCE;
  }

  /**
   * Returns {@code "FR"}, France's ISO 3166-1 alpha-2 code: the COG has no code for the country as
   * a territory of this hierarchy.
   *
   * @return {@code "FR"}
   */
  @Override
  public String code() {
    return "FR";
  }

  /**
   * Returns {@code "France"}.
   *
   * @return the name, not null
   */
  @Override
  public String name() {
    return "France";
  }

  /**
   * Returns empty: France is the root of the hierarchy.
   *
   * @return empty
   */
  @Override
  public Optional<Territory> parent() {
    return Optional.empty();
  }

  /**
   * Returns the régions of the bundled COG 2026, sorted by code.
   *
   * @return the 18 régions, not null
   */
  public List<Region> regions() {
    return Cog.bundled().regions();
  }

  /** Returns {@code "France"}. */
  @Override
  public String toString() {
    return "France";
  }
}
