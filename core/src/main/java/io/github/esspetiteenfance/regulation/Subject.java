package io.github.esspetiteenfance.regulation;

import io.github.esspetiteenfance.structure.Labelled;

/**
 * The rules and the reasons named in {@link FindingCode#NOT_CHECKED} findings: argument {@code {0}}
 * is the rule that was not checked, {@code {1}} the reason, each written with its label in the
 * message's language.
 *
 * <p>Public so that a finding's arguments ({@link
 * io.github.esspetiteenfance.diagnostic.Argument.TermValue}) can be read back exactly; the constant
 * names are stable (they are the JSON form).
 */
public enum Subject implements Labelled {
  /** Rule: the staffing ratio. */
  STAFFING(
      "taux d'encadrement (R2324-43, R2324-46-4, R2324-47-4)",
      "staffing ratio (R2324-43, R2324-46-4, R2324-47-4)"),
  /** Rule: a qualified professional among the two minimum above 24 places. */
  QUALIFIED_AMONG_TWO(
      "professionnel diplômé parmi les deux au-delà de 24 places (R2324-43-1)",
      "qualified professional among the two above 24 places (R2324-43-1)"),
  /** Rule: accueil en surnombre. */
  SURNOMBRE("accueil en surnombre (R2324-27)", "accueil en surnombre (R2324-27)"),
  /** Rule: capacity and category. */
  CAPACITY(
      "capacité et catégorie (R2324-46 à R2324-50)", "capacity and category (R2324-46 to -50)"),
  /** Rule: the share of qualified staff. */
  QUALIFIED_SHARE("part de personnel diplômé (R2324-42)", "share of qualified staff (R2324-42)"),
  /** Rule: the direction time. */
  DIRECTION("temps de direction (R2324-46-1)", "direction time (R2324-46-1)"),
  /** Rule: the référent Santé et Accueil inclusif. */
  RSAI(
      "référent Santé et Accueil inclusif (R2324-46-2, R2324-47-2)",
      "health and inclusion referent, RSAI (R2324-46-2, R2324-47-2)"),
  /** Rule: the time of éducateurs de jeunes enfants. */
  EJE("temps d'éducateur de jeunes enfants", "éducateur de jeunes enfants time"),
  /** Rule: the indoor area (référentiel bâtimentaire). */
  PREMISES(
      "surface des locaux (référentiel bâtimentaire)", "indoor area (référentiel bâtimentaire)"),
  /** Rule: the qualification of a micro-crèche's director (décret 2025-304 art. 2). */
  DIRECTOR_QUALIFICATION(
      "qualification de la direction d'une micro-crèche (décret 2025-304, art. 2)",
      "qualification of a micro-crèche's director (décret 2025-304, art. 2)"),
  /** Rule: the regulatory check as a whole. */
  REGULATION("contrôle réglementaire", "regulatory check"),
  /** Reason: the observation does not give the data the rule needs. */
  NOT_OBSERVED(
      "l'observation ne donne pas les données nécessaires",
      "the observation does not give the data the rule needs"),
  /** Reason: the authorised capacity is not known. */
  CAPACITY_UNKNOWN(
      "la capacité autorisée n'est pas connue", "the authorised capacity is not known"),
  /** Reason: the capacity categories do not exist on the date. */
  CATEGORY_UNKNOWN(
      "les catégories de capacité n'existent pas à cette date",
      "the capacity categories do not exist on this date"),
  /** Reason: the library has no rule for the kind of structure. */
  KIND_NOT_COVERED(
      "la bibliothèque n'a pas de règle pour ce type de structure",
      "the library has no rule for this kind of structure"),
  /** Reason: the rule does not apply to the kind of structure. */
  NOT_FOR_KIND(
      "la règle ne s'applique pas à ce type de structure",
      "the rule does not apply to this kind of structure"),
  /** Reason: whether the EAJE is in a very dense zone (5.5 m² a place instead of 7) is unknown. */
  DENSITY_UNKNOWN(
      "on ne sait pas si l'EAJE est en zone très dense (5,5 m² par place au lieu de 7)",
      "whether the EAJE is in a very dense zone (5.5 m² a place instead of 7) is not known"),
  /** Reason: the authorisation request was filed before the référentiel bâtimentaire. */
  REQUEST_BEFORE_REFERENTIEL(
      "la demande d'autorisation est antérieure au 1er septembre 2022",
      "the authorisation request was filed before 1 September 2022");

  private final String label;
  private final String englishLabel;

  Subject(String label, String englishLabel) {
    this.label = label;
    this.englishLabel = englishLabel;
  }

  /**
   * Returns the subject in French.
   *
   * @return the label, not null
   */
  @Override
  public String label() {
    return label;
  }

  /**
   * Returns the subject in English.
   *
   * @return the label, not null
   */
  @Override
  public String englishLabel() {
    return englishLabel;
  }
}
