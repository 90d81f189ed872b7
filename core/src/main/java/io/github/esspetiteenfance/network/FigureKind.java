package io.github.esspetiteenfance.network;

import io.github.esspetiteenfance.Localized;
import java.util.Locale;

/** What a figure of a network counts. */
public enum FigureKind implements Localized {
  /** Member families. */
  MEMBER_FAMILIES("familles adhérentes", "member families"),
  /** Local associations of the network. */
  LOCAL_ASSOCIATIONS("associations locales", "local associations"),
  /** People who benefit from the network's action. */
  PEOPLE_REACHED("personnes bénéficiaires", "people reached"),
  /** Volunteers (bénévoles). */
  VOLUNTEERS("bénévoles", "volunteers"),
  /** Centres sociaux et socioculturels federated. */
  MEMBER_CENTRES(
      "centres sociaux et socioculturels fédérés", "federated social and sociocultural centres"),
  /** Member federations. */
  MEMBER_FEDERATIONS("fédérations membres", "member federations"),
  /** Member associations and bodies. */
  MEMBER_ORGANISATIONS("associations et organismes adhérents", "member associations and bodies"),
  /** Establishments and services run by the members. */
  ESTABLISHMENTS_AND_SERVICES(
      "établissements et services gérés", "establishments and services run by the members"),
  /** Employees of the network and its members. */
  EMPLOYEES("salariés", "employees"),
  /** Members of any kind. */
  MEMBERS("adhérents", "members");

  private final String label;
  private final String englishLabel;

  FigureKind(String label, String englishLabel) {
    this.label = label;
    this.englishLabel = englishLabel;
  }

  /**
   * Returns the French name of what is counted.
   *
   * @return the label, not null
   */
  public String label() {
    return label;
  }

  /**
   * Returns the English name of what is counted.
   *
   * @return the label, not null
   */
  public String englishLabel() {
    return englishLabel;
  }

  /**
   * Returns the name of what is counted in a language: French for {@code fr}, English otherwise.
   *
   * @param locale the language, not null
   * @return the label, not null
   */
  @Override
  public String message(Locale locale) {
    return "fr".equals(locale.getLanguage()) ? label : englishLabel;
  }
}
