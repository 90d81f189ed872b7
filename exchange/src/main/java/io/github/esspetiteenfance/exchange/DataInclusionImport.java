package io.github.esspetiteenfance.exchange;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.esspetiteenfance.EssPetiteEnfanceException;
import io.github.esspetiteenfance.establishment.Location;
import io.github.esspetiteenfance.establishment.Site;
import io.github.esspetiteenfance.identifier.CodeCommune;
import io.github.esspetiteenfance.identifier.CodeDepartement;
import io.github.esspetiteenfance.identifier.Siret;
import io.github.esspetiteenfance.json.EssJson;
import io.github.esspetiteenfance.json.JsonDocumentException;
import io.github.esspetiteenfance.json.JsonProblem;
import io.github.esspetiteenfance.structure.OpeningHours;
import io.github.esspetiteenfance.structure.Structure;
import io.github.esspetiteenfance.structure.StructureKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads data·inclusion v1 structures and services back into the model, for what maps: name, SIRET,
 * sites (address and INSEE code of each service, else of the structure; the départements of a
 * service's {@code zone_eligibilite} for a structure without a commune), opening hours (the subset
 * of the OSM syntax the model parses), description, and the structure kind its services designate
 * (by their name, else by their thématiques when exactly one kind has them). Every other field with
 * a value is reported as a {@link Gap.Kind#UNMAPPED} gap; a record that cannot be read is rejected
 * with its path and code. Nothing is dropped silently.
 */
public final class DataInclusionImport {

  private static final Set<String> STRUCTURE_MAPPED =
      Set.of("id", "nom", "siret", "adresse", "code_insee", "horaires_accueil", "description");

  private static final Set<String> SERVICE_MAPPED =
      Set.of("structure_id", "nom", "thematiques", "adresse", "code_insee", "zone_eligibilite");

  private DataInclusionImport() {}

  /**
   * Reads structures and services given as JSON text (two arrays, as data·inclusion publishes
   * them).
   *
   * @param structures the JSON array of structures, not null
   * @param services the JSON array of services, not null
   * @return the report, not null
   * @throws ExchangeException with code {@code exchange.import.malformed} if a text is not a JSON
   *     array
   */
  public static ImportReport read(String structures, String services) {
    return read(parse(structures, "structures"), parse(services, "services"));
  }

  private static JsonNode parse(String text, String path) {
    try {
      return EssJson.mapper().readTree(text);
    } catch (JsonProcessingException e) {
      throw new ExchangeException(
          ExchangeErrorCode.MALFORMED_DOCUMENT, path, null, e, e.getOriginalMessage());
    }
  }

  /**
   * Reads structures and services given as JSON trees.
   *
   * @param structures the array of structures, not null
   * @param services the array of services, not null
   * @return the report, not null
   * @throws ExchangeException with code {@code exchange.import.not-an-array} if a tree is not an
   *     array
   */
  public static ImportReport read(JsonNode structures, JsonNode services) {
    requireArray(structures, "structures");
    requireArray(services, "services");
    List<ImportReport.Rejected> rejected = new ArrayList<>();
    Map<String, List<Indexed>> servicesByStructure = new LinkedHashMap<>();
    for (int j = 0; j < services.size(); j++) {
      JsonNode v = services.get(j);
      String path = "services[" + j + "]";
      Optional<String> structureId = text(v, "structure_id");
      if (!v.isObject() || structureId.isEmpty()) {
        rejected.add(missing(path + ".structure_id"));
        continue;
      }
      servicesByStructure
          .computeIfAbsent(structureId.get(), k -> new ArrayList<>())
          .add(new Indexed(path, (ObjectNode) v));
    }
    List<ImportedStructure> imported = new ArrayList<>();
    Set<String> ids = new LinkedHashSet<>();
    for (int i = 0; i < structures.size(); i++) {
      JsonNode s = structures.get(i);
      String path = "structures[" + i + "]";
      if (!s.isObject()) {
        rejected.add(rejection(ExchangeErrorCode.NOT_AN_OBJECT, path, null));
        continue;
      }
      Optional<String> id = text(s, "id");
      Optional<String> nom = text(s, "nom");
      if (id.isEmpty() || nom.isEmpty()) {
        rejected.add(missing(path + (id.isEmpty() ? ".id" : ".nom")));
        continue;
      }
      if (!ids.add(id.get())) {
        rejected.add(rejection(ExchangeErrorCode.DUPLICATE_ID, path + ".id", id.get()));
        continue;
      }
      imported.add(
          structure(
              path,
              (ObjectNode) s,
              id.get(),
              nom.get(),
              servicesByStructure.getOrDefault(id.get(), List.of())));
      servicesByStructure.remove(id.get());
    }
    servicesByStructure.forEach(
        (id, list) ->
            list.forEach(
                v ->
                    rejected.add(
                        rejection(
                            ExchangeErrorCode.UNKNOWN_STRUCTURE, v.path + ".structure_id", id))));
    return new ImportReport(imported, rejected);
  }

  private record Indexed(String path, ObjectNode node) {}

  private static ImportedStructure structure(
      String path, ObjectNode s, String id, String nom, List<Indexed> services) {
    List<Gap> gaps = new ArrayList<>();
    unmapped(path, s, STRUCTURE_MAPPED, gaps);
    Optional<Siret> siret = text(s, "siret").flatMap(t -> siret(path + ".siret", t, gaps));
    Optional<OpeningHours> hours =
        text(s, "horaires_accueil").flatMap(t -> hours(path + ".horaires_accueil", t, gaps));
    Optional<String> description = text(s, "description");
    List<Site> sites = new ArrayList<>();
    Optional<StructureKind> kind = Optional.empty();
    for (Indexed v : services) {
      unmapped(v.path, v.node, SERVICE_MAPPED, gaps);
      Optional<StructureKind> k = kind(v, gaps);
      if (kind.isEmpty()) {
        kind = k;
      } else if (k.isPresent() && k.get() != kind.get()) {
        gaps.add(Gap.of(v.path + ".nom", GapCode.OTHER_KIND, k.get(), kind.get()));
      }
      site(v.path, v.node, gaps).ifPresent(site -> addSite(sites, site, v.path, gaps));
    }
    List<Gap> ownGaps = new ArrayList<>();
    Optional<Site> own = site(path, s, ownGaps);
    if (sites.isEmpty()) {
      own.ifPresent(sites::add);
      gaps.addAll(ownGaps);
    } else if (own.isPresent() && !sites.contains(own.get())) {
      gaps.add(
          Gap.of(
              path + ".code_insee",
              GapCode.NOT_A_SITE_OF_SERVICES,
              own.get().location() + own.get().address().map(a -> ", " + a).orElse("")));
    }
    if (sites.isEmpty()) {
      gaps.add(Gap.of(path + ".code_insee", GapCode.NO_SITE));
    }
    Optional<Structure> structure = kind.flatMap(k -> build(path, k, hours, gaps));
    if (kind.isEmpty()) {
      gaps.add(Gap.of(path + ".services", GapCode.NO_KIND));
      hours.ifPresent(
          h -> gaps.add(Gap.of(path + ".horaires_accueil", GapCode.HOURS_WITHOUT_STRUCTURE)));
    }
    return new ImportedStructure(id, nom, siret, kind, structure, sites, description, gaps);
  }

  private static void addSite(List<Site> sites, Site site, String path, List<Gap> gaps) {
    if (sites.contains(site)) {
      gaps.add(Gap.of(path + ".adresse", GapCode.SAME_SITE));
    } else {
      sites.add(site);
    }
  }

  private static Optional<StructureKind> kind(Indexed v, List<Gap> gaps) {
    Optional<StructureKind> byName = text(v.node, "nom").flatMap(Kinds::fromServiceName);
    if (byName.isPresent()) {
      return byName;
    }
    List<String> thematiques = new ArrayList<>();
    v.node.path("thematiques").forEach(t -> thematiques.add(t.asText()));
    Optional<StructureKind> byThemes = Kinds.fromThematiques(thematiques);
    if (byThemes.isEmpty() && !thematiques.isEmpty()) {
      List<String> candidates =
          Kinds.candidates(thematiques).stream().map(StructureKind::code).toList();
      gaps.add(
          candidates.isEmpty()
              ? Gap.of(v.path + ".thematiques", GapCode.THEMES_NO_KIND, thematiques.toString())
              : Gap.of(
                  v.path + ".thematiques",
                  GapCode.THEMES_SEVERAL_KINDS,
                  thematiques.toString(),
                  candidates.toString()));
    }
    return byThemes;
  }

  private static Optional<Site> site(String path, ObjectNode node, List<Gap> gaps) {
    Optional<String> street = text(node, "adresse");
    Optional<String> insee = text(node, "code_insee");
    Location location = null;
    if (insee.isPresent()) {
      if (CodeCommune.isValid(insee.get())) {
        location = Location.of(CodeCommune.of(insee.get()));
      } else {
        gaps.add(Gap.of(path + ".code_insee", GapCode.NOT_INSEE_CODE, insee.get()));
      }
    }
    if (location == null && node.path("zone_eligibilite").isArray()) {
      Set<CodeDepartement> departements = new LinkedHashSet<>();
      node.path("zone_eligibilite")
          .forEach(
              z -> {
                if (CodeDepartement.isValid(z.asText())) {
                  departements.add(CodeDepartement.of(z.asText()));
                }
              });
      if (!departements.isEmpty() && departements.size() == node.path("zone_eligibilite").size()) {
        location = new Location(Optional.empty(), departements);
      } else {
        gaps.add(
            Gap.of(
                path + ".zone_eligibilite",
                GapCode.NOT_DEPARTEMENTS,
                node.path("zone_eligibilite").toString()));
      }
    }
    if (location == null) {
      street.ifPresent(a -> gaps.add(Gap.of(path + ".adresse", GapCode.ADDRESS_UNLOCATED, a)));
      return Optional.empty();
    }
    return Optional.of(new Site(Optional.empty(), location, street));
  }

  private static Optional<Structure> build(
      String path, StructureKind kind, Optional<OpeningHours> hours, List<Gap> gaps) {
    ObjectNode node = Json.object();
    node.put("type", kind.code());
    hours.ifPresent(h -> node.set("openingHours", EssJson.mapper().valueToTree(h)));
    try {
      return Optional.of(readStructure(node));
    } catch (EssPetiteEnfanceException e) {
      gaps.add(Gap.of(path + ".services", GapCode.FACTS_MISSING, kind, e.code()));
      return Optional.empty();
    }
  }

  /**
   * Reads a structure from its type and opening hours; the strict reader requires every collection
   * of the record, which data·inclusion does not carry: each missing top-level property is given an
   * empty array, once. A missing property that is not a collection still fails, with its code.
   */
  private static Structure readStructure(ObjectNode node) {
    try {
      return EssJson.reader(Structure.class).read(node.toString());
    } catch (JsonDocumentException e) {
      boolean filled = false;
      for (JsonProblem p : e.problems()) {
        String name = p.pointer().substring(1);
        if (p.code().equals("json.property.missing") && !name.contains("/") && !node.has(name)) {
          node.set(name, Json.NODES.arrayNode());
          filled = true;
        }
      }
      if (!filled) {
        throw e;
      }
      return EssJson.reader(Structure.class).read(node.toString());
    }
  }

  private static Optional<Siret> siret(String path, String text, List<Gap> gaps) {
    try {
      return Optional.of(Siret.of(text));
    } catch (EssPetiteEnfanceException e) {
      gaps.add(Gap.of(path, GapCode.SIRET_REJECTED, text, e.code()));
      return Optional.empty();
    }
  }

  private static Optional<OpeningHours> hours(String path, String text, List<Gap> gaps) {
    try {
      return Optional.of(OpeningHours.parse(Hours.normalRuleSeparators(text)));
    } catch (EssPetiteEnfanceException e) {
      gaps.add(Gap.of(path, GapCode.HOURS_OUTSIDE_SUBSET, text));
      return Optional.empty();
    }
  }

  private static void unmapped(String path, ObjectNode node, Set<String> mapped, List<Gap> gaps) {
    node.fields()
        .forEachRemaining(
            e -> {
              if (!mapped.contains(e.getKey()) && !e.getValue().isNull()) {
                gaps.add(
                    Gap.of(
                        path + "." + e.getKey(), GapCode.UNMAPPED_VALUE, e.getValue().toString()));
              }
            });
  }

  private static Optional<String> text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || !v.isTextual() || v.asText().isBlank()) {
      return Optional.empty();
    }
    return Optional.of(v.asText());
  }

  private static ImportReport.Rejected missing(String path) {
    return rejection(ExchangeErrorCode.MISSING_FIELD, path, null);
  }

  private static ImportReport.Rejected rejection(
      ExchangeErrorCode code, String path, Object rejectedValue) {
    return new ImportReport.Rejected(path, new ExchangeException(code, path, rejectedValue));
  }

  private static void requireArray(JsonNode node, String path) {
    if (node == null || !node.isArray()) {
      throw new ExchangeException(ExchangeErrorCode.NOT_AN_ARRAY, path, null);
    }
  }
}
