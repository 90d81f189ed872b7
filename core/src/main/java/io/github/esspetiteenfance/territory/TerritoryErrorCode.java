package io.github.esspetiteenfance.territory;

import io.github.esspetiteenfance.ErrorCode;

/**
 * Error codes of the {@code territory} package.
 *
 * <p>Message arguments follow the library's convention: {@code {0}} the field, {@code {1}} the
 * rejected value, {@code {2}}... the extra arguments (for the look-up codes, {@code {2}} is the COG
 * vintage, such as {@code COG 2026}).
 */
public enum TerritoryErrorCode implements ErrorCode {
  /** No région has this code in the COG. */
  REGION_UNKNOWN("territory.region.unknown"),
  /** No département has this code in the COG. */
  DEPARTEMENT_UNKNOWN("territory.departement.unknown"),
  /**
   * No current commune (COM row) has this code in the COG. The code may still be that of a commune
   * déléguée, associée, an arrondissement municipal or a former commune: see {@link
   * Cog#resolveCurrent}.
   */
  COMMUNE_UNKNOWN("territory.commune.unknown"),
  /**
   * The code has never been a commune code in the COG since 1943: neither current nor historical.
   */
  COMMUNE_CODE_UNKNOWN("territory.commune.code-unknown"),
  /**
   * The code was a commune that left the COG without any successor commune (Saint-Barthélemy and
   * Saint-Martin, which became overseas collectivities in 2007).
   */
  COMMUNE_NO_SUCCESSOR("territory.commune.no-successor"),
  /** The postcode is not in the bundled postcode table. */
  POSTCODE_UNKNOWN("territory.postcode.unknown"),
  /**
   * A territory reference is not one of the forms {@code FR}, {@code region:<code>}, {@code
   * departement:<code>}, {@code commune:<code>}, {@code comd:<code>}, {@code coma:<code>}, {@code
   * arm:<code>} ({@link Cog#territory(String)}). {@code {2}}: those forms.
   */
  REFERENCE_MALFORMED("territory.reference.malformed"),
  /** A current commune (COM) is given a parent commune. */
  COMMUNE_PARENT_UNEXPECTED("territory.commune.parent-unexpected"),
  /** A commune déléguée, associée or arrondissement municipal has no parent commune. */
  COMMUNE_PARENT_MISSING("territory.commune.parent-missing"),
  /** A movement has neither a commune before nor a commune after the event. */
  MOVEMENT_EMPTY("territory.movement.empty"),
  /** A movement's event type (INSEE {@code MOD} code) is not one the library knows. */
  MOVEMENT_EVENT_UNKNOWN("territory.movement.event-unknown"),
  /** A commune resolution is inconsistent with the way it says it was resolved. */
  RESOLUTION_INCONSISTENT("territory.resolution.inconsistent");

  private final String code;

  TerritoryErrorCode(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
