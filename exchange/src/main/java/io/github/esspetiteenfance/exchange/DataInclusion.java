package io.github.esspetiteenfance.exchange;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.esspetiteenfance.establishment.Establishment;
import io.github.esspetiteenfance.establishment.Site;
import io.github.esspetiteenfance.organization.Membership;
import io.github.esspetiteenfance.organization.MembershipRole;
import io.github.esspetiteenfance.structure.Structure;
import io.github.esspetiteenfance.structure.StructureKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Export to, and import from, the data·inclusion schema v1 (GIP Plateforme de l'inclusion, v1.0.8
 * of 2026-04-27, Licence Ouverte 2.0): one {@code structure} per establishment and one {@code
 * service} per site of it.
 *
 * <p>The module README's mapping table says field by field what maps, what is lost and why. Import:
 * {@link DataInclusionImport}.
 */
public final class DataInclusion {

  /** The collection of structures. */
  public static final String STRUCTURES = "structures";

  /** The collection of services. */
  public static final String SERVICES = "services";

  /**
   * The library's networks that belong to a network of data·inclusion's official list of {@code
   * reseaux_porteurs}: the regional federation of the Fédération des acteurs de la solidarité, and
   * the regional union of the Fédération des centres sociaux (FCSF). DERIVED from the networks'
   * {@code parent} in the library's network table; the other networks are not on the list.
   */
  static final Map<String, String> RESEAUX_PORTEURS =
      Map.of("fas-pdl", "federation-des-acteurs-de-la-solidarite", "urcs-pdl", "fcsf");

  private static final int NOM_MIN = 3;
  private static final int NOM_MAX = 150;
  private static final int DESCRIPTION_MIN = 5;
  private static final int DESCRIPTION_MAX = 10_000;

  /** The service types of data·inclusion's official list ({@code type}). */
  private static final List<String> SERVICE_TYPES =
      List.of(
          "accompagnement",
          "aide-financiere",
          "aide-materielle",
          "atelier",
          "formation",
          "information");

  private DataInclusion() {}

  /**
   * Exports an establishment as one data·inclusion structure and one service per site.
   *
   * @param establishment the establishment, not null
   * @param options the producer identifier and date, not null
   * @return the structure and services, with the gaps, not null
   * @throws ExchangeException with code {@code exchange.export.nom-length} if the name is shorter
   *     than 3 or longer than 150 characters (data·inclusion's bounds for {@code nom})
   */
  public static ExportedRecord export(Establishment establishment, ExportOptions options) {
    String name = establishment.name().strip();
    if (name.length() < NOM_MIN || name.length() > NOM_MAX) {
      throw new ExchangeException(
          ExchangeErrorCode.NOM_LENGTH, "name", establishment.name(), NOM_MIN, NOM_MAX);
    }
    String key = Keys.of(establishment);
    String id = options.source() + "--" + key;
    List<Gap> gaps = new ArrayList<>();
    Structure structure = establishment.structure();
    List<Site> sites = establishment.sites();

    ObjectNode s = Json.object();
    s.put("source", options.source());
    s.put("id", id);
    s.put("nom", name);
    s.put("date_maj", options.asOf().toString());
    gaps.add(Gap.of("structure.date_maj", GapCode.EXPORT_DATE));
    Json.put(s, "siret", establishment.siret());
    if (establishment.siret().isEmpty()) {
      gaps.add(Gap.of("structure.siret", GapCode.NO_SIRET));
    }
    Places first = Places.of(sites.get(0));
    address(s, first, "structure", gaps);
    if (sites.size() > 1) {
      gaps.add(Gap.of("structure.adresse", GapCode.FIRST_SITE, sites.size()));
    }
    Optional<String> description = description(establishment);
    Json.put(s, "description", description);
    if (description.isEmpty()) {
      gaps.add(
          Gap.of(
              "structure.description",
              GapCode.NO_USABLE_DESCRIPTION,
              DESCRIPTION_MIN,
              DESCRIPTION_MAX));
    }
    if (structure.openingHours().isPresent()) {
      s.put("horaires_accueil", Hours.osm(structure.openingHours().get()));
      if (Hours.hasWholeDayFromNonMidnight(structure.openingHours().get())) {
        gaps.add(Gap.of("structure.horaires_accueil", GapCode.OSM_EXTENDED_TIME));
      }
    } else {
      gaps.add(Gap.of("structure.horaires_accueil", GapCode.NO_OPENING_HOURS));
    }
    reseaux(s, establishment, gaps);
    for (String field :
        List.of("telephone", "courriel", "site_web", "lien_source", "accessibilite_lieu")) {
      gaps.add(Gap.of("structure." + field, GapCode.NO_VALUE, field));
    }
    gaps.add(Gap.of("structure.latitude/longitude", GapCode.NO_COORDINATES));

    List<ObjectNode> services = new ArrayList<>();
    StructureKind kind = structure.kind();
    Kinds.Terms terms = Kinds.of(kind);
    for (int i = 0; i < sites.size(); i++) {
      services.add(service(establishment, id, options, i, terms, description, gaps));
    }
    lost(establishment, gaps);
    Map<String, List<ObjectNode>> documents = new LinkedHashMap<>();
    documents.put(STRUCTURES, List.of(s));
    documents.put(SERVICES, services);
    return new ExportedRecord(
        ExchangeFormat.DATA_INCLUSION, key, establishment.name(), documents, gaps);
  }

