package io.github.esspetiteenfance.exchange;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.esspetiteenfance.establishment.Establishment;
import io.github.esspetiteenfance.establishment.Jobs;
import io.github.esspetiteenfance.establishment.Site;
import io.github.esspetiteenfance.network.Network;
import io.github.esspetiteenfance.network.Networks;
import io.github.esspetiteenfance.organization.EssFamily;
import io.github.esspetiteenfance.organization.Membership;
import io.github.esspetiteenfance.organization.MembershipRole;
import io.github.esspetiteenfance.organization.Organization;
import io.github.esspetiteenfance.structure.Structure;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Export to schema.org JSON-LD: one document per establishment, typed {@code ChildCare} for an EAJE
 * or a MAM, with its manager as {@code parentOrganization} ({@code NGO}, {@code Cooperative},
 * {@code GovernmentOrganization} or {@code Organization} by ESS family), {@code PostalAddress},
 * {@code OpeningHoursSpecification}, {@code memberOf} for the manager's networks and {@code
 * numberOfEmployees} where known.
 *
 * <p>Documents use the context {@code https://schema.org}. For offline processing the module ships
 * a minimal context, {@link #CONTEXT_RESOURCE}, that maps every term to {@code https://schema.org/}
 * and reads {@code dayOfWeek} values as schema.org IRIs.
 */
public final class SchemaOrg {

  /** The collection of documents. */
  public static final String DOCUMENTS = "documents";

  /** The context IRI written in every document. */
  public static final String CONTEXT = "https://schema.org";

  /** The class-path resource of the bundled minimal context. */
  public static final String CONTEXT_RESOURCE =
      "/io/github/esspetiteenfance/exchange/schema-org-context.jsonld";

  private SchemaOrg() {}

  /**
   * Exports an establishment as one schema.org JSON-LD document.
   *
   * @param establishment the establishment, not null
   * @param options the export options, not null (schema.org uses none of them today)
   * @return the document, with the gaps, not null
   */
  public static ExportedRecord export(Establishment establishment, ExportOptions options) {
    String key = Keys.of(establishment);
    List<Gap> gaps = new ArrayList<>();
    Structure structure = establishment.structure();
    Kinds.Terms terms = Kinds.of(structure.kind());
    ObjectNode d = Json.object();
    d.put("@context", CONTEXT);
    d.put("@type", terms.schemaOrgType());
    d.put("@id", "urn:uuid:" + Keys.uuid("schema-org:" + key));
    d.put("name", establishment.name());
    d.put("additionalType", Kinds.serviceName(structure.kind()));
    Json.put(d, "description", establishment.description());
    establishment.siret().ifPresent(s -> d.set("identifier", property("SIRET", s.toString())));
    if (establishment.siret().isEmpty()) {
      gaps.add(Gap.of("identifier", GapCode.NO_SIRET));
    }
    addresses(d, establishment, gaps);
    structure.openingHours().ifPresent(h -> d.set("openingHoursSpecification", hours(h, gaps)));
    if (structure.openingHours().isEmpty()) {
      gaps.add(Gap.of("openingHoursSpecification", GapCode.NO_OPENING_HOURS));
    }
    structure.capacity().ifPresent(c -> d.put("maximumAttendeeCapacity", c.places()));
    if (structure.capacity().isEmpty()) {
      gaps.add(Gap.of("maximumAttendeeCapacity", GapCode.NO_CAPACITY));
    }
    structure
        .opened()
        .ifPresent(o -> d.put("foundingDate", Integer.toString(o.earliest().getYear())));
    if (structure.opened().isPresent()) {
      gaps.add(Gap.of("foundingDate", GapCode.OPENING_YEAR_ONLY));
    }
    establishment.jobs().ifPresent(j -> employees(d, j, gaps));
    if (establishment.jobs().isEmpty()) {
      gaps.add(Gap.of("numberOfEmployees", GapCode.NO_JOBS));
    }
    d.set("parentOrganization", manager(establishment.operator(), gaps));
    structure
        .ages()
        .ifPresent(a -> gaps.add(Gap.of("structure.ages", GapCode.AGE_RANGE_NOT_FOR_PLACES)));
    gaps.add(Gap.of("telephone/email/url/geo", GapCode.NO_CONTACT_OR_COORDINATES));
    gaps.add(
        Gap.of("structure.pedagogies/commitments, funding, history, partners", GapCode.NO_FIELD));
    return new ExportedRecord(
        ExchangeFormat.SCHEMA_ORG, key, establishment.name(), Map.of(DOCUMENTS, List.of(d)), gaps);
  }

  private static ObjectNode property(String id, String value) {
    ObjectNode p = Json.object();
    p.put("@type", "PropertyValue");
    p.put("propertyID", id);
    p.put("value", value);
    return p;
  }

  private static void addresses(ObjectNode d, Establishment e, List<Gap> gaps) {
    ArrayNode addresses = Json.NODES.arrayNode();
    ArrayNode areas = Json.NODES.arrayNode();
    List<Site> sites = e.sites();
    for (int i = 0; i < sites.size(); i++) {
      Places p = Places.of(sites.get(i));
      if (p.commune().isEmpty()) {
        p.departements()
            .forEach(
                code -> {
                  ObjectNode area = Json.object();
                  area.put("@type", "AdministrativeArea");
                  area.put(
                      "name",
                      io.github.esspetiteenfance.territory.Cog.bundled()
                          .findDepartement(code)
                          .map(x -> x.name())
                          .orElse(code.toString()));
                  area.set("identifier", property("INSEE COG département", code.toString()));
                  areas.add(area);
                });
        gaps.add(Gap.of("sites[" + i + "]", GapCode.AREA_NOT_ADDRESS, "areaServed"));
        continue;
      }
      ObjectNode a = Json.object();
      a.put("@type", "PostalAddress");
      Json.put(a, "streetAddress", p.street());
      Json.put(a, "postalCode", p.postcode());
      Json.put(a, "addressLocality", p.communeName());
      Json.put(a, "addressRegion", p.regionName());
      a.put("addressCountry", "FR");
      p.postcodeGap("address.postalCode").ifPresent(gaps::add);
      if (p.street().isEmpty()) {
        gaps.add(Gap.of("address.streetAddress", GapCode.NO_STREET_ADDRESS));
      }
      addresses.add(a);
    }
    if (addresses.size() == 1) {
      d.set("address", addresses.get(0));
    } else if (!addresses.isEmpty()) {
      d.set("address", addresses);
    }
    if (!areas.isEmpty()) {
      d.set("areaServed", areas.size() == 1 ? areas.get(0) : areas);
    }
  }

  private static ArrayNode hours(
      io.github.esspetiteenfance.structure.OpeningHours hours, List<Gap> gaps) {
    ArrayNode specs = Json.NODES.arrayNode();
    for (Hours.Rule rule : Hours.rules(hours)) {
      for (Hours.Range range : rule.ranges()) {
        ObjectNode s = Json.object();
        s.put("@type", "OpeningHoursSpecification");
        ArrayNode days = Json.NODES.arrayNode();
        for (DayOfWeek day : DayOfWeek.values()) {
          if (rule.days().contains(day)) {
            days.add(
                day.name().charAt(0) + day.name().substring(1).toLowerCase(java.util.Locale.ROOT));
          }
        }
        s.set("dayOfWeek", days);
        s.put("opens", range.opens().toString());
        if (range.closes().equals(java.time.LocalTime.MIDNIGHT)) {
          s.put("closes", "23:59");
          gaps.add(Gap.of("openingHoursSpecification.closes", GapCode.MIDNIGHT_AS_2359));
        } else {
          s.put("closes", range.closes().toString());
        }
        specs.add(s);
      }
    }
    return specs;
  }

  private static void employees(ObjectNode d, Jobs jobs, List<Gap> gaps) {
    ObjectNode q = Json.object();
    q.put("@type", "QuantitativeValue");
    if (jobs.headcount().isPresent()) {
      q.put("value", jobs.headcount().get());
    } else if (jobs.band().isPresent()) {
      gaps.add(Gap.of("numberOfEmployees", GapCode.INSEE_BAND, jobs.band().get().toString()));
      q.put("description", "Tranche d'effectif INSEE " + jobs.band().get());
    } else {
      gaps.add(Gap.of("jobs.fte", GapCode.FTE_NOT_EMPLOYEES));
      return;
    }
    q.put("unitText", "salariés au " + jobs.year());
    d.set("numberOfEmployees", q);
  }

  private static ObjectNode manager(Organization operator, List<Gap> gaps) {
    ObjectNode m = Json.object();
    EssFamily family = operator.legalForm().family();
    m.put("@type", organizationType(family));
    m.put(
        "@id",
        "urn:uuid:"
            + Keys.uuid(
                "schema-org:organization:"
                    + operator.siren().map(s -> "siren-" + s).orElse(Keys.slug(operator.name()))));
    m.put("name", operator.name());
    m.put("additionalType", Describe.legalForm(operator));
    operator.siren().ifPresent(s -> m.set("identifier", property("SIREN", s.toString())));
    operator
        .rna()
        .ifPresent(
            r -> {
              ArrayNode ids = Json.NODES.arrayNode();
              if (m.has("identifier")) {
                ids.add(m.get("identifier"));
              }
              ids.add(property("RNA", r.toString()));
              m.set("identifier", ids);
            });
    operator
        .origin()
        .flatMap(o -> o.year())
        .ifPresent(y -> m.put("foundingDate", Integer.toString(y.getValue())));
    ArrayNode memberOf = Json.NODES.arrayNode();
    for (Membership membership : operator.memberships()) {
      if (membership.role() == MembershipRole.ACCOMPANIED) {
        gaps.add(
            Gap.of(
                "operator.memberships." + membership.network(),
                GapCode.ACCOMPANIED_NOT_MEMBER,
                "memberOf"));
        continue;
      }
      Optional<Network> network = Networks.resolve(membership);
      ObjectNode n = Json.object();
      n.put("@type", "Organization");
      n.put("name", network.map(Network::name).orElse(membership.network()));
      network.flatMap(Network::acronym).ifPresent(a -> n.put("alternateName", a));
      memberOf.add(n);
      if (network.isEmpty()) {
        gaps.add(Gap.of("memberOf", GapCode.UNKNOWN_NETWORK, membership.network()));
      }
    }
    if (!memberOf.isEmpty()) {
      m.set("memberOf", memberOf);
    }
    gaps.add(Gap.of("operator.ess status", GapCode.NO_ESS_STATUS));
    return m;
  }

  /** Returns the schema.org type of an organization of an ESS family. */
  static String organizationType(EssFamily family) {
    return switch (family) {
      case ASSOCIATION, FONDATION, MUTUELLE, OTHER_NON_PROFIT -> "NGO";
      case COOPERATIVE -> "Cooperative";
      case PUBLIC_SECTOR -> "GovernmentOrganization";
      case SOCIETE_COMMERCIALE_ESS, OUTSIDE_ESS -> "Organization";
    };
  }
}
