package io.github.esspetiteenfance.indicator;

import io.github.esspetiteenfance.Localized;
import java.util.Locale;

/** Whether an indicator was computed by the library or published by a third party. */
public enum Origin implements Localized {
  /** Computed by the library from records (a {@link Panorama}) or derived from other figures. */
  COMPUTED("calculé", "computed"),
  /** Published by an observatory, a network or a statistical office, and quoted as such. */
  PUBLISHED("publié", "published");

  private final String french;
  private final String english;

  Origin(String french, String english) {
    this.french = french;
    this.english = english;
  }

  /**
   * Returns this origin written in a language: {@code "publié"} or {@code "published"}.
   *
   * @param locale French for {@code fr}, English otherwise; not null
   * @return the word, not null
   */
  @Override
  public String message(Locale locale) {
    return Display.isFrench(locale) ? french : english;
  }
}