  private static ObjectNode service(
      Establishment establishment,
      String structureId,
      ExportOptions options,
      int index,
      Kinds.Terms terms,
      Optional<String> description,
      List<Gap> gaps) {
    Structure structure = establishment.structure();
    StructureKind kind = structure.kind();
    boolean firstSite = index == 0;
    String field = "services[" + index + "].";
    ObjectNode v = Json.object();
    v.put("source", options.source());
    v.put("structure_id", structureId);
    String suffix = establishment.sites().size() > 1 ? "--site-" + (index + 1) : "";
    v.put("id", structureId + "--" + kind.code() + suffix);
    v.put("nom", Kinds.serviceName(kind));
    v.put(
        "description",
        description.orElse(
            Kinds.serviceName(kind) + " gérée par " + establishment.operator().name()));
    if (description.isEmpty() && firstSite) {
      gaps.add(Gap.of("service.description", GapCode.DESCRIPTION_FROM_KIND));
    }
    v.put("date_maj", options.asOf().toString());
    terms.type().ifPresent(t -> v.put("type", t));
    if (terms.type().isEmpty() && firstSite) {
      gaps.add(
          Gap.of("service.type", GapCode.NO_SERVICE_TYPE, kind, String.join(", ", SERVICE_TYPES)));
    }
    v.set("thematiques", Json.strings(terms.thematiques()));
    v.set("publics", Json.strings(terms.publics()));
    Describe.publics(structure).ifPresent(p -> v.put("publics_precisions", p));
    Optional<String> fees = Describe.fees(structure);
    if (terms.payant()) {
      v.put("frais", "payant");
      fees.ifPresent(f -> v.put("frais_precisions", f));
      if (fees.isEmpty() && firstSite) {
        gaps.add(Gap.of("service.frais_precisions", GapCode.NO_FUNDING));
      }
    } else if (firstSite) {
      gaps.add(Gap.of("service.frais", GapCode.NO_FEES, kind));
    }
    v.set("modes_accueil", Json.strings(List.of("en-presentiel")));
    Describe.mandates(structure).ifPresent(m -> v.put("conditions_acces", m));
    Site site = establishment.sites().get(index);
    Places places = Places.of(site);
    address(v, places, field.substring(0, field.length() - 1), gaps);
    if (places.commune().isEmpty()) {
      ArrayNode zone = Json.NODES.arrayNode();
      places.departements().forEach(d -> zone.add(d.toString()));
      v.set("zone_eligibilite", zone);
      gaps.add(Gap.of(field + "zone_eligibilite", GapCode.ZONE_FROM_DEPARTEMENTS));
    } else if (firstSite) {
      gaps.add(Gap.of("service.zone_eligibilite", GapCode.NO_ELIGIBILITY_AREA));
    }
    if (site.name().isPresent()) {
      gaps.add(Gap.of("sites[" + index + "].name", GapCode.NO_SITE_NAME_FIELD));
    }
    if (firstSite) {
      for (String f :
          List.of(
              "mobilisable_par",
              "modes_mobilisation",
              "telephone",
              "courriel",
              "lien_mobilisation",
              "volume_horaire_hebdomadaire",
              "nombre_semaines")) {
        gaps.add(Gap.of("service." + f, GapCode.NO_VALUE, f));
      }
    }
    return v;
  }

