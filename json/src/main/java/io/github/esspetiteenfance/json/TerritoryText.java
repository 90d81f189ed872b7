package io.github.esspetiteenfance.json;

import io.github.esspetiteenfance.InvalidValueException;
import io.github.esspetiteenfance.identifier.CodeCommune;
import io.github.esspetiteenfance.identifier.CodeDepartement;
import io.github.esspetiteenfance.identifier.CodeRegion;
import io.github.esspetiteenfance.territory.Cog;
import io.github.esspetiteenfance.territory.Commune;
import io.github.esspetiteenfance.territory.CommuneType;
import io.github.esspetiteenfance.territory.Departement;
import io.github.esspetiteenfance.territory.France;
import io.github.esspetiteenfance.territory.Region;
import io.github.esspetiteenfance.territory.Territory;
import io.github.esspetiteenfance.territory.TerritoryErrorCode;
import io.github.esspetiteenfance.territory.UnknownTerritoryException;
import java.util.Locale;

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

  /** The bound of the cache of references read: more than the territories of the COG. */
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
        t -> reference((Territory) t));
  }

  /**
   * Returns the reference of a territory of the bundled COG.
   *
   * @throws IllegalArgumentException if the territory is not the bundled one with that code
   */
  static String format(Territory territory) {
    String ref = reference(territory);
    if (!parse(ref).equals(territory)) {
      throw new IllegalArgumentException(
          "only the territories of the bundled COG can be written: " + territory);
    }
    return ref;
  }

  /** Returns the reference of a territory, without checking that it is the bundled one. */
  static String reference(Territory territory) {
    String ref;
    if (territory instanceof France) {
      ref = "FR";
    } else if (territory instanceof Region r) {
      ref = "region:" + r.code();
    } else if (territory instanceof Departement d) {
      ref = "departement:" + d.code();
    } else {
      Commune c = (Commune) territory;
      String kind =
          c.type() == CommuneType.COM ? "commune" : c.type().name().toLowerCase(Locale.ROOT);
      ref = kind + ":" + c.code();
    }
    return ref;
  }

  /**
   * Obtains a territory of the bundled COG from its reference.
   *
   * @throws io.github.esspetiteenfance.EssPetiteEnfanceException if the reference is malformed or
   *     names no territory of the bundled COG
   */
  static Territory parse(String text) {
    Territory known = CACHE.get(text);
    if (known != null) {
      return known;
    }
    Territory parsed = lookUp(text);
    if (CACHE.size() < CACHE_SIZE) {
      CACHE.put(text, parsed);
    }
    return parsed;
  }

  private static Territory lookUp(String text) {
    Cog cog = Cog.bundled();
    if ("FR".equals(text)) {
      return cog.france();
    }
    int colon = text.indexOf(':');
    String kind = colon < 0 ? "" : text.substring(0, colon);
    String code = text.substring(colon + 1);
    switch (kind) {
      case "region":
        return cog.requireRegion(CodeRegion.of(code));
      case "departement":
        return cog.requireDepartement(CodeDepartement.of(code));
      case "commune":
        return cog.requireCommune(CodeCommune.of(code));
      case "comd":
      case "coma":
      case "arm":
        CodeCommune commune = CodeCommune.of(code);
        CommuneType type = CommuneType.valueOf(kind.toUpperCase(Locale.ROOT));
        return cog.communesWithCode(commune).stream()
            .filter(c -> c.type() == type)
            .findFirst()
            .orElseThrow(
                () ->
                    new UnknownTerritoryException(
                        TerritoryErrorCode.COMMUNE_UNKNOWN, "codeCommune", commune, cog.vintage()));
      default:
        throw new InvalidValueException(JsonErrorCode.INVALID_FORMAT, "territory", text, FORMAT);
    }
  }
}
