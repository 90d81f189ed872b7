package io.github.esspetiteenfance.opendata.sirene;

import io.github.esspetiteenfance.opendata.FilterReason;
import java.util.Locale;

/** Why a SIRENE row was left out of a panorama. */
public enum SireneFilter implements FilterReason {
  /** The establishment's main activity is not one of the requested codes. */
  OTHER_ACTIVITY("sirene.filter.other-activity", "autre activité", "other activity"),
  /**
   * The activity code matches but in another nomenclature than NAF rév. 2 ({@code NAP}, {@code
   * NAFRev1}, {@code NAF1993}): the same text is another activity there.
   */
  OTHER_NOMENCLATURE(
      "sirene.filter.other-nomenclature",
      "code d'une autre nomenclature",
      "code of another nomenclature"),
  /** The establishment is closed ({@code etatAdministratifEtablissement = F}). */
  CLOSED("sirene.filter.closed", "établissement fermé", "closed establishment"),
  /** The establishment is abroad (a foreign country code, no French commune). */
  ABROAD("sirene.filter.abroad", "à l'étranger", "abroad"),
  /**
   * The commune is in an overseas collectivity outside the COG's départements
   * (Saint-Pierre-et-Miquelon, Saint-Barthélemy, Saint-Martin, the Pacific).
   */
  OVERSEAS_COLLECTIVITY(
      "sirene.filter.overseas-collectivity",
      "collectivité d'outre-mer hors département",
      "overseas collectivity outside the départements"),
  /** The commune code is neither a commune of the COG 2026 nor a former one. */
  UNKNOWN_COMMUNE("sirene.filter.unknown-commune", "commune inconnue", "unknown commune"),
  /** The commune is not diffusible ({@code [ND]}) or empty. */
  NO_COMMUNE("sirene.filter.no-commune", "commune non diffusée", "commune not given"),
  /** The commune code stands for several current communes (a split commune). */
  AMBIGUOUS_COMMUNE(
      "sirene.filter.ambiguous-commune", "commune scindée", "commune split between several"),
  /** The commune is outside the requested régions and départements. */
  OUTSIDE_TERRITORY(
      "sirene.filter.outside-territory", "hors du territoire demandé", "outside the territory"),
  /** A legal unit that no selected establishment belongs to. */
  UNIT_NOT_SELECTED(
      "sirene.filter.unit-not-selected",
      "unité sans établissement retenu",
      "unit of no selected establishment");

  private final String code;
  private final String french;
  private final String english;

  SireneFilter(String code, String french, String english) {
    this.code = code;
    this.french = french;
    this.english = english;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String message(Locale locale) {
    return "fr".equals(locale.getLanguage()) ? french : english;
  }
}