  private static void address(ObjectNode node, Places places, String field, List<Gap> gaps) {
    Json.put(node, "adresse", places.street());
    if (places.street().isEmpty()) {
      gaps.add(Gap.of(field + ".adresse", GapCode.NO_STREET_ADDRESS));
    }
    Json.put(node, "code_postal", places.postcode());
    places.postcodeGap(field + ".code_postal").ifPresent(gaps::add);
    Json.put(node, "code_insee", places.commune());
    Json.put(node, "commune", places.communeName());
    if (places.commune().isEmpty()) {
      gaps.add(Gap.of(field + ".code_insee", GapCode.LOCATED_TO_DEPARTEMENT));
    } else if (places.communeName().isEmpty()) {
      gaps.add(
          Gap.of(
              field + ".commune", GapCode.COMMUNE_NOT_IN_COG, places.commune().get().toString()));
    }
  }

  private static void reseaux(ObjectNode node, Establishment establishment, List<Gap> gaps) {
    List<String> reseaux = new ArrayList<>();
    for (Membership m : establishment.operator().memberships()) {
      String porteur = RESEAUX_PORTEURS.get(m.network());
      if (m.role() == MembershipRole.ACCOMPANIED) {
        gaps.add(
            Gap.of(
                "operator.memberships." + m.network(),
                GapCode.ACCOMPANIED_NOT_MEMBER,
                "reseaux_porteurs"));
      } else if (porteur == null) {
        gaps.add(Gap.of("operator.memberships." + m.network(), GapCode.NETWORK_NOT_PORTEUR));
      } else if (!reseaux.contains(porteur)) {
        reseaux.add(porteur);
      }
    }
    if (!reseaux.isEmpty()) {
      node.set("reseaux_porteurs", Json.strings(reseaux));
    }
  }

  private static Optional<String> description(Establishment establishment) {
    return establishment
        .description()
        .map(String::strip)
        .filter(d -> d.length() >= DESCRIPTION_MIN && d.length() <= DESCRIPTION_MAX);
  }

  private static void lost(Establishment establishment, List<Gap> gaps) {
    Structure structure = establishment.structure();
    gaps.add(Gap.of("operator", GapCode.NO_OPERATOR_FIELD));
    gaps.add(Gap.of("structure.kind", GapCode.KIND_AS_SERVICE_NAME));
    structure
        .capacity()
        .ifPresent(
            c -> gaps.add(Gap.of("structure.capacity", GapCode.VALUE_WITHOUT_FIELD, c.toString())));
    structure.ages().ifPresent(a -> gaps.add(Gap.of("structure.ages", GapCode.AGES_AS_TEXT)));
    if (!structure.pedagogies().isEmpty()) {
      gaps.add(Gap.of("structure.pedagogies", GapCode.NO_FIELD));
    }
    if (!structure.commitments().isEmpty()) {
      gaps.add(Gap.of("structure.commitments", GapCode.NO_FIELD));
    }
    structure
        .opened()
        .ifPresent(
            o -> gaps.add(Gap.of("structure.opened", GapCode.VALUE_WITHOUT_FIELD, o.toString())));
    establishment.jobs().ifPresent(j -> gaps.add(Gap.of("jobs", GapCode.NO_FIELD)));
    if (!establishment.history().isEmpty()) {
      gaps.add(Gap.of("history", GapCode.NO_FIELD));
    }
    if (!establishment.partners().isEmpty()) {
      gaps.add(Gap.of("partners", GapCode.NO_FIELD));
    }
  }
}
