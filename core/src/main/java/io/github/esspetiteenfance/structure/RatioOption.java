package io.github.esspetiteenfance.structure;

/**
 * The two ways of computing the staffing ratio of a crèche collective, of which the manager chooses
 * one (CSP R2324-46-4, since 1 Sept 2021; SECONDARY: the article's text was not read, its content
 * is consistent across several secondary sources).
 *
 * <p>Before 1 Sept 2021 only {@link #ONE_PER_FIVE_OR_EIGHT} existed (décret of 1 Aug 2000,
 * SECONDARY). The reference reports that the choice must be stated in the projet d'établissement
 * (UNCONFIRMED).
 */
public enum RatioOption implements Labelled {
  /** One professional per 5 children who do not walk and one per 8 children who walk. */
  ONE_PER_FIVE_OR_EIGHT(
      "1 professionnel pour 5 enfants qui ne marchent pas et 1 pour 8 qui marchent",
      "1 professional per 5 children who do not walk and 1 per 8 who walk"),
  /** One professional per 6 children, whatever their age. */
  ONE_PER_SIX("1 professionnel pour 6 enfants", "1 professional per 6 children");

  private final String label;
  private final String englishLabel;

  RatioOption(String label, String englishLabel) {
    this.label = label;
    this.englishLabel = englishLabel;
  }

  /**
   * Returns the option in French.
   *
   * @return the label, not null
   */
  @Override
  public String label() {
    return label;
  }

  /**
   * Returns the option in English.
   *
   * @return the label, not null
   */
  @Override
  public String englishLabel() {
    return englishLabel;
  }
}
