package io.github.esspetiteenfance.structure;

/**
 * Whether an EAJE is à gestion parentale (CSP R2324-17 IV and R2324-50): managed by an association
 * of the parents or legal representatives of the children in care.
 *
 * <p>Any EAJE type may be parental (R2324-17 IV), so this is an attribute of every EAJE rather than
 * a kind of its own: a "crèche parentale" is a {@link CrecheCollective} (or a micro-crèche, a
 * multi-accueil...) with {@link #PARENTAL} management. Who the manager is otherwise (association,
 * cooperative, commune, company) is told by the operating organization, not here.
 */
public enum Management implements Labelled {
  /** Managed by an association of the parents (R2324-50): a "crèche parentale". */
  PARENTAL("à gestion parentale", "parent-managed"),
  /** Managed otherwise, by professionals for an association, a cooperative, a commune, a firm. */
  NON_PARENTAL("hors gestion parentale", "not parent-managed");

  private final String label;
  private final String englishLabel;

  Management(String label, String englishLabel) {
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
