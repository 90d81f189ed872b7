package io.github.esspetiteenfance.network;

/** What a figure of a network counts. */
public enum FigureKind {
  /** Member families. */
  MEMBER_FAMILIES("familles adhérentes"),
  /** Local associations of the network. */
  LOCAL_ASSOCIATIONS("associations locales"),
  /** People who benefit from the network's action. */
  PEOPLE_REACHED("personnes bénéficiaires"),
  /** Volunteers (bénévoles). */
  VOLUNTEERS("bénévoles"),
  /** Centres sociaux et socioculturels federated. */
  MEMBER_CENTRES("centres sociaux et socioculturels fédérés"),
  /** Member federations. */
  MEMBER_FEDERATIONS("fédérations membres"),
  /** Member associations and bodies. */
  MEMBER_ORGANISATIONS("associations et organismes adhérents"),
  /** Establishments and services run by the members. */
  ESTABLISHMENTS_AND_SERVICES("établissements et services gérés"),
  /** Employees of the network and its members. */
  EMPLOYEES("salariés"),
  /** Members of any kind. */
  MEMBERS("adhérents");

  private final String label;

  FigureKind(String label) {
    this.label = label;
  }

  /**
   * Returns the French name of what is counted.
   *
   * @return the label, not null
   */
  public String label() {
    return label;
  }
}
