package io.github.esspetiteenfance.territory;

/**
 * The kinds of commune row in the INSEE COG ({@code TYPECOM} column).
 *
 * <p>Only {@link #COM} rows are communes today. The three other kinds are parts of a current
 * commune, their <i>commune de rattachement</i> ({@code COMPARENT}), and keep their own INSEE code,
 * which older records (SIRENE, FINESS...) still use:
 *
 * <ul>
 *   <li>a <b>commune déléguée</b> ({@link #COMD}) is a former commune that merged into a <i>commune
 *       nouvelle</i> (loi n° 2010-1563 and following) and kept a mayor delegate and a town-hall
 *       annex. The chef-lieu commune déléguée often keeps the code of the commune nouvelle itself,
 *       so a code can be both a COM and a COMD;
 *   <li>a <b>commune associée</b> ({@link #COMA}) is a former commune merged under the older
 *       <i>fusion-association</i> scheme (1971 onwards);
 *   <li>an <b>arrondissement municipal</b> ({@link #ARM}) is one of the 45 districts of Paris, Lyon
 *       and Marseille.
 * </ul>
 *
 * <p>The legal background (communes nouvelles, fusion-association) is given here from general
 * knowledge: UNCONFIRMED against the texts. The kinds themselves are those of the COG file.
 */
public enum CommuneType {
  /** A commune, current in the COG vintage. */
  COM("commune"),
  /** A commune déléguée: a former commune, part of a commune nouvelle. */
  COMD("commune déléguée"),
  /** A commune associée: a former commune, part of a commune under a fusion-association. */
  COMA("commune associée"),
  /** An arrondissement municipal of Paris, Lyon or Marseille. */
  ARM("arrondissement municipal");

  private final String label;

  CommuneType(String label) {
    this.label = label;
  }

  /**
   * Returns the French name of this kind, such as {@code "commune déléguée"}.
   *
   * @return the name, not null
   */
  public String label() {
    return label;
  }

  /**
   * Checks if rows of this kind are current communes ({@link #COM}) rather than parts of one.
   *
   * @return true for {@link #COM} only
   */
  public boolean isCurrentCommune() {
    return this == COM;
  }
}
