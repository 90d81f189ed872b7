package io.github.esspetiteenfance.regulation;

import io.github.esspetiteenfance.structure.Labelled;

/** The rules and the reasons named in {@link FindingCode#NOT_CHECKED} findings. */
enum Subject implements Labelled {
  STAFFING(
      "taux d'encadrement (R2324-43, R2324-46-4, R2324-47-4)",
      "staffing ratio (R2324-43, R2324-46-4, R2324-47-4)"),
  QUALIFIED_AMONG_TWO(
      "professionnel diplômé parmi les deux au-delà de 24 places (R2324-43-1)",
      "qualified professional among the two above 24 places (R2324-43-1)"),
  SURNOMBRE("accueil en surnombre (R2324-27)", "accueil en surnombre (R2324-27)"),
  CAPACITY(
      "capacité et catégorie (R2324-46 à R2324-50)", "capacity and category (R2324-46 to -50)"),
  QUALIFIED_SHARE("part de personnel diplômé (R2324-42)", "share of qualified staff (R2324-42)"),
  DIRECTION("temps de direction (R2324-46-1)", "direction time (R2324-46-1)"),
  RSAI(
      "référent Santé et Accueil inclusif (R2324-46-2, R2324-47-2)",
      "référent Santé et Accueil inclusif (R2324-46-2, R2324-47-2)"),
  EJE("temps d'éducateur de jeunes enfants", "éducateur de jeunes enfants time"),
  PREMISES(
      "surface des locaux (référentiel bâtimentaire)", "indoor area (référentiel bâtimentaire)"),
  REGULATION("contrôle réglementaire", "regulatory check"),
  CAPACITY_UNKNOWN(
      "la capacité autorisée n'est pas connue", "the authorised capacity is not known"),
  CATEGORY_UNKNOWN(
      "les catégories de capacité n'existent pas à cette date",
      "the capacity categories do not exist on this date"),
  KIND_NOT_COVERED(
      "la bibliothèque n'a pas de règle pour ce type de structure",
      "the library has no rule for this kind of structure"),
  NOT_FOR_KIND(
      "la règle ne s'applique pas à ce type de structure",
      "the rule does not apply to this kind of structure"),
  REQUEST_BEFORE_REFERENTIEL(
      "la demande d'autorisation est antérieure au 1er septembre 2022",
      "the authorisation request was filed before 1 September 2022");

  private final String label;
  private final String englishLabel;

  Subject(String label, String englishLabel) {
    this.label = label;
    this.englishLabel = englishLabel;
  }

  @Override
  public String label() {
    return label;
  }

  @Override
  public String englishLabel() {
    return englishLabel;
  }
}
