package io.github.esspetiteenfance.regulation;

/**
 * The two ways of computing the staffing ratio of a crèche collective, of which the manager chooses
 * one (CSP R2324-46-4, since 1 Sept 2021; SECONDARY: the article's text was not read, its content
 * is consistent across several secondary sources).
 *
 * <p>Before 1 Sept 2021 only {@link #ONE_PER_FIVE_OR_EIGHT} existed (décret of 1 Aug 2000,
 * SECONDARY). The reference reports that the choice must be stated in the projet d'établissement
 * (UNCONFIRMED).
 */
public enum RatioOption {
  /** One professional per 5 children who do not walk and one per 8 children who walk. */
  ONE_PER_FIVE_OR_EIGHT,
  /** One professional per 6 children, whatever their age. */
  ONE_PER_SIX
}
