package io.github.esspetiteenfance.opendata.sirene;

import io.github.esspetiteenfance.opendata.FilterReason;

/** Why a SIRENE row was left out of a panorama. */
public enum SireneFilter implements FilterReason {
  /** The establishment's main activity is not one of the requested codes. */
  OTHER_ACTIVITY("sirene.filter.other-activity"),
  /**
   * The activity code matches but in another nomenclature than NAF rév. 2 ({@code NAP}, {@code
   * NAFRev1}, {@code NAF1993}): the same text is another activity there.
   */
  OTHER_NOMENCLATURE("sirene.filter.other-nomenclature"),
  /** The establishment is closed ({@code etatAdministratifEtablissement = F}). */
  CLOSED("sirene.filter.closed"),
  /** The establishment is abroad (a foreign country code, no French commune). */
  ABROAD("sirene.filter.abroad"),
  /**
   * The commune is in an overseas collectivity outside the COG's départements
   * (Saint-Pierre-et-Miquelon, Saint-Barthélemy, Saint-Martin, the Pacific).
   */
  OVERSEAS_COLLECTIVITY("sirene.filter.overseas-collectivity"),
  /** The commune code is neither a commune of the COG 2026 nor a former one. */
  UNKNOWN_COMMUNE("sirene.filter.unknown-commune"),
  /** The commune is not diffusible ({@code [ND]}) or empty. */
  NO_COMMUNE("sirene.filter.no-commune"),
  /** The commune code stands for several current communes (a split commune). */
  AMBIGUOUS_COMMUNE("sirene.filter.ambiguous-commune"),
  /** The commune is outside the requested régions and départements. */
  OUTSIDE_TERRITORY("sirene.filter.outside-territory"),
  /** A legal unit that no selected establishment belongs to. */
  UNIT_NOT_SELECTED("sirene.filter.unit-not-selected");

  private final String code;

  SireneFilter(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
