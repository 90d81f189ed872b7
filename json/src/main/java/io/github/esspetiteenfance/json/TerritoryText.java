package io.github.esspetiteenfance.json;

import io.github.esspetiteenfance.territory.Cog;
import io.github.esspetiteenfance.territory.Territory;

/**
 * The JSON form of a {@link Territory}: a reference into the bundled COG, {@code "FR"}, {@code
 * "region:52"}, {@code "departement:44"}, {@code "commune:44109"}, or for a part of a commune
 * {@code "comd:..."}, {@code "coma:..."}, {@code "arm:75101"} (the kind of COG row, lower case).
 */
final class TerritoryText {

  /** The pattern of a territory reference. */
  static final String PATTERN =
      "^(?:FR|region:[0-9]{2}|departement:(?:[0-9]{2,3}|2[AB])"
          + "|(?:commune|comd|coma|arm):(?:[0-9]{2}|2[AB])[0-9]{3})$";

  /** The format, as shown in messages. */
  static final String FORMAT =
      "FR, region:<code>, departement:<code>, commune:<code>, comd:<code>, coma:<code>, arm:<code>";

  /**
   * The bound of the cache of references read: more than the territories of the COG. Only canonical
   * references of existing territories are cached (at most about 20 characters each), so the cache
   * holds at most this many short keys, whatever the documents read.
   */
  private static final int CACHE_SIZE = 80_000;

  private static final java.util.Map<String, Territory> CACHE =
      new java.util.concurrent.ConcurrentHashMap<>();

  private TerritoryText() {}

  static TextCodec codec() {
    return new TextCodec(
        Territory.class,
        t -> format((Territory) t),
        TerritoryText::parse,
        PATTERN,
        t -> ((Territory) t).reference());
  }

  /**
   * Returns the reference of a territory of the bundled COG.
   *
   * @throws IllegalArgumentException if the territory is not the bundled one with that code
   */
  static String format(Territory territory) {
    String ref = territory.reference();
    if (!parse(ref).equals(territory)) {
      throw new IllegalArgumentException(
          "only the territories of the bundled COG can be written: " + territory);
    }
    return ref;
  }

  /**
   * Obtains a territory of the bundled COG from its reference ({@link Cog#territory(String)}).
   *
   * @throws io.github.esspetiteenfance.EssPetiteEnfanceException if the reference is malformed or
   *     names no territory of the bundled COG
   */
  static Territory parse(String text) {
    Territory known = CACHE.get(text);
    if (known != null) {
      return known;
    }
    Territory parsed = Cog.bundled().territory(text);
    if (CACHE.size() < CACHE_SIZE && text.equals(parsed.reference())) {
      CACHE.put(text, parsed);
    }
    return parsed;
  }

  /** Returns the number of references cached (for tests). */
  static int cached() {
    return CACHE.size();
  }

  /** Tells whether a text is cached as a key (for tests). */
  static boolean isCached(String text) {
    return CACHE.containsKey(text);
  }
}
