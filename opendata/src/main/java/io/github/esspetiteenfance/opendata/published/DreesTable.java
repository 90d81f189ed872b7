package io.github.esspetiteenfance.opendata.published;

import io.github.esspetiteenfance.indicator.Measure;
import java.util.Locale;

/**
 * The tables of DREES's « L'offre d'accueil du jeune enfant » (dataset 331) bundled with the
 * module, by département (see the README beside the resources for the source and licence).
 */
public enum DreesTable {
  /** Tab23: number of crèches collectives, 2015–2023. */
  CRECHES_COLLECTIVES("Tab23", Measure.ESTABLISHMENTS, "crèches collectives", "collective crèches"),
  /** Tab24: number of crèches familiales, 2010–2023. */
  CRECHES_FAMILIALES("Tab24", Measure.ESTABLISHMENTS, "crèches familiales", "family crèches"),
  /** Tab27: number of établissements or services à gestion parentale, 2015–2023. */
  GESTION_PARENTALE(
      "Tab27",
      Measure.ESTABLISHMENTS,
      "établissements à gestion parentale",
      "parent-managed establishments"),
  /** Tab28: places in crèches collectives, 2016–2023. */
  PLACES_CRECHES_COLLECTIVES(
      "Tab28", Measure.PLACES, "places en crèches collectives", "places in collective crèches"),
  /** Tab32: places in gestion parentale, 2016–2023. */
  PLACES_GESTION_PARENTALE(
      "Tab32", Measure.PLACES, "places en gestion parentale", "places in parent-managed care"),
  /** Tab33: agréments of assistants maternels, 2010–2023 (not EAJE). */
  AGREMENTS_ASSISTANTS_MATERNELS(
      "Tab33", Measure.PLACES, "agréments d'assistants maternels", "childminder approvals");

  private final String table;
  private final Measure measure;
  private final String french;
  private final String english;

  DreesTable(String table, Measure measure, String french, String english) {
    this.table = table;
    this.measure = measure;
    this.french = french;
    this.english = english;
  }

  /**
   * Returns DREES's name of the table, such as {@code "Tab23"}.
   *
   * @return the name, not null
   */
  public String table() {
    return table;
  }

  /**
   * Returns what the table counts.
   *
   * @return the measure, not null
   */
  public Measure measure() {
    return measure;
  }

  /**
   * Returns a label of the table in a language.
   *
   * @param locale French for {@code fr}, English otherwise; not null
   * @return the label, such as {@code "crèches collectives"}; not null
   */
  public String label(Locale locale) {
    return "fr".equals(locale.getLanguage()) ? french : english;
  }

  String resource() {
    return table + ".csv";
  }
}
