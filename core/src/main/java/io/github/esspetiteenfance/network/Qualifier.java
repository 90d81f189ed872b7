package io.github.esspetiteenfance.network;

import io.github.esspetiteenfance.Localized;
import java.util.Locale;

/**
 * How a source qualifies a number: "plus de 67", "près de 200", "environ 900", or no qualifier.
 *
 * <p>The qualifier is kept as the source wrote it; the library never turns "plus de 100 000" into
 * 100 000.
 */
public enum Qualifier implements Localized {
  /** The source gives the number without a qualifier. It may still be rounded. */
  EXACT("", ""),
  /** "plus de N": more than N, a strict lower bound. */
  MORE_THAN("plus de", "more than"),
  /** "au moins N": N or more. */
  AT_LEAST("au moins", "at least"),
  /** "environ N": about N, no bound. */
  ABOUT("environ", "about"),
  /** "près de N": nearly N, usually just under; no bound. */
  NEARLY("près de", "nearly"),
  /** "moins de N": fewer than N, a strict upper bound. */
  LESS_THAN("moins de", "fewer than");

  private final String french;
  private final String english;

  Qualifier(String french, String english) {
    this.french = french;
    this.english = english;
  }

  /**
   * Returns the French words of this qualifier, such as {@code "plus de"}.
   *
   * @return the words, empty for {@link #EXACT}
   */
  public String french() {
    return french;
  }

  /**
   * Returns the English words of this qualifier, such as {@code "more than"}.
   *
   * @return the words, empty for {@link #EXACT}
   */
  public String english() {
    return english;
  }

  /**
   * Returns the words of this qualifier in a language: French for {@code fr}, English otherwise.
   *
   * @param locale the language, not null
   * @return the words, empty for {@link #EXACT}
   */
  @Override
  public String message(Locale locale) {
    return "fr".equals(locale.getLanguage()) ? french : english;
  }
}
