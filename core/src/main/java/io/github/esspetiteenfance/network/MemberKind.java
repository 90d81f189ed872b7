package io.github.esspetiteenfance.network;

/** The kinds of member a network federates. */
public enum MemberKind {
  /** Member families (<i>familles adhérentes</i>). */
  FAMILY("familles adhérentes"),
  /** Local associations (communal or intercommunal). */
  LOCAL_ASSOCIATION("associations locales"),
  /** Départemental federations. */
  DEPARTEMENTAL_FEDERATION("fédérations départementales"),
  /** Regional federations. */
  REGIONAL_FEDERATION("fédérations régionales"),
  /** Centres sociaux et socioculturels (CAF-approved, animation de la vie sociale). */
  CENTRE_SOCIAL("centres sociaux et socioculturels"),
  /** Espaces de vie sociale (CAF-approved). */
  ESPACE_DE_VIE_SOCIALE("espaces de vie sociale"),
  /** Associations of any kind. */
  ASSOCIATION("associations"),
  /** Other private non-profit bodies (foundations, mutual-type bodies...). */
  NON_PROFIT_BODY("organismes privés à but non lucratif"),
  /** Parent-run crèches (<i>crèches parentales</i>). */
  PARENT_RUN_CRECHE("crèches parentales"),
  /** Associative childcare: crèches, haltes-garderies, multi-accueils. */
  ASSOCIATIVE_CHILDCARE("crèches et multi-accueils associatifs"),
  /** Parenting-support initiatives (universités populaires de parents...). */
  PARENTING_INITIATIVE("initiatives de soutien à la parentalité"),
  /** Enterprises of the ESS (associations, cooperatives, mutuals, foundations, companies). */
  ESS_ENTERPRISE("entreprises de l'ESS"),
  /** Regional representative bodies of the ESS families. */
  ESS_REPRESENTATIVE_BODY("organisations représentatives de l'ESS");

  private final String label;

  MemberKind(String label) {
    this.label = label;
  }

  /**
   * Returns the French name of this kind of member, in the plural.
   *
   * @return the label, not null
   */
  public String label() {
    return label;
  }
}
