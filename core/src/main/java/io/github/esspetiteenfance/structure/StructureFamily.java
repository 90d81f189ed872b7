package io.github.esspetiteenfance.structure;

/** The families of structure kinds, as the seed and the observatory group them. */
public enum StructureFamily implements Labelled {
  /** Établissements et services d'accueil du jeune enfant (CSP R2324-17). */
  EAJE("établissement d'accueil du jeune enfant (EAJE)", "early childhood care establishment"),
  /** Assistants maternels working together (MAM). */
  ASSISTANTS_MATERNELS("assistants maternels", "childminders"),
  /** Support to parents and families: LAEP, relais, mediation, housing... */
  PARENTING_SUPPORT("soutien à la parentalité", "parenting and family support"),
  /** Child protection (protection de l'enfance). */
  CHILD_PROTECTION("protection de l'enfance", "child protection"),
  /** Reuse of childcare goods (recyclerie petite enfance). */
  RECYCLERIE("recyclerie petite enfance", "childcare goods reuse shop");

  private final String label;
  private final String englishLabel;

  StructureFamily(String label, String englishLabel) {
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
