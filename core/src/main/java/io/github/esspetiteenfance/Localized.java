package io.github.esspetiteenfance;

import java.util.Locale;

/**
 * A value that can be written in French or in English: the library's one rendering verb, {@link
 * #message(Locale)}, shared by labelled values, indicator values, findings, reports and exceptions.
 */
public interface Localized {

  /**
   * Returns this value written in a language.
   *
   * @param locale French for {@code fr}, English otherwise; not null
   * @return the text, not null
   */
  String message(Locale locale);
}
