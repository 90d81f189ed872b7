package io.github.esspetiteenfance.indicator;

import java.util.Locale;

/**
 * What an indicator measures: establishments, jobs, full-time equivalents, places, member
 * families...
 *
 * <p>Each measure names its unit in French and English, for display. Every measure here is a count
 * or an amount that adds up across establishments and territories, which is what makes a share of
 * it and a part-of-whole check meaningful.
 */
public enum Measure {
  /** Establishments (SIRET), such as EAJE; observatories count employer establishments. */
  ESTABLISHMENTS("établissements", "establishments"),
  /** Legal units (SIREN): organizations rather than their sites. */
  LEGAL_UNITS("unités légales", "legal units"),
  /** Salaried jobs (headcount, such as posts on 31 December). */
  JOBS("emplois", "jobs"),
  /** Full-time equivalent jobs (ETP, EQTP). */
  FTE("équivalents temps plein", "full-time equivalents"),
  /** Childcare places (agrément capacity). */
  PLACES("places", "places"),
  /** Children cared for. */
  CHILDREN("enfants accueillis", "children cared for"),
  /** Families that are members of a network or an association. */
  MEMBER_FAMILIES("familles adhérentes", "member families"),
  /** People reached by the actions (beneficiaries). */
  PEOPLE_REACHED("personnes bénéficiaires", "people reached"),
  /** Volunteers. */
  VOLUNTEERS("bénévoles", "volunteers"),
  /** Local associations of a network. */
  LOCAL_ASSOCIATIONS("associations locales", "local associations"),
  /** Organizations that are members of a network or a federation. */
  MEMBER_ORGANIZATIONS("organismes adhérents", "member organizations");

  private final String french;
  private final String english;

  Measure(String french, String english) {
    this.french = french;
    this.english = english;
  }

  /**
   * Returns the unit of this measure in a language, such as {@code "emplois"} or {@code "jobs"}.
   *
   * @param locale French for {@code fr}, English otherwise; not null
   * @return the unit, not null
   */
  public String unit(Locale locale) {
    return Display.isFrench(locale) ? french : english;
  }
}
