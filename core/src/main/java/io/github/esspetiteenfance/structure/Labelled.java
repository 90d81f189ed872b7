package io.github.esspetiteenfance.structure;

import io.github.esspetiteenfance.Localized;
import java.util.Locale;

/**
 * A value of a code list with a French and an English label, such as a structure kind or an
 * environmental commitment.
 *
 * <p>Code lists are closed enums, but most have an {@code OTHER} value: a value typed {@code OTHER}
 * carries its own label, so that data never has to be forced into a wrong category.
 */
public interface Labelled extends Localized {

  /**
   * Returns the French label, as used in French official texts and documents.
   *
   * @return the label, not null
   */
  String label();

  /**
   * Returns the English label.
   *
   * @return the label, not null
   */
  String englishLabel();

  /**
   * Returns the label in a language: French for {@code fr}, English otherwise.
   *
   * @param locale the language, not null
   * @return the label, not null
   */
  @Override
  default String message(Locale locale) {
    return "fr".equals(locale.getLanguage()) ? label() : englishLabel();
  }

  /**
   * Checks if this value is the {@code OTHER} value of its list, whose instances need a label.
   *
   * @return true for {@code OTHER}
   */
  default boolean isOther() {
    return false;
  }
}
