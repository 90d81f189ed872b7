package io.github.esspetiteenfance.opendata.sirene;

import io.github.esspetiteenfance.identifier.CodeCommune;
import io.github.esspetiteenfance.territory.Cog;
import io.github.esspetiteenfance.territory.Commune;
import io.github.esspetiteenfance.territory.CommuneResolution;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves the commune codes of SIRENE to current communes of the COG 2026, with the library's
 * history ({@link Cog#resolveCurrent(CodeCommune)}): a former commune counts in the commune it
 * merged into, an arrondissement municipal of Paris, Lyon or Marseille in its commune (and so in
 * its département).
 *
 * <p>Codes that are not a French commune of a département give a {@link SireneFilter}: {@code 99}
 * codes (the INSEE country codes) are abroad; {@code 975}, {@code 977}, {@code 978} and {@code 98}
 * codes (Saint-Pierre-et-Miquelon, Saint-Barthélemy, Saint-Martin, the Pacific collectivities) and
 * the former Guadeloupe codes {@code 97123} and {@code 97127} (Saint-Barthélemy and Saint-Martin,
 * overseas collectivities since 2007) are {@link SireneFilter#OVERSEAS_COLLECTIVITY}; any other
 * code unknown to the COG and its history is {@link SireneFilter#UNKNOWN_COMMUNE}.
 *
 * <p>Caches the codes it resolved (at most {@link #MAX_CACHED}). Not thread-safe: one per thread.
 */
final class CommuneLookup {

  /** The most codes cached: {@value} (the COG and its history hold about 50 000). */
  static final int MAX_CACHED = 100_000;

  private final Cog cog;
  private final Map<String, Object> cache = new HashMap<>();

  CommuneLookup(Cog cog) {
    this.cog = cog;
  }

  /**
   * Resolves a code.
   *
   * @param code the code as read, not empty
   * @return a {@link Commune}, a {@link SireneFilter}, or null if the code is malformed
   */
  Object resolve(String code) {
    Object known = cache.get(code);
    if (known == null && !cache.containsKey(code)) {
      known = compute(code);
      if (cache.size() >= MAX_CACHED) {
        cache.clear(); // a file of made-up codes must not make the cache grow without bound
      }
      cache.put(code, known);
    }
    return known;
  }

  private Object compute(String code) {
    if (code.length() == 5 && code.startsWith("99") && code.chars().allMatch(Character::isDigit)) {
      return SireneFilter.ABROAD;
    }
    boolean digits = code.length() == 5 && code.chars().allMatch(Character::isDigit);
    if (digits
        && (code.startsWith("975")
            || code.startsWith("977")
            || code.startsWith("978")
            || code.startsWith("98")
            || code.equals("97123")
            || code.equals("97127"))) {
      return SireneFilter.OVERSEAS_COLLECTIVITY;
    }
    if (!CodeCommune.isValid(code)) {
      return null;
    }
    Optional<CommuneResolution> resolution = cog.findResolution(CodeCommune.of(code));
    if (resolution.isEmpty()) {
      return SireneFilter.UNKNOWN_COMMUNE;
    }
    if (resolution.get().communes().size() != 1) {
      return SireneFilter.AMBIGUOUS_COMMUNE;
    }
    return resolution.get().communes().get(0);
  }
}
