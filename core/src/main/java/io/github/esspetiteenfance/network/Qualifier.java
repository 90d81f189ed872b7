package io.github.esspetiteenfance.network;

/**
 * How a source qualifies a number: "plus de 67", "près de 200", "environ 900", or no qualifier.
 *
 * <p>The qualifier is kept as the source wrote it; the library never turns "plus de 100 000" into
 * 100 000.
 */
public enum Qualifier {
  /** The source gives the number without a qualifier. It may still be rounded. */
  EXACT(""),
  /** "plus de N": more than N, a strict lower bound. */
  MORE_THAN("plus de"),
  /** "au moins N": N or more. */
  AT_LEAST("au moins"),
  /** "environ N": about N, no bound. */
  ABOUT("environ"),
  /** "près de N": nearly N, usually just under; no bound. */
  NEARLY("près de"),
  /** "moins de N": fewer than N, a strict upper bound. */
  LESS_THAN("moins de");

  private final String french;

  Qualifier(String french) {
    this.french = french;
  }

  /**
   * Returns the French words of this qualifier, such as {@code "plus de"}.
   *
   * @return the words, empty for {@link #EXACT}
   */
  public String french() {
    return french;
  }
}
