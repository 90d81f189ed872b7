package io.github.esspetiteenfance.exchange;

import io.github.esspetiteenfance.ErrorCode;

/**
 * The stable codes of the {@link Gap gaps} of an export or an import: why a field could not be
 * carried over as it is. Each code has one {@link Gap.Kind kind} and a message in {@code
 * messages.properties} (English) and {@code messages_fr.properties} (French), whose arguments are
 * documented per code (none when not said). Names of formats and of their fields stay as they are
 * in both languages.
 */
public enum GapCode implements ErrorCode {
  /** Not filled: "the establishment has no SIRET in the model". */
  NO_SIRET("exchange.gap.no-siret", Gap.Kind.NOT_FILLED),
  /** Not filled: "the establishment has no description". */
  NO_DESCRIPTION("exchange.gap.no-description", Gap.Kind.NOT_FILLED),
  /**
   * Not filled: "no description of {@code {0}} to {@code {1}} characters" ({@code {0}} the
   * shortest, {@code {1}} the longest length accepted).
   */
  NO_USABLE_DESCRIPTION("exchange.gap.no-usable-description", Gap.Kind.NOT_FILLED),
  /** Not filled: "no opening hours in the model". */
  NO_OPENING_HOURS("exchange.gap.no-opening-hours", Gap.Kind.NOT_FILLED),
  /** Not filled: "the model's opening hours are not dated". */
  UNDATED_OPENING_HOURS("exchange.gap.undated-opening-hours", Gap.Kind.NOT_FILLED),
  /** Not filled: "the model holds no {@code {0}}" ({@code {0}} the target field). */
  NO_VALUE("exchange.gap.no-value", Gap.Kind.NOT_FILLED),
  /** Not filled: "the model holds no contact details". */
  NO_CONTACT("exchange.gap.no-contact", Gap.Kind.NOT_FILLED),
  /** Not filled: "the model holds no coordinates of a site". */
  NO_COORDINATES("exchange.gap.no-coordinates", Gap.Kind.NOT_FILLED),
  /** Not filled: "the model holds no contact details or coordinates". */
  NO_CONTACT_OR_COORDINATES("exchange.gap.no-contact-or-coordinates", Gap.Kind.NOT_FILLED),
  /**
   * Not filled: "no type of the official list ({@code {1}}) fits a {@code {0}}" ({@code {0}} the
   * structure kind, {@code {1}} the types of the official list).
   */
  NO_SERVICE_TYPE("exchange.gap.no-service-type", Gap.Kind.NOT_FILLED),
  /** Not filled: "the model does not say how the structure is funded". */
  NO_FUNDING("exchange.gap.no-funding", Gap.Kind.NOT_FILLED),
  /** Not filled: "the model holds no fees for a {@code {0}}" ({@code {0}} the structure kind). */
  NO_FEES("exchange.gap.no-fees", Gap.Kind.NOT_FILLED),
  /** Not filled: "the model says nothing of fees". */
  NO_FEES_DESCRIPTION("exchange.gap.no-fees-description", Gap.Kind.NOT_FILLED),
  /** Not filled: "the model holds no eligibility area". */
  NO_ELIGIBILITY_AREA("exchange.gap.no-eligibility-area", Gap.Kind.NOT_FILLED),
  /** Not filled: "no age range in the model". */
  NO_AGE_RANGE("exchange.gap.no-age-range", Gap.Kind.NOT_FILLED),
  /** Not filled: "no capacity in the model". */
  NO_CAPACITY("exchange.gap.no-capacity", Gap.Kind.NOT_FILLED),
  /** Not filled: "no jobs in the model". */
  NO_JOBS("exchange.gap.no-jobs", Gap.Kind.NOT_FILLED),
  /** Not filled: "no SIREN, SIRET or RNA in the model". */
  NO_IDENTIFIERS("exchange.gap.no-identifiers", Gap.Kind.NOT_FILLED),
  /**
   * Not filled: "org-id.guide has no current list for the SIREN of every French organization
   * (FR-INSEE is deprecated, FR-RCS covers companies only) nor for the RNA".
   */
  NO_IDENTIFIER_SCHEME("exchange.gap.no-identifier-scheme", Gap.Kind.NOT_FILLED),
  /** Not filled: "the site has no street address in the model". */
  NO_STREET_ADDRESS("exchange.gap.no-street-address", Gap.Kind.NOT_FILLED),
  /** Not filled: "the site is located to the département only". */
  LOCATED_TO_DEPARTEMENT("exchange.gap.located-to-departement", Gap.Kind.NOT_FILLED),
  /**
   * Not filled: "commune {@code {0}} has no postcode in the bundled table" ({@code {0}} the commune
   * code).
   */
  NO_POSTCODE("exchange.gap.no-postcode", Gap.Kind.NOT_FILLED),
  /**
   * Not filled: "commune {@code {0}} has {@code {1}} postcodes and the model does not say which
   * one" ({@code {0}} the commune code, {@code {1}} its number of postcodes).
   */
  SEVERAL_POSTCODES("exchange.gap.several-postcodes", Gap.Kind.NOT_FILLED),
  /** Not filled: "commune {@code {0}} is not in COG 2026" ({@code {0}} the commune code). */
  COMMUNE_NOT_IN_COG("exchange.gap.commune-not-in-cog", Gap.Kind.NOT_FILLED),
  /** Not filled: "HSDS requires address_1 and the site has no street address". */
  HSDS_NO_STREET_ADDRESS("exchange.gap.hsds.no-street-address", Gap.Kind.NOT_FILLED),
  /**
   * Not filled: "HSDS requires city and commune {@code {0}} is not in COG 2026" ({@code {0}} the
   * commune code).
   */
  HSDS_NO_CITY("exchange.gap.hsds.no-city", Gap.Kind.NOT_FILLED),
  /**
   * Not filled: "HSDS requires postal_code and commune {@code {0}} has no postcode in the bundled
   * table" ({@code {0}} the commune code).
   */
  HSDS_NO_POSTCODE("exchange.gap.hsds.no-postcode", Gap.Kind.NOT_FILLED),
  /**
   * Not filled: "HSDS requires postal_code and commune {@code {0}} has {@code {1}} postcodes: the
   * model does not say which one" ({@code {0}} the commune code, {@code {1}} its number of
   * postcodes).
   */
  HSDS_SEVERAL_POSTCODES("exchange.gap.hsds.several-postcodes", Gap.Kind.NOT_FILLED),
  /** Approximated: "the export date: the model holds no modification date". */
  EXPORT_DATE("exchange.gap.export-date", Gap.Kind.APPROXIMATED),
  /**
   * Approximated: "the first of {@code {0}} sites; every site is a service with its own address"
   * ({@code {0}} the number of sites).
   */
  FIRST_SITE("exchange.gap.first-site", Gap.Kind.APPROXIMATED),
  /** Approximated: "a 24-hour slot is written with the OSM extended time (e.g. 08:00-32:00)". */
  OSM_EXTENDED_TIME("exchange.gap.osm-extended-time", Gap.Kind.APPROXIMATED),
  /** Approximated: "no usable description: the kind and the operator's name". */
  DESCRIPTION_FROM_KIND("exchange.gap.description-from-kind", Gap.Kind.APPROXIMATED),
  /**
   * Approximated: "the site is known to the département only: the département(s) where it may be".
   */
  ZONE_FROM_DEPARTEMENTS("exchange.gap.zone-from-departements", Gap.Kind.APPROXIMATED),
  /**
   * Approximated: "located to the département only: written as {@code {0}}, not as an address"
   * ({@code {0}} the target property written instead).
   */
  AREA_NOT_ADDRESS("exchange.gap.area-not-address", Gap.Kind.APPROXIMATED),
  /** Approximated: "active: the model records no closure of the establishment". */
  STATUS_ACTIVE("exchange.gap.status-active", Gap.Kind.APPROXIMATED),
  /**
   * Approximated: "months written in years with two decimals; the model's upper bound is
   * exclusive".
   */
  AGES_IN_YEARS("exchange.gap.ages-in-years", Gap.Kind.APPROXIMATED),
  /**
   * Approximated: "the model holds no description of the operator: its legal form and ESS family".
   */
  OPERATOR_DESCRIPTION("exchange.gap.operator-description", Gap.Kind.APPROXIMATED),
  /**
   * Approximated: "HSDS 3.1 service_capacity requires available places and an update time, which
   * the model does not hold: the places are an attribute".
   */
  CAPACITY_AS_ATTRIBUTE("exchange.gap.capacity-as-attribute", Gap.Kind.APPROXIMATED),
  /** Approximated: "the year of the opening only". */
  OPENING_YEAR_ONLY("exchange.gap.opening-year-only", Gap.Kind.APPROXIMATED),
  /**
   * Approximated: "midnight written 23:59, the usual schema.org convention for the end of a day".
   */
  MIDNIGHT_AS_2359("exchange.gap.midnight-as-2359", Gap.Kind.APPROXIMATED),
  /** Approximated: "the INSEE band {@code {0}}" ({@code {0}} the INSEE band code). */
  INSEE_BAND("exchange.gap.insee-band", Gap.Kind.APPROXIMATED),
  /**
   * Approximated: "{@code {0}} is not a network the library knows" ({@code {0}} the network key).
   */
  UNKNOWN_NETWORK("exchange.gap.unknown-network", Gap.Kind.APPROXIMATED),
  /**
   * Lost: "accompanied by the network, not a member of it: not written in {@code {0}}" ({@code {0}}
   * the target field).
   */
  ACCOMPANIED_NOT_MEMBER("exchange.gap.accompanied-not-member", Gap.Kind.LOST),
  /** Lost: "network not on data·inclusion's list of reseaux_porteurs". */
  NETWORK_NOT_PORTEUR("exchange.gap.network-not-porteur", Gap.Kind.LOST),
  /** Lost: "a service has no site name". */
  NO_SITE_NAME_FIELD("exchange.gap.no-site-name-field", Gap.Kind.LOST),
  /**
   * Lost: "data·inclusion has no field for the operator (name, legal form, SIREN, RNA, ESS
   * status)".
   */
  NO_OPERATOR_FIELD("exchange.gap.no-operator-field", Gap.Kind.LOST),
  /** Lost: "kept only as the service name and its thematiques". */
  KIND_AS_SERVICE_NAME("exchange.gap.kind-as-service-name", Gap.Kind.LOST),
  /** Lost: "kept only as publics_precisions text". */
  AGES_AS_TEXT("exchange.gap.ages-as-text", Gap.Kind.LOST),
  /** Lost: "the format has no field for it". */
  NO_FIELD("exchange.gap.no-field", Gap.Kind.LOST),
  /** Lost: "{@code {0}}: the format has no field for it" ({@code {0}} the value lost). */
  VALUE_WITHOUT_FIELD("exchange.gap.value-without-field", Gap.Kind.LOST),
  /** Lost: "typicalAgeRange applies to events and creative works, not places". */
  AGE_RANGE_NOT_FOR_PLACES("exchange.gap.age-range-not-for-places", Gap.Kind.LOST),
  /** Lost: "schema.org counts employees, not full-time equivalents". */
  FTE_NOT_EMPLOYEES("exchange.gap.fte-not-employees", Gap.Kind.LOST),
  /**
   * Lost: "schema.org has no French non-profit status (FRNonprofitType is only a proposal): the
   * legal form is written as additionalType text".
   */
  NO_ESS_STATUS("exchange.gap.no-ess-status", Gap.Kind.LOST),
  /**
   * Unmapped (import): "no counterpart in the model, not kept: {@code {0}}" ({@code {0}} the value
   * read, as JSON).
   */
  UNMAPPED_VALUE("exchange.gap.import.unmapped-value", Gap.Kind.UNMAPPED),
  /**
   * Unmapped (import): "designates a {@code {0}}; the model holds one kind per establishment, the
   * first ({@code {1}}) is kept" ({@code {0}} the kind designated, {@code {1}} the kind kept).
   */
  OTHER_KIND("exchange.gap.import.other-kind", Gap.Kind.UNMAPPED),
  /**
   * Unmapped (import): "{@code {0}}: not a site of its services, which locate the sites" ({@code
   * {0}} the place of the structure).
   */
  NOT_A_SITE_OF_SERVICES("exchange.gap.import.not-a-site-of-services", Gap.Kind.UNMAPPED),
  /**
   * Unmapped (import): "neither the structure nor its services give an INSEE code or a zone of
   * départements: no site".
   */
  NO_SITE("exchange.gap.import.no-site", Gap.Kind.UNMAPPED),
  /**
   * Unmapped (import): "no service designates a structure kind of the model (by its name, or by
   * thematiques only one kind has)".
   */
  NO_KIND("exchange.gap.import.no-kind", Gap.Kind.UNMAPPED),
  /** Unmapped (import): "read, but kept only on a structure". */
  HOURS_WITHOUT_STRUCTURE("exchange.gap.import.hours-without-structure", Gap.Kind.UNMAPPED),
  /** Unmapped (import): "same site as an earlier service". */
  SAME_SITE("exchange.gap.import.same-site", Gap.Kind.UNMAPPED),
  /** Unmapped (import): "{@code {0}} match no structure kind" ({@code {0}} the thematiques). */
  THEMES_NO_KIND("exchange.gap.import.themes-no-kind", Gap.Kind.UNMAPPED),
  /**
   * Unmapped (import): "{@code {0}} match several kinds {@code {1}}: none chosen" ({@code {0}} the
   * thematiques, {@code {1}} the codes of the kinds they match).
   */
  THEMES_SEVERAL_KINDS("exchange.gap.import.themes-several-kinds", Gap.Kind.UNMAPPED),
  /** Unmapped (import): "not an INSEE commune code: {@code {0}}" ({@code {0}} the value read). */
  NOT_INSEE_CODE("exchange.gap.import.not-insee-code", Gap.Kind.UNMAPPED),
  /**
   * Unmapped (import): "{@code {0}} is not a list of départements only" ({@code {0}} the value
   * read, as JSON).
   */
  NOT_DEPARTEMENTS("exchange.gap.import.not-departements", Gap.Kind.UNMAPPED),
  /**
   * Unmapped (import): "{@code {0}} (no INSEE code to locate it)" ({@code {0}} the address read).
   */
  ADDRESS_UNLOCATED("exchange.gap.import.address-unlocated", Gap.Kind.UNMAPPED),
  /**
   * Unmapped (import): "designate a {@code {0}}, but the model requires facts data·inclusion does
   * not carry ({@code {1}}): no structure" ({@code {0}} the structure kind, {@code {1}} the
   * library's code).
   */
  FACTS_MISSING("exchange.gap.import.facts-missing", Gap.Kind.UNMAPPED),
  /**
   * Unmapped (import): "{@code {0}} rejected by the library ({@code {1}})" ({@code {0}} the value
   * read, {@code {1}} the library's code).
   */
  SIRET_REJECTED("exchange.gap.import.siret-rejected", Gap.Kind.UNMAPPED),
  /**
   * Unmapped (import): "{@code {0}} is outside the subset of the OSM syntax the model reads (days
   * and time ranges)" ({@code {0}} the value read).
   */
  HOURS_OUTSIDE_SUBSET("exchange.gap.import.hours-outside-subset", Gap.Kind.UNMAPPED);

  private final String code;
  private final Gap.Kind kind;

  GapCode(String code, Gap.Kind kind) {
    this.code = code;
    this.kind = kind;
  }

  @Override
  public String code() {
    return code;
  }

  /**
   * Returns what happens to a field with this code.
   *
   * @return the kind, not null
   */
  public Gap.Kind kind() {
    return kind;
  }
}
