package io.github.esspetiteenfance.diagnostic;

import io.github.esspetiteenfance.Localized;
import java.util.Locale;

/** How serious a finding or a validation problem is. */
public enum Severity implements Localized {
  /**
   * A rule is broken or the figures cannot all be true: the establishment is not compliant, the
   * object is not valid.
   */
  ERROR("erreur", "error"),
  /** A rule may be broken, or holds only under a condition not shown; something deserves a look. */
  WARNING("avertissement", "warning"),
  /** Information: the category applied, a rule not checked, how figures were read. */
  INFO("information", "information");

  private final String french;
  private final String english;

  Severity(String french, String english) {
    this.french = french;
    this.english = english;
  }

  /**
   * Returns this severity written in a language, in lower case, such as {@code "avertissement"} or
   * {@code "warning"}; the constant's name is the stable code.
   *
   * @param locale French for {@code fr}, English otherwise; not null
   * @return the label, not null
   */
  @Override
  public String message(Locale locale) {
    return "fr".equals(locale.getLanguage()) ? french : english;
  }
}
