package io.github.esspetiteenfance.exchange;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.esspetiteenfance.establishment.Establishment;
import io.github.esspetiteenfance.establishment.Site;
import io.github.esspetiteenfance.legal.LegalBasis;
import io.github.esspetiteenfance.organization.Organization;
import io.github.esspetiteenfance.structure.Structure;
import io.github.esspetiteenfance.structure.StructureKind;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Export to Open Referral HSDS 3.0 (CC BY-SA 4.0 specification): one full {@code service} per
 * establishment, as the HSDS API returns it, with its {@code organization} (and {@code
 * organization_identifiers} for SIREN, SIRET and RNA), {@code service_at_locations} (each with its
 * {@code location} and {@code address}), {@code schedules}, {@code service_areas} and {@code
 * attributes}.
 *
 * <p>Every {@code id} is a name-based UUID (version 5, {@link Keys#uuid(String)}) of the entity's
 * natural key, so that two exports give the same ids. HSDS 3.1's {@code service_capacity} requires
 * {@code available} places and an {@code updated} time, which the model does not hold: the number
 * of places is written as an {@code attribute} instead (see the module README).
 */
public final class Hsds {

  /** The collection of services. */
  public static final String SERVICES = "services";

  /** The taxonomy of the library's structure kinds, used in {@code attributes}. */
  public static final String KIND_TAXONOMY = "ess-petite-enfance:structure-kind";

  /** The taxonomy of the library's facts written as attribute values. */
  public static final String FACT_TAXONOMY = "ess-petite-enfance:fact";

  private Hsds() {}

  /**
   * Exports an establishment as one HSDS 3.0 service.
   *
   * @param establishment the establishment, not null
   * @param options the export options, not null (HSDS uses none of them today)
   * @return the service, with the gaps, not null
   */
  public static ExportedRecord export(Establishment establishment, ExportOptions options) {
    String key = Keys.of(establishment);
    List<Gap> gaps = new ArrayList<>();
    Structure structure = establishment.structure();
    StructureKind kind = structure.kind();
    String serviceId = Keys.uuid("service:" + key).toString();
    Organization operator = establishment.operator();
    String organizationKey =
        operator.siren().map(s -> "siren-" + s).orElse("name-" + Keys.slug(operator.name()));
    String organizationId = Keys.uuid("organization:" + organizationKey).toString();

    ObjectNode service = Json.object();
    service.put("id", serviceId);
    service.put("organization_id", organizationId);
    service.put("name", establishment.name());
    service.put("alternate_name", Kinds.serviceName(kind));
    Json.put(service, "description", establishment.description());
    if (establishment.description().isEmpty()) {
      gaps.add(Gap.of("service.description", GapCode.NO_DESCRIPTION));
    }
    service.put("status", "active");
    gaps.add(Gap.of("service.status", GapCode.STATUS_ACTIVE));
    Describe.fees(structure).ifPresent(f -> service.put("fees_description", f));
    if (Describe.fees(structure).isEmpty()) {
      gaps.add(Gap.of("service.fees_description", GapCode.NO_FEES_DESCRIPTION));
    }
    List<String> eligibility = new ArrayList<>();
    Describe.publics(structure).ifPresent(eligibility::add);
    Describe.mandates(structure).ifPresent(eligibility::add);
    if (!eligibility.isEmpty()) {
      service.put("eligibility_description", String.join(" ", eligibility));
    }
    structure
        .ages()
        .ifPresent(
            a -> {
              service.put("minimum_age", Describe.years(a.minMonths()));
              service.put("maximum_age", Describe.years(a.maxMonths()));
              gaps.add(Gap.of("service.minimum_age/maximum_age", GapCode.AGES_IN_YEARS));
            });
    if (structure.ages().isEmpty()) {
      gaps.add(Gap.of("service.minimum_age/maximum_age", GapCode.NO_AGE_RANGE));
    }
    for (String f : List.of("url", "email", "application_process", "wait_time", "languages")) {
      gaps.add(Gap.of("service." + f, GapCode.NO_VALUE, f));
    }
    service.set("organization", organization(establishment, organizationId, gaps));
    schedules(service, key, serviceId, establishment, gaps);
    places(service, key, serviceId, organizationId, establishment, gaps);
    service.set("attributes", attributes(key, serviceId, establishment, gaps));
    gaps.add(
        Gap.of(
            "structure.pedagogies/commitments/opened, history, partners, jobs", GapCode.NO_FIELD));
    return new ExportedRecord(
        ExchangeFormat.HSDS, key, establishment.name(), Map.of(SERVICES, List.of(service)), gaps);
  }

  private static ObjectNode organization(Establishment e, String id, List<Gap> gaps) {
    Organization operator = e.operator();
    ObjectNode o = Json.object();
    o.put("id", id);
    o.put("name", operator.name());
    String family = operator.legalForm().family().label();
    o.put(
        "description",
        operator.name() + " : " + Describe.legalForm(operator) + " ; famille de l'ESS : " + family);
    gaps.add(Gap.of("organization.description", GapCode.OPERATOR_DESCRIPTION));
    o.put("legal_status", Describe.legalForm(operator));
    operator
        .origin()
        .flatMap(origin -> origin.year())
        .ifPresent(y -> o.put("year_incorporated", y.getValue()));
    ArrayNode identifiers = Json.NODES.arrayNode();
    operator.siren().ifPresent(s -> identifiers.add(identifier(id, "SIREN", s.toString())));
    e.siret().ifPresent(s -> identifiers.add(identifier(id, "SIRET", s.toString())));
    operator.rna().ifPresent(r -> identifiers.add(identifier(id, "RNA", r.toString())));
    if (identifiers.isEmpty()) {
      gaps.add(Gap.of("organization.organization_identifiers", GapCode.NO_IDENTIFIERS));
    } else {
      o.set("organization_identifiers", identifiers);
      gaps.add(Gap.of("organization_identifier.identifier_scheme", GapCode.NO_IDENTIFIER_SCHEME));
    }
    ArrayNode memberships = Json.NODES.arrayNode();
    operator
        .memberships()
        .forEach(
            m ->
                memberships.add(
                    attribute(
                        "organization:" + id + ":member-of:" + m.network(),
                        id,
                        "organization",
                        "member-of",
                        "Membre du réseau",
                        "Réseau dont l'organisation est membre (clé du réseau dans la"
                            + " bibliothèque ; rôle "
                            + m.role()
                            + ")",
                        m.network())));
    if (!memberships.isEmpty()) {
      o.set("attributes", memberships);
    }
    gaps.add(Gap.of("organization.email/website/logo", GapCode.NO_CONTACT));
    return o;
  }

  private static ObjectNode identifier(String organizationId, String type, String value) {
    ObjectNode i = Json.object();
    i.put("id", Keys.uuid("organization_identifier:" + type + ":" + value).toString());
    i.put("organization_id", organizationId);
    i.put("identifier_type", type);
    i.put("identifier", value);
    return i;
  }

  private static void schedules(
      ObjectNode service, String key, String serviceId, Establishment e, List<Gap> gaps) {
    if (e.structure().openingHours().isEmpty()) {
      gaps.add(Gap.of("service.schedules", GapCode.NO_OPENING_HOURS));
      return;
    }
    ArrayNode schedules = Json.NODES.arrayNode();
    int n = 0;
    for (Hours.Rule rule : Hours.rules(e.structure().openingHours().get())) {
      List<String> days = new ArrayList<>();
      for (DayOfWeek d : DayOfWeek.values()) {
        if (rule.days().contains(d)) {
          days.add(d.name().substring(0, 2));
        }
      }
      for (Hours.Range range : rule.ranges()) {
        ObjectNode s = Json.object();
        s.put("id", Keys.uuid("schedule:" + key + ":" + n++).toString());
        s.put("service_id", serviceId);
        s.put("freq", "WEEKLY");
        s.put("wkst", "MO");
        s.put("byday", String.join(",", days));
        s.put("opens_at", range.opens().toString());
        s.put("closes_at", range.closes().toString());
        s.put("description", String.join(",", days) + " " + range.osm());
        if (!range.closes().isAfter(range.opens())
                && !range.closes().equals(java.time.LocalTime.MIDNIGHT)
            || range.isWholeDayFromNonMidnight()) {
          s.put("notes", "Ferme le lendemain à " + range.closes() + ".");
        }
        schedules.add(s);
      }
    }
    service.set("schedules", schedules);
    gaps.add(Gap.of("schedule.timezone/valid_from/valid_to", GapCode.UNDATED_OPENING_HOURS));
  }

  private static void places(
      ObjectNode service,
      String key,
      String serviceId,
      String organizationId,
      Establishment e,
      List<Gap> gaps) {
    ArrayNode atLocations = Json.NODES.arrayNode();
    ArrayNode areas = Json.NODES.arrayNode();
    List<Site> sites = e.sites();
    for (int i = 0; i < sites.size(); i++) {
      Site site = sites.get(i);
      Places p = Places.of(site);
      String field = "sites[" + i + "]";
      if (p.commune().isEmpty()) {
        ObjectNode area = Json.object();
        area.put("id", Keys.uuid("service_area:" + key + ":" + i).toString());
        area.put("service_id", serviceId);
        List<String> names = new ArrayList<>();
        p.departements()
            .forEach(
                d ->
                    names.add(
                        io.github.esspetiteenfance.territory.Cog.bundled()
                                .findDepartement(d)
                                .map(x -> x.name())
                                .orElse("département")
                            + " ("
                            + d
                            + ")"));
        area.put("name", String.join(", ", names));
        area.put("extent_type", "INSEE COG département codes");
        area.put(
            "extent", String.join(",", p.departements().stream().map(Object::toString).toList()));
        area.put(
            "description",
            p.departements().size() == 1
                ? "Le site est situé dans ce département."
                : "Le site est situé dans l'un de ces départements.");
        areas.add(area);
        gaps.add(Gap.of(field, GapCode.AREA_NOT_ADDRESS, "service_area"));
        continue;
      }
      String locationId = Keys.uuid("location:" + key + ":" + i).toString();
      ObjectNode location = Json.object();
      location.put("id", locationId);
      location.put("location_type", "physical");
      location.put("organization_id", organizationId);
      location.put("name", site.name().orElse(e.name()));
      if (sites.size() == 1 && e.siret().isPresent()) {
        location.put("external_identifier", e.siret().get().toString());
        location.put("external_identifier_type", "SIRET");
      }
      Optional<Gap> missing = addressGap(p, field + ".address");
      if (missing.isEmpty()) {
        ObjectNode a = Json.object();
        a.put("id", Keys.uuid("address:" + key + ":" + i).toString());
        a.put("location_id", locationId);
        a.put("address_1", p.street().get());
        a.put("city", p.communeName().get());
        p.regionName().ifPresent(r -> a.put("region", r));
        a.put("state_province", p.departementName().get());
        a.put("postal_code", p.postcode().get().toString());
        a.put("country", "FR");
        a.put("address_type", "physical");
        ArrayNode addresses = Json.NODES.arrayNode();
        addresses.add(a);
        location.set("addresses", addresses);
      } else {
        gaps.add(missing.get());
      }
      ObjectNode sal = Json.object();
      sal.put("id", Keys.uuid("service_at_location:" + key + ":" + i).toString());
      sal.put("service_id", serviceId);
      sal.put("location_id", locationId);
      sal.set("location", location);
      atLocations.add(sal);
    }
    gaps.add(Gap.of("location.latitude/longitude", GapCode.NO_COORDINATES));
    if (!atLocations.isEmpty()) {
      service.set("service_at_locations", atLocations);
    }
    if (!areas.isEmpty()) {
      service.set("service_areas", areas);
    }
  }

  /** Returns the gap of the address of a site located to its commune, if it cannot be written. */
  private static Optional<Gap> addressGap(Places p, String field) {
    String commune = p.commune().get().toString();
    if (p.street().isEmpty()) {
      return Optional.of(Gap.of(field, GapCode.HSDS_NO_STREET_ADDRESS));
    }
    if (p.communeName().isEmpty()) {
      return Optional.of(Gap.of(field, GapCode.HSDS_NO_CITY, commune));
    }
    if (p.postcode().isEmpty()) {
      return Optional.of(
          p.postcodeCount() == 0
              ? Gap.of(field, GapCode.HSDS_NO_POSTCODE, commune)
              : Gap.of(field, GapCode.HSDS_SEVERAL_POSTCODES, commune, p.postcodeCount()));
    }
    return Optional.empty();
  }

  private static ArrayNode attributes(
      String key, String serviceId, Establishment e, List<Gap> gaps) {
    Structure structure = e.structure();
    StructureKind kind = structure.kind();
    ArrayNode attributes = Json.NODES.arrayNode();
    String basis =
        kind.legalBasis().map(Hsds::basis).orElse("aucune base légale connue de la bibliothèque");
    ObjectNode kindAttribute =
        attribute(
            "service:" + key + ":kind",
            serviceId,
            "service",
            kind.code(),
            kind.label(),
            kind.englishLabel() + " — " + basis + " ; confiance : " + kind.confidence(),
            null);
    ((ObjectNode) kindAttribute.get("taxonomy_term")).put("taxonomy", KIND_TAXONOMY);
    attributes.add(kindAttribute);
    structure
        .capacity()
        .ifPresent(
            c -> {
              attributes.add(
                  attribute(
                      "service:" + key + ":places",
                      serviceId,
                      "service",
                      "places",
                      "Nombre de places",
                      "Nombre de places de l'établissement selon le modèle (HSDS 3.1"
                          + " service_capacity exige les places disponibles et une date de mise à"
                          + " jour, que le modèle n'a pas)",
                      Integer.toString(c.places())));
              gaps.add(Gap.of("service.capacities", GapCode.CAPACITY_AS_ATTRIBUTE));
            });
    if (structure.capacity().isEmpty()) {
      gaps.add(Gap.of("service.attributes.places", GapCode.NO_CAPACITY));
    }
    if (Describe.isPsu(structure)) {
      attributes.add(
          attribute(
              "service:" + key + ":funding",
              serviceId,
              "service",
              "funding-psu",
              "Financement",
              "Mode de financement de l'établissement",
              "PSU"));
    }
    return attributes;
  }

  private static ObjectNode attribute(
      String naturalKey,
      String linkId,
      String linkEntity,
      String code,
      String name,
      String description,
      String value) {
    ObjectNode a = Json.object();
    a.put("id", Keys.uuid("attribute:" + naturalKey).toString());
    a.put("link_id", linkId);
    a.put("link_type", linkEntity);
    a.put("link_entity", linkEntity);
    if (value != null) {
      a.put("value", value);
    }
    ObjectNode term = Json.object();
    term.put("id", Keys.uuid("taxonomy_term:" + code).toString());
    term.put("code", code);
    term.put("name", name);
    term.put("description", description);
    term.put("taxonomy", FACT_TAXONOMY);
    a.put("taxonomy_term_id", term.get("id").asText());
    a.set("taxonomy_term", term);
    return a;
  }

  private static String basis(LegalBasis b) {
    String article = b.article().isBlank() ? "" : " art. " + b.article();
    return b.text() + article;
  }
}
