package io.github.esspetiteenfance.territory;

import io.github.esspetiteenfance.identifier.CodeCommune;
import io.github.esspetiteenfance.identifier.CodeDepartement;
import io.github.esspetiteenfance.identifier.CodeRegion;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The INSEE Code officiel géographique (COG) 2026, bundled with the library: régions, départements,
 * communes and the history of commune changes since 1943.
 *
 * <h2>What the COG is</h2>
 *
 * <p>The COG is INSEE's official list of French territories and their codes, published every year
 * as it stands on the 1st of January: 18 régions, 101 départements ({@code 2A} and {@code 2B} for
 * Corsica, {@code 971}–{@code 974} and {@code 976} overseas) and, in 2026, 34,875 communes. It also
 * lists the parts of communes that keep a code of their own: 2,105 communes déléguées (COMD), 471
 * communes associées (COMA) and the 45 arrondissements municipaux (ARM) of Paris, Lyon and
 * Marseille (see {@link CommuneType}). Every year communes merge, so a commune code only makes
 * sense with its {@link #vintage()}.
 *
 * <h2>What this class answers</h2>
 *
 * <ul>
 *   <li>look-ups by code, each in two forms: {@code find...} returns an {@link Optional}, {@code
 *       require...} throws {@link UnknownTerritoryException} with a code such as {@code
 *       territory.commune.unknown};
 *   <li>lists: all régions, the départements of a région, the communes of a département, the parts
 *       of a commune;
 *   <li>mapping of older codes to current communes ({@link #resolveCurrent(CodeCommune)}), through
 *       the {@code COMPARENT} column and the movements file, because SIRENE and older datasets
 *       still carry the codes of merged communes.
 * </ul>
 *
 * <p>Postcodes are a different thing, on a different vintage: see {@link Postcodes}.
 *
 * <h2>Loading</h2>
 *
 * <p>The data is read from the jar once, the first time {@link #bundled()} is called (lazy holder
 * idiom), and never changes afterwards: this class is immutable and thread-safe. Loading takes
 * about half a second of CPU and some 25 MB of heap.
 *
 * <h2>Attribution</h2>
 *
 * <p>The data is INSEE's, under the Licence Ouverte / Open Licence (Etalab): show {@link
 * CogVintage#attribution()} of {@link #vintage()} wherever you show or redistribute it.
 */
public final class Cog {

  private final CogVintage vintage;
  private final Map<CodeRegion, Region> regions;
  private final List<Region> regionList;
  private final List<Departement> departementList;
  private final List<Commune> communeList;
  private final Map<CodeDepartement, Departement> departements;
  private final Map<CodeRegion, List<Departement>> departementsByRegion;
  private final Map<CodeCommune, Commune> communes;
  private final Map<CodeCommune, Commune> parts;
  private final Map<CodeDepartement, List<Commune>> communesByDepartement;
  private final Map<CodeCommune, List<Commune>> partsByParent;
  private final List<CommuneMovement> movements;
  private final Map<CodeCommune, List<CommuneMovement>> movementsFrom;
  private final Map<CodeCommune, List<CommuneMovement>> movementsOf;
  private final int skippedMovements;

  private Cog(CogLoader data) {
    this.vintage = CogVintage.COG_2026;
    this.regions = data.regions;
    this.departements = data.departements;
    this.departementsByRegion = data.departementsByRegion;
    this.communes = data.communes;
    this.parts = data.parts;
    this.communesByDepartement = data.communesByDepartement;
    this.partsByParent = data.partsByParent;
    this.movements = data.movements;
    this.movementsFrom = data.movementsFrom;
    this.movementsOf = data.movementsOf;
    this.skippedMovements = data.skippedMovements;
    this.regionList = List.copyOf(regions.values());
    this.departementList = List.copyOf(departements.values());
    this.communeList = List.copyOf(communes.values());
  }

  private static final class Holder {
    private static final Cog INSTANCE = new Cog(CogLoader.load());
  }

  /**
   * Obtains the COG 2026 bundled with the library, loading it on the first call.
   *
   * @return the COG, not null
   */
  public static Cog bundled() {
    return Holder.INSTANCE;
  }

  /**
   * Returns the vintage of this COG: 2026, the state of 1 January 2026, with its attribution line.
   *
   * @return {@link CogVintage#COG_2026}
   */
  public CogVintage vintage() {
    return vintage;
  }

  /**
   * Returns France, the root of the hierarchy.
   *
   * @return {@link France#INSTANCE}
   */
  public France france() {
    return France.INSTANCE;
  }

  // ---------------------------------------------------------------- régions

  /**
   * Returns all the régions, sorted by code: the five overseas ones ({@code 01} to {@code 06}) then
   * the 13 metropolitan ones.
   *
   * @return the 18 régions, not null
   */
  public List<Region> regions() {
    return regionList;
  }

  /**
   * Finds a région by code.
   *
   * @param code the région code, not null
   * @return the région, empty if the COG has none with this code
   */
  public Optional<Region> findRegion(CodeRegion code) {
    return Optional.ofNullable(regions.get(Objects.requireNonNull(code, "code")));
  }

  /**
   * Returns the région with a code.
   *
   * @param code the région code, not null
   * @return the région, not null
   * @throws UnknownTerritoryException with code {@code territory.region.unknown} if the COG has no
   *     région with this code
   */
  public Region requireRegion(CodeRegion code) {
    return findRegion(code)
        .orElseThrow(
            () ->
                new UnknownTerritoryException(
                    TerritoryErrorCode.REGION_UNKNOWN, "codeRegion", code, vintage));
  }

  // ---------------------------------------------------------------- départements

  /**
   * Returns all the départements, sorted by code as INSEE lists them ({@code 01} ... {@code 29},
   * {@code 2A}, {@code 2B}, {@code 30} ... {@code 95}, {@code 971} ... {@code 976}).
   *
   * @return the 101 départements, not null
   */
  public List<Departement> departements() {
    return departementList;
  }

  /**
   * Returns the départements of a région, sorted by code.
   *
   * @param region the région code, not null
   * @return the départements, not empty
   * @throws UnknownTerritoryException with code {@code territory.region.unknown} if the COG has no
   *     région with this code
   */
  public List<Departement> departements(CodeRegion region) {
    requireRegion(region);
    return departementsByRegion.get(region);
  }

  /**
   * Finds a département by code.
   *
   * @param code the département code, not null
   * @return the département, empty if the COG has none with this code
   */
  public Optional<Departement> findDepartement(CodeDepartement code) {
    return Optional.ofNullable(departements.get(Objects.requireNonNull(code, "code")));
  }

  /**
   * Returns the département with a code.
   *
   * @param code the département code, not null
   * @return the département, not null
   * @throws UnknownTerritoryException with code {@code territory.departement.unknown} if the COG
   *     has no département with this code
   */
  public Departement requireDepartement(CodeDepartement code) {
    return findDepartement(code)
        .orElseThrow(
            () ->
                new UnknownTerritoryException(
                    TerritoryErrorCode.DEPARTEMENT_UNKNOWN, "codeDepartement", code, vintage));
  }

  // ---------------------------------------------------------------- communes

  /**
   * Returns all the current communes ({@link CommuneType#COM}), sorted by code.
   *
   * @return the 34,875 communes of the COG 2026, not null
   */
  public List<Commune> communes() {
    return communeList;
  }

  /**
   * Returns the current communes ({@link CommuneType#COM}) of a département, sorted by code; the
   * communes déléguées and associées are not included (see {@link #subdivisions(CodeCommune)}).
   *
   * <p>In the COG 2026: 207 communes in Loire-Atlantique (44), 176 in Maine-et-Loire (49), 240 in
   * Mayenne (53), 352 in Sarthe (72), 253 in Vendée (85).
   *
   * @param departement the département code, not null
   * @return the communes, not empty
   * @throws UnknownTerritoryException with code {@code territory.departement.unknown} if the COG
   *     has no département with this code
   */
  public List<Commune> communes(CodeDepartement departement) {
    requireDepartement(departement);
    return communesByDepartement.get(departement);
  }

  /**
   * Finds a current commune ({@link CommuneType#COM}) by code.
   *
   * <p>Only current communes are found: the code of a commune déléguée, associée, of an
   * arrondissement municipal or of a former commune gives empty; use {@link
   * #communesWithCode(CodeCommune)} or {@link #resolveCurrent(CodeCommune)} for those. A code
   * commune is not a postcode: {@code 44100} finds Monnières, not Nantes.
   *
   * @param code the commune code, not null
   * @return the commune, empty if no current commune has this code
   */
  public Optional<Commune> findCommune(CodeCommune code) {
    return Optional.ofNullable(communes.get(Objects.requireNonNull(code, "code")));
  }

  /**
   * Returns the current commune ({@link CommuneType#COM}) with a code.
   *
   * @param code the commune code, not null
   * @return the commune, not null
   * @throws UnknownTerritoryException with code {@code territory.commune.unknown} if no current
   *     commune has this code
   */
  public Commune requireCommune(CodeCommune code) {
    return findCommune(code)
        .orElseThrow(
            () ->
                new UnknownTerritoryException(
                    TerritoryErrorCode.COMMUNE_UNKNOWN, "codeCommune", code, vintage));
  }

  /** The forms of a territory reference, as shown in messages. */
  static final String REFERENCE_FORMS =
      "FR, region:<code>, departement:<code>, commune:<code>, comd:<code>, coma:<code>, arm:<code>";

  /**
   * Returns the territory of this COG with a reference, the one textual form of {@link
   * Territory#reference()}: {@code "FR"}, {@code "region:52"}, {@code "departement:44"}, {@code
   * "commune:44109"}, {@code "comd:…"}, {@code "coma:…"} or {@code "arm:75101"}. The code is read
   * by the identifier's {@code of} factory (so {@code "region: 52"} is read too); a caller that
   * wants the canonical text only compares it with the territory's {@link Territory#reference()}.
   *
   * @param reference the reference, not null
   * @return the territory, not null
   * @throws io.github.esspetiteenfance.InvalidValueException with code {@code
   *     territory.reference.malformed} if the text is not a reference, or the code of the
   *     identifier if its code is malformed
   * @throws UnknownTerritoryException if no territory of this COG has the reference
   */
  public Territory territory(String reference) {
    Objects.requireNonNull(reference, "reference");
    if ("FR".equals(reference)) {
      return france();
    }
    int colon = reference.indexOf(':');
    String kind = colon < 0 ? "" : reference.substring(0, colon);
    String code = reference.substring(colon + 1);
    switch (kind) {
      case "region":
        return requireRegion(CodeRegion.of(code));
      case "departement":
        return requireDepartement(CodeDepartement.of(code));
      case "commune":
        return requireCommune(CodeCommune.of(code));
      case "comd":
      case "coma":
      case "arm":
        CodeCommune commune = CodeCommune.of(code);
        CommuneType type = CommuneType.valueOf(kind.toUpperCase(java.util.Locale.ROOT));
        return communesWithCode(commune).stream()
            .filter(c -> c.type() == type)
            .findFirst()
            .orElseThrow(
                () ->
                    new UnknownTerritoryException(
                        TerritoryErrorCode.COMMUNE_UNKNOWN, "codeCommune", commune, vintage));
      default:
        throw new io.github.esspetiteenfance.InvalidValueException(
            TerritoryErrorCode.REFERENCE_MALFORMED, "territory", reference, REFERENCE_FORMS);
    }
  }

  /**
   * Returns every row of the COG with a code: the current commune and/or the commune déléguée,
   * associée or arrondissement municipal. The chef-lieu commune déléguée of a commune nouvelle
   * usually has the commune nouvelle's code, so a code can give both a COM and a COMD (584 codes do
   * in the COG 2026).
   *
   * @param code the commune code, not null
   * @return the rows, the COM first; empty if the code is none of them
   */
  public List<Commune> communesWithCode(CodeCommune code) {
    Objects.requireNonNull(code, "code");
    List<Commune> rows = new ArrayList<>(2);
    findCommune(code).ifPresent(rows::add);
    Optional.ofNullable(parts.get(code)).ifPresent(rows::add);
    return List.copyOf(rows);
  }

  /**
   * Returns the communes déléguées, communes associées or arrondissements municipaux whose commune
   * de rattachement ({@code COMPARENT}) is a commune, sorted by code.
   *
   * @param commune the code of a current commune, not null
   * @return the parts, empty if the commune has none or is not a current commune
   */
  public List<Commune> subdivisions(CodeCommune commune) {
    return partsByParent.getOrDefault(Objects.requireNonNull(commune, "commune"), List.of());
  }

  // ---------------------------------------------------------------- movements

  /**
   * Returns the movements of the COG's history in which a code appears, before or after the event,
   * sorted by date.
   *
   * <p>Movements that involve the pre-1976 Corsican codes {@code 20xxx} are not loaded: see {@link
   * CommuneMovement}.
   *
   * @param code the commune code, not null
   * @return the movements, empty if the code never changed since 1943
   */
  public List<CommuneMovement> movements(CodeCommune code) {
    return movementsOf.getOrDefault(Objects.requireNonNull(code, "code"), List.of());
  }

  /**
   * Returns all the movements of the COG's history, sorted by date (then as in the INSEE file).
   *
   * @return the 13,360 movements loaded, not null
   */
  public List<CommuneMovement> movements() {
    return movements;
  }

  /** The number of lines of the movements file that were not loaded (pre-1976 Corsican codes). */
  int skippedMovements() {
    return skippedMovements;
  }

  /**
   * Finds the current commune(s) a code stands for today, and how (see {@link CommuneResolution}).
   *
   * @param code a current or former commune code, not null
   * @return the resolution, empty if the code was never a commune code (see {@link
   *     #resolveCurrent(CodeCommune)} for the reason) or left the COG without a successor
   */
  public Optional<CommuneResolution> findResolution(CodeCommune code) {
    try {
      return Optional.of(resolveCurrent(code));
    } catch (UnknownTerritoryException e) {
      return Optional.empty();
    }
  }

  /**
   * Returns the current commune(s) a code stands for today, and how they were found.
   *
   * <p>The rules, in order:
   *
   * <ol>
   *   <li>a code of a current commune ({@code COM} row) resolves to it: {@link
   *       ResolutionMethod#ALREADY_CURRENT}. This wins over a COMD with the same code;
   *   <li>a code of a commune déléguée, associée or arrondissement municipal resolves to its
   *       commune de rattachement ({@code COMPARENT}): {@link ResolutionMethod#VIA_PARENT};
   *   <li>any other code is followed through the movements file, forward in time: from a code, the
   *       movements that start from it to a {@code COM} row under another code, on or after the
   *       date the code was reached, and of those only the latest ones (the last thing that
   *       happened to the code); each target is followed in turn until a current commune is
   *       reached: {@link ResolutionMethod#VIA_MOVEMENTS}. A code whose territory was shared out
   *       resolves to several communes.
   * </ol>
   *
   * @param code a current or former commune code, not null
   * @return the resolution, not null
   * @throws UnknownTerritoryException with code {@code territory.commune.code-unknown} if the code
   *     is neither in the COG 2026 nor in its movements since 1943, or {@code
   *     territory.commune.no-successor} if the commune left the COG without successor (the two
   *     Guadeloupe communes Saint-Barthélemy {@code 97123} and Saint-Martin {@code 97127}, overseas
   *     collectivities since 2007-02-23)
   */
  public CommuneResolution resolveCurrent(CodeCommune code) {
    Objects.requireNonNull(code, "code");
    Commune current = communes.get(code);
    if (current != null) {
      return new CommuneResolution(
          code, ResolutionMethod.ALREADY_CURRENT, List.of(current), Optional.empty(), List.of());
    }
    Commune part = parts.get(code);
    if (part != null) {
      return new CommuneResolution(
          code,
          ResolutionMethod.VIA_PARENT,
          List.of(communes.get(part.parentCode().orElseThrow())),
          Optional.of(part),
          List.of());
    }
    return followMovements(code);
  }

  private record Step(CodeCommune code, LocalDate since, List<CommuneMovement> path) {}

  private CommuneResolution followMovements(CodeCommune code) {
    if (!movementsOf.containsKey(code)) {
      throw new UnknownTerritoryException(
          TerritoryErrorCode.COMMUNE_CODE_UNKNOWN, "codeCommune", code, vintage);
    }
    Map<CodeCommune, Commune> found = new TreeMap<>(Comparator.comparing(CodeCommune::toString));
    Set<CommuneMovement> followed = new LinkedHashSet<>();
    Set<Step> seen = new HashSet<>();
    Deque<Step> todo = new ArrayDeque<>();
    todo.push(new Step(code, LocalDate.MIN, List.of()));
    while (!todo.isEmpty()) {
      Step step = todo.pop();
      if (!seen.add(new Step(step.code(), step.since(), List.of()))) {
        continue;
      }
      Commune current = step.path().isEmpty() ? null : communes.get(step.code());
      if (current != null) {
        found.put(current.code(), current);
        followed.addAll(step.path());
        continue;
      }
      List<CommuneMovement> next = latestSuccessors(step.code(), step.since());
      if (next.isEmpty()) {
        Commune part = step.path().isEmpty() ? null : parts.get(step.code());
        if (part != null) {
          Commune parent = communes.get(part.parentCode().orElseThrow());
          found.put(parent.code(), parent);
          followed.addAll(step.path());
        }
        continue;
      }
      for (CommuneMovement m : next) {
        List<CommuneMovement> path = new ArrayList<>(step.path());
        path.add(m);
        todo.push(new Step(m.after().orElseThrow().code(), m.date(), List.copyOf(path)));
      }
    }
    if (found.isEmpty()) {
      List<CommuneMovement> history = movementsOf.get(code);
      throw new UnknownTerritoryException(
          TerritoryErrorCode.COMMUNE_NO_SUCCESSOR,
          "codeCommune",
          code,
          vintage,
          history.get(history.size() - 1).date());
    }
    return new CommuneResolution(
        code,
        ResolutionMethod.VIA_MOVEMENTS,
        List.copyOf(found.values()),
        Optional.empty(),
        List.copyOf(followed));
  }

  /**
   * The movements from a code to a COM row under another code, on or after a date, keeping only
   * those of the latest date.
   */
  private List<CommuneMovement> latestSuccessors(CodeCommune code, LocalDate since) {
    List<CommuneMovement> latest = new ArrayList<>();
    LocalDate latestDate = null;
    for (CommuneMovement m : movementsFrom.getOrDefault(code, List.of())) {
      Optional<CommuneMovement.Side> after = m.after();
      if (m.date().isBefore(since)
          || after.isEmpty()
          || after.get().type() != CommuneType.COM
          || after.get().code().equals(code)) {
        continue;
      }
      if (latestDate == null || m.date().isAfter(latestDate)) {
        latest.clear();
        latestDate = m.date();
      }
      if (m.date().equals(latestDate)) {
        latest.add(m);
      }
    }
    return latest;
  }

  /** Reads the bundled resources and builds the indexes, all immutable. */
  static final class CogLoader {
    private Map<CodeRegion, Region> regions;
    private Map<CodeDepartement, Departement> departements;
    private Map<CodeRegion, List<Departement>> departementsByRegion;
    private Map<CodeCommune, Commune> communes;
    private Map<CodeCommune, Commune> parts;
    private Map<CodeDepartement, List<Commune>> communesByDepartement;
    private Map<CodeCommune, List<Commune>> partsByParent;
    private List<CommuneMovement> movements;
    private Map<CodeCommune, List<CommuneMovement>> movementsFrom;
    private Map<CodeCommune, List<CommuneMovement>> movementsOf;
    private int skippedMovements;

    private CogLoader() {}

    static CogLoader load() {
      CogLoader loader = new CogLoader();
      loader.loadRegions();
      loader.loadDepartements();
      loader.loadCommunes();
      loader.loadMovements();
      return loader;
    }

    private void loadRegions() {
      Map<CodeRegion, Region> byCode = new LinkedHashMap<>();
      for (String[] r : CsvResource.read("cog-2026-regions.csv", "REG,CHEFLIEU,LIBELLE")) {
        Region region = new Region(CodeRegion.of(r[0]), r[2], CodeCommune.of(r[1]));
        byCode.put(region.code(), region);
      }
      regions = immutableSorted(byCode);
    }

    private void loadDepartements() {
      Map<CodeDepartement, Departement> byCode = new LinkedHashMap<>();
      Map<CodeRegion, List<Departement>> byRegion = new HashMap<>();
      for (String[] r : CsvResource.read("cog-2026-departements.csv", "DEP,REG,CHEFLIEU,LIBELLE")) {
        Departement d =
            new Departement(
                CodeDepartement.of(r[0]), r[3], CodeRegion.of(r[1]), CodeCommune.of(r[2]));
        if (!regions.containsKey(d.regionCode())) {
          throw new IllegalStateException("Département of an unknown région: " + d);
        }
        byCode.put(d.code(), d);
        byRegion.computeIfAbsent(d.regionCode(), k -> new ArrayList<>()).add(d);
      }
      departements = immutableSorted(byCode);
      departementsByRegion = immutableLists(byRegion);
    }

    private void loadCommunes() {
      List<String[]> rows =
          CsvResource.read("cog-2026-communes.csv", "TYPECOM,COM,DEP,LIBELLE,COMPARENT");
      Map<CodeCommune, Commune> current = new HashMap<>();
      for (String[] r : rows) {
        if (CommuneType.valueOf(r[0]) == CommuneType.COM) {
          Departement d = requireLoaded(CodeDepartement.of(r[2]));
          Commune c =
              new Commune(
                  CodeCommune.of(r[1]),
                  CommuneType.COM,
                  r[3],
                  d.code(),
                  d.regionCode(),
                  Optional.empty());
          if (current.put(c.code(), c) != null) {
            throw new IllegalStateException("Two current communes with the code " + c.code());
          }
        }
      }
      Map<CodeCommune, Commune> subdivisions = new HashMap<>();
      Map<CodeDepartement, List<Commune>> byDepartement = new HashMap<>();
      Map<CodeCommune, List<Commune>> byParent = new HashMap<>();
      for (String[] r : rows) {
        CommuneType type = CommuneType.valueOf(r[0]);
        if (type == CommuneType.COM) {
          Commune c = current.get(CodeCommune.of(r[1]));
          byDepartement.computeIfAbsent(c.departementCode(), k -> new ArrayList<>()).add(c);
          continue;
        }
        CodeCommune parentCode = CodeCommune.of(r[4]);
        Commune parent = current.get(parentCode);
        if (parent == null) {
          throw new IllegalStateException("Parent " + parentCode + " is not a current commune");
        }
        // COMD and COMA rows have no DEP in the COG: they take their parent's
        Departement d = r[2].isEmpty() ? requireLoaded(parent.departementCode()) : null;
        CodeDepartement dep = d == null ? CodeDepartement.of(r[2]) : d.code();
        Commune c =
            new Commune(
                CodeCommune.of(r[1]),
                type,
                r[3],
                dep,
                requireLoaded(dep).regionCode(),
                Optional.of(parentCode));
        if (subdivisions.put(c.code(), c) != null) {
          throw new IllegalStateException("Two commune parts with the code " + c.code());
        }
        byParent.computeIfAbsent(parentCode, k -> new ArrayList<>()).add(c);
      }
      communes = immutableSorted(current);
      parts = Map.copyOf(subdivisions);
      communesByDepartement = immutableLists(byDepartement);
      partsByParent = immutableLists(byParent);
    }

    private void loadMovements() {
      List<CommuneMovement> all = new ArrayList<>();
      int skipped = 0;
      for (String[] r :
          CsvResource.read(
              "cog-2026-mouvements-communes.csv",
              "MOD,DATE_EFF,TYPECOM_AV,COM_AV,LIBELLE_AV,TYPECOM_AP,COM_AP,LIBELLE_AP")) {
        if (!validOrEmpty(r[3]) || !validOrEmpty(r[6])) {
          skipped++;
          continue;
        }
        all.add(
            new CommuneMovement(
                CommuneEvent.of(Integer.parseInt(r[0])),
                LocalDate.parse(r[1]),
                side(r[2], r[3], r[4]),
                side(r[5], r[6], r[7])));
      }
      all.sort(Comparator.comparing(CommuneMovement::date));
      Map<CodeCommune, List<CommuneMovement>> from = new HashMap<>();
      Map<CodeCommune, List<CommuneMovement>> of = new HashMap<>();
      for (CommuneMovement m : all) {
        m.before().ifPresent(s -> from.computeIfAbsent(s.code(), k -> new ArrayList<>()).add(m));
        Set<CodeCommune> codes = new LinkedHashSet<>();
        m.before().ifPresent(s -> codes.add(s.code()));
        m.after().ifPresent(s -> codes.add(s.code()));
        codes.forEach(c -> of.computeIfAbsent(c, k -> new ArrayList<>()).add(m));
      }
      movements = List.copyOf(all);
      movementsFrom = immutableCopy(from);
      movementsOf = immutableCopy(of);
      skippedMovements = skipped;
    }

    private Departement requireLoaded(CodeDepartement code) {
      Departement d = departements.get(code);
      if (d == null) {
        throw new IllegalStateException("Unknown département " + code + " in the bundled COG");
      }
      return d;
    }

    private static boolean validOrEmpty(String code) {
      return code.isEmpty() || CodeCommune.isValid(code);
    }

    private static Optional<CommuneMovement.Side> side(String type, String code, String name) {
      return code.isEmpty()
          ? Optional.empty()
          : Optional.of(
              new CommuneMovement.Side(CommuneType.valueOf(type), CodeCommune.of(code), name));
    }

    private static <K, V> Map<K, V> immutableSorted(Map<K, V> map) {
      Map<K, V> sorted = new TreeMap<>(Comparator.comparing(Object::toString));
      sorted.putAll(map);
      return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(sorted));
    }

    /** Copies lists of territories, sorting each by code. */
    private static <K, V extends Territory> Map<K, List<V>> immutableLists(Map<K, List<V>> lists) {
      Map<K, List<V>> copy = new HashMap<>();
      lists.forEach(
          (k, v) ->
              copy.put(
                  k, v.stream().sorted(Comparator.comparing(t -> t.code().toString())).toList()));
      return Map.copyOf(copy);
    }

    /** Copies lists, keeping their order. */
    private static <K, V> Map<K, List<V>> immutableCopy(Map<K, List<V>> lists) {
      Map<K, List<V>> copy = new HashMap<>();
      lists.forEach((k, v) -> copy.put(k, List.copyOf(v)));
      return Map.copyOf(copy);
    }
  }
}
