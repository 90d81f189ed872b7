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

  private DataInclusion() {}

  /**
   * Exports an establishment as one data·inclusion structure and one service per site.
   *
   * @param establishment the establishment, not null
   * @param options the producer identifier and date, not null
   * @return the structure and services, with the gaps, not null
   * @throws ExchangeException with code {@code exchange.export.not-exportable} if the name is
   *     shorter than 3 or longer than 150 characters (data·inclusion's bounds for {@code nom})
   */
  public static ExportedRecord export(Establishment establishment, ExportOptions options) {
    String name = establishment.name().strip();
    if (name.length() < NOM_MIN || name.length() > NOM_MAX) {
      throw new ExchangeException(
          ExchangeErrorCode.NOT_EXPORTABLE,
          "name",
          establishment.name(),
          "data·inclusion requires a nom of 3 to 150 characters");
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
    gaps.add(
        Gap.approximated(
            "structure.date_maj", "the export date: the model holds no modification date"));
    Json.put(s, "siret", establishment.siret());
    if (establishment.siret().isEmpty()) {
      gaps.add(Gap.notFilled("structure.siret", "the establishment has no SIRET in the model"));
    }
    Places first = Places.of(sites.get(0));
    address(s, first, "structure", gaps);
    if (sites.size() > 1) {
      gaps.add(
          Gap.approximated(
              "structure.adresse",
              "the first of "
                  + sites.size()
                  + " sites; every site is a service with its own address"));
    }
    Optional<String> description = description(establishment);
    Json.put(s, "description", description);
    if (description.isEmpty()) {
      gaps.add(Gap.notFilled("structure.description", "no description of 5 to 10 000 characters"));
    }
    if (structure.openingHours().isPresent()) {
      s.put("horaires_accueil", Hours.osm(structure.openingHours().get()));
      if (Hours.hasWholeDayFromNonMidnight(structure.openingHours().get())) {
        gaps.add(
            Gap.approximated(
                "structure.horaires_accueil",
                "a 24-hour slot is written with the OSM extended time (e.g. 08:00-32:00)"));
      }
    } else {
      gaps.add(Gap.notFilled("structure.horaires_accueil", "no opening hours in the model"));
    }
    reseaux(s, establishment, gaps);
    for (String field :
        List.of("telephone", "courriel", "site_web", "lien_source", "accessibilite_lieu")) {
      gaps.add(Gap.notFilled("structure." + field, "the model holds no " + field));
    }
    gaps.add(
        Gap.notFilled("structure.latitude/longitude", "the model holds no coordinates of a site"));

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
      gaps.add(
          Gap.approximated(
              "service.description", "no usable description: the kind and the operator's name"));
    }
    v.put("date_maj", options.asOf().toString());
    terms.type().ifPresent(t -> v.put("type", t));
    if (terms.type().isEmpty() && firstSite) {
      gaps.add(
          Gap.notFilled(
              "service.type",
              "no type of the official list (accompagnement, aide-financiere, aide-materielle,"
                  + " atelier, formation, information) fits a "
                  + kind.label()));
    }
    v.set("thematiques", Json.strings(terms.thematiques()));
    v.set("publics", Json.strings(terms.publics()));
    Describe.publics(structure).ifPresent(p -> v.put("publics_precisions", p));
    Optional<String> fees = Describe.fees(structure);
    if (terms.payant()) {
      v.put("frais", "payant");
      fees.ifPresent(f -> v.put("frais_precisions", f));
      if (fees.isEmpty() && firstSite) {
        gaps.add(
            Gap.notFilled(
                "service.frais_precisions", "the model does not say how the structure is funded"));
      }
    } else if (firstSite) {
      gaps.add(Gap.notFilled("service.frais", "the model holds no fees for a " + kind.label()));
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
      gaps.add(
          Gap.approximated(
              field + "zone_eligibilite",
              "the site is known to the département only: the département(s) where it may be"));
    } else if (firstSite) {
      gaps.add(Gap.notFilled("service.zone_eligibilite", "the model holds no eligibility area"));
    }
    if (site.name().isPresent()) {
      gaps.add(Gap.lost("sites[" + index + "].name", "a service has no site name"));
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
        gaps.add(Gap.notFilled("service." + f, "the model holds no " + f));
      }
    }
    return v;
  }

  private static void address(ObjectNode node, Places places, String field, List<Gap> gaps) {
    Json.put(node, "adresse", places.street());
    if (places.street().isEmpty()) {
      gaps.add(Gap.notFilled(field + ".adresse", "the site has no street address in the model"));
    }
    Json.put(node, "code_postal", places.postcode());
    places.postcodeGap().ifPresent(g -> gaps.add(Gap.notFilled(field + ".code_postal", g)));
    Json.put(node, "code_insee", places.commune());
    Json.put(node, "commune", places.communeName());
    if (places.commune().isEmpty()) {
      gaps.add(Gap.notFilled(field + ".code_insee", "the site is located to the département only"));
    } else if (places.communeName().isEmpty()) {
      gaps.add(
          Gap.notFilled(
              field + ".commune", "commune " + places.commune().get() + " is not in COG 2026"));
    }
  }

  private static void reseaux(ObjectNode node, Establishment establishment, List<Gap> gaps) {
    List<String> reseaux = new ArrayList<>();
    for (Membership m : establishment.operator().memberships()) {
      String porteur = RESEAUX_PORTEURS.get(m.network());
      if (m.role() == MembershipRole.ACCOMPANIED) {
        gaps.add(
            Gap.lost(
                "operator.memberships." + m.network(),
                "accompanied by the network, not a member: not a réseau porteur"));
      } else if (porteur == null) {
        gaps.add(
            Gap.lost(
                "operator.memberships." + m.network(),
                "network not on data·inclusion's list of réseaux porteurs"));
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
    gaps.add(
        Gap.lost(
            "operator",
            "data·inclusion has no field for the operator (name, legal form, SIREN, RNA, ESS"
                + " status)"));
    gaps.add(Gap.lost("structure.kind", "kept only as the service name and its thématiques"));
    structure.capacity().ifPresent(c -> gaps.add(Gap.lost("structure.capacity", c.toString())));
    structure
        .ages()
        .ifPresent(
            a -> gaps.add(Gap.lost("structure.ages", "kept only as publics_precisions text")));
    if (!structure.pedagogies().isEmpty()) {
      gaps.add(Gap.lost("structure.pedagogies", "no field"));
    }
    if (!structure.commitments().isEmpty()) {
      gaps.add(Gap.lost("structure.commitments", "no field"));
    }
    structure.opened().ifPresent(o -> gaps.add(Gap.lost("structure.opened", o.toString())));
    establishment.jobs().ifPresent(j -> gaps.add(Gap.lost("jobs", "no field")));
    if (!establishment.history().isEmpty()) {
      gaps.add(Gap.lost("history", "no field"));
    }
    if (!establishment.partners().isEmpty()) {
      gaps.add(Gap.lost("partners", "no field"));
    }
  }
}
