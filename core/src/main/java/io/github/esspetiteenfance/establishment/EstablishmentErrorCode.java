package io.github.esspetiteenfance.establishment;

import io.github.esspetiteenfance.ErrorCode;

/**
 * Error codes of the {@code establishment} package.
 *
 * <p>Message arguments: {@code {0}} the field, {@code {1}} the rejected value, {@code {2}}... the
 * extra arguments listed on each constant.
 */
public enum EstablishmentErrorCode implements ErrorCode {
  /** A value typed {@code OTHER} has no description ({@code {2}}: the type). */
  OTHER_WITHOUT_DESCRIPTION("establishment.other.description-required"),
  /** The SIRET's SIREN is not the operating organization's SIREN ({@code {2}}: that SIREN). */
  SIRET_SIREN_MISMATCH("establishment.siret.siren-mismatch"),
  /** An establishment has no site. */
  NO_SITE("establishment.sites.empty"),
  /** Two sites are equal ({@code {2}}: the index of the first). */
  DUPLICATE_SITE("establishment.sites.duplicate"),
  /** A location has neither a commune nor a département. */
  LOCATION_UNKNOWN("establishment.location.unknown"),
  /** A location has both a commune and départements ({@code {2}}: the départements). */
  LOCATION_OVERSPECIFIED("establishment.location.commune-and-departements"),
  /** A year is outside the supported range ({@code {2}} and {@code {3}}: the bounds). */
  YEAR_OUT_OF_RANGE("establishment.jobs.year-out-of-range"),
  /** Jobs have neither a headcount, nor an FTE, nor a band. */
  JOBS_EMPTY("establishment.jobs.empty"),
  /** A Sirene headcount band code is unknown ({@code {2}}: the known codes). */
  UNKNOWN_TRANCHE("establishment.tranche-effectif.unknown"),
  /** Two partners have the same name and role. */
  DUPLICATE_PARTNER("establishment.partners.duplicate");

  private final String code;

  EstablishmentErrorCode(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
