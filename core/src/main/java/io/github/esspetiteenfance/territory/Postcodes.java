package io.github.esspetiteenfance.territory;

import io.github.esspetiteenfance.identifier.CodeCommune;
import io.github.esspetiteenfance.identifier.CodePostal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * La Poste postcodes and the communes they serve, on a <b>COG 2023</b> basis, bundled with the
 * library.
 *
 * <p><b>A postcode is not a commune code.</b> A postcode can serve several communes ({@code 44190}
 * serves Clisson, Gétigné, Saint-Hilaire-de-Clisson...) and a commune can have several postcodes
 * (Nantes, {@code 44109}, has {@code 44000}, {@code 44100}, {@code 44200} and {@code 44300}). The
 * same five digits can mean both: {@code 44100} is a postcode of Nantes and the commune code of
 * Monnières. Never look up one in place of the other.
 *
 * <p><b>Vintage.</b> The table comes from geo.api.gouv.fr (API Découpage administratif) as of
 * 2023-12-29: the communes of the <b>COG 2023</b> with La Poste's postcodes ({@link #vintage()}).
 * It is older than the library's {@link Cog} 2026: 81 of its 34,945 commune codes are no longer
 * current communes in 2026 (they merged), and 11 communes of 2026 (re-established or recoded since)
 * are not in it. Hence two kinds of answer:
 *
 * <ul>
 *   <li>{@link #communeCodes(CodePostal)} and {@link #postcodes(CodeCommune)}: the table as
 *       published, COG 2023 codes;
 *   <li>{@link #currentCommunes(CodePostal)} and {@link #currentPostcodes(CodeCommune)}: the same
 *       mapped to the communes of the COG 2026 with {@link Cog#resolveCurrent(CodeCommune)}.
 * </ul>
 *
 * <p>The data is read from the jar once, on the first call to {@link #bundled()}; this class is
 * immutable and thread-safe. Show {@link CogVintage#attribution()} of {@link #vintage()} wherever
 * you show or redistribute the data (Licence Ouverte).
 */
public final class Postcodes {

  private final Map<CodePostal, List<CodeCommune>> communesByPostcode;
  private final List<CodePostal> postcodeList;
  private final Map<CodeCommune, List<CodePostal>> postcodesByCommune;
  private final Map<CodeCommune, List<CodePostal>> postcodesByCurrentCommune;

  private Postcodes() {
    Map<CodePostal, List<CodeCommune>> byPostcode = new TreeMap<>(BY_TEXT);
    Map<CodeCommune, List<CodePostal>> byCommune = new HashMap<>();
    for (String[] r : CsvResource.read("codes-postaux-2023.csv", "CODE_POSTAL,COMS")) {
      CodePostal postcode = CodePostal.of(r[0]);
      List<CodeCommune> codes = new ArrayList<>();
      for (String code : r[1].split(" ")) {
        CodeCommune commune = CodeCommune.of(code);
        codes.add(commune);
        byCommune.computeIfAbsent(commune, k -> new ArrayList<>()).add(postcode);
      }
      byPostcode.put(postcode, List.copyOf(codes));
    }
    Cog cog = Cog.bundled();
    Map<CodeCommune, TreeSet<CodePostal>> byCurrent = new HashMap<>();
    byCommune.forEach(
        (code, postcodes) ->
            cog.findResolution(code).stream()
                .flatMap(r -> r.communes().stream())
                .forEach(
                    c ->
                        byCurrent
                            .computeIfAbsent(c.code(), k -> new TreeSet<>(BY_TEXT))
                            .addAll(postcodes)));
    this.communesByPostcode = java.util.Collections.unmodifiableMap(byPostcode);
    this.postcodeList = List.copyOf(byPostcode.keySet());
    this.postcodesByCommune = copy(byCommune);
    Map<CodeCommune, List<CodePostal>> current = new HashMap<>();
    byCurrent.forEach((k, v) -> current.put(k, List.copyOf(v)));
    this.postcodesByCurrentCommune = Map.copyOf(current);
  }

  private static final Comparator<Object> BY_TEXT = Comparator.comparing(Object::toString);

  private static final class Holder {
    private static final Postcodes INSTANCE = new Postcodes();
  }

  /**
   * Obtains the postcode table bundled with the library, loading it (and the {@link Cog}) on the
   * first call.
   *
   * @return the table, not null
   */
  public static Postcodes bundled() {
    return Holder.INSTANCE;
  }

  /**
   * Returns the vintage of the table: the COG 2023, with La Poste's postcodes as served by
   * geo.api.gouv.fr on 2023-12-29, and its attribution line.
   *
   * @return {@link CogVintage#COG_2023}
   */
  public CogVintage vintage() {
    return CogVintage.COG_2023;
  }

  /**
   * Returns every postcode of the table, sorted.
   *
   * @return the 6,187 postcodes, not null
   */
  public List<CodePostal> postcodes() {
    return postcodeList;
  }

  /**
   * Checks if a postcode is in the table.
   *
   * @param postcode the postcode, not null
   * @return true if the table has it
   */
  public boolean isKnown(CodePostal postcode) {
    return communesByPostcode.containsKey(Objects.requireNonNull(postcode, "postcode"));
  }

  /**
   * Returns the codes of the communes a postcode serves, as published: <b>COG 2023</b> codes, some
   * of which are no longer current communes (see {@link #currentCommunes(CodePostal)}).
   *
   * @param postcode the postcode, not null
   * @return the commune codes, sorted; empty if the postcode is not in the table
   */
  public List<CodeCommune> communeCodes(CodePostal postcode) {
    return communesByPostcode.getOrDefault(Objects.requireNonNull(postcode, "postcode"), List.of());
  }

  /**
   * Returns the current communes of the COG 2026 that a postcode serves: the COG 2023 communes of
   * {@link #communeCodes(CodePostal)}, each mapped to its current commune(s) with {@link
   * Cog#resolveCurrent(CodeCommune)} (two 2023 communes that merged since give one).
   *
   * @param postcode the postcode, not null
   * @return the current communes, sorted by code, without duplicates; empty if the postcode is not
   *     in the table
   */
  public List<Commune> currentCommunes(CodePostal postcode) {
    Map<String, Commune> communes = new TreeMap<>();
    for (CodeCommune code : communeCodes(postcode)) {
      Cog.bundled().findResolution(code).stream()
          .flatMap(r -> r.communes().stream())
          .forEach(c -> communes.put(c.code().toString(), c));
    }
    return List.copyOf(communes.values());
  }

  /**
   * Returns the current communes of the COG 2026 that a postcode serves, as {@link
   * #currentCommunes(CodePostal)}, failing if the postcode is unknown.
   *
   * @param postcode the postcode, not null
   * @return the current communes, sorted by code; not empty
   * @throws UnknownTerritoryException with code {@code territory.postcode.unknown} if the postcode
   *     is not in the table
   */
  public List<Commune> requireCurrentCommunes(CodePostal postcode) {
    if (!isKnown(postcode)) {
      throw new UnknownTerritoryException(
          TerritoryErrorCode.POSTCODE_UNKNOWN, "codePostal", postcode, vintage());
    }
    return currentCommunes(postcode);
  }

  /**
   * Returns the postcodes of a commune as published: the code is read as a <b>COG 2023</b> commune
   * code, so a commune that merged after 2023 still has its own postcodes here, and a commune
   * created or recoded after 2023 has none (see {@link #currentPostcodes(CodeCommune)}).
   *
   * @param code a COG 2023 commune code, not null
   * @return the postcodes, sorted; empty if the code is not a commune of the COG 2023
   */
  public List<CodePostal> postcodes(CodeCommune code) {
    return postcodesByCommune.getOrDefault(Objects.requireNonNull(code, "code"), List.of());
  }

  /**
   * Returns the postcodes of a current commune of the COG 2026: those of every COG 2023 commune
   * that resolves to it ({@link Cog#resolveCurrent(CodeCommune)}), so a commune nouvelle created
   * since 2023 gathers the postcodes of the communes it merged.
   *
   * <p>A commune re-established or recoded after 2023 and not reached by any 2023 code (11 in the
   * COG 2026, such as {@code 85165} L'Oie, re-established in 2024) has no postcode here; its
   * postcodes are among those of the commune it left.
   *
   * @param current the code of a current commune of the COG 2026, not null
   * @return the postcodes, sorted; empty if none is known
   */
  public List<CodePostal> currentPostcodes(CodeCommune current) {
    return postcodesByCurrentCommune.getOrDefault(
        Objects.requireNonNull(current, "current"), List.of());
  }

  /**
   * Finds the single current commune a postcode serves, when it serves one only.
   *
   * @param postcode the postcode, not null
   * @return the commune, empty if the postcode is unknown or serves several communes
   */
  public Optional<Commune> findUniqueCommune(CodePostal postcode) {
    List<Commune> communes = currentCommunes(postcode);
    return communes.size() == 1 ? Optional.of(communes.get(0)) : Optional.empty();
  }

  private static <K, V> Map<K, List<V>> copy(Map<K, List<V>> lists) {
    Map<K, List<V>> copy = new HashMap<>();
    lists.forEach((k, v) -> copy.put(k, v.stream().sorted(BY_TEXT).distinct().toList()));
    return Map.copyOf(copy);
  }
}
