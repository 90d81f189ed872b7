package io.github.esspetiteenfance.legal;

import io.github.esspetiteenfance.Localized;
import java.util.Locale;

/**
 * How sure the project is of a fact: the labels of the project's reference documents.
 *
 * <p>A rule or parameter that is not {@link #CONFIRMED} is still implemented, but every answer that
 * depends on it says so.
 *
 * <p>The constants are declared from the strongest to the weakest, and their natural order ({@link
 * #compareTo(Enum)}) is that order: CONFIRMED, SECONDARY, DERIVED, UNCONFIRMED. A fact the project
 * derived from other facts by a stated method ranks above one taken from general knowledge or a
 * single unofficial source. {@link #weakest(Confidence)} is the maximum in this order.
 */
public enum Confidence implements Localized {
  /** Read in the legal text (or a mirror of it) or on an official page. */
  CONFIRMED("confirmé", "confirmed"),
  /** Taken from a reputable secondary source; to be checked against the primary source. */
  SECONDARY("source secondaire", "secondary source"),
  /** Computed, mapped or interpreted by the project from other facts; not a published fact. */
  DERIVED("déduit", "derived"),
  /** General knowledge or a single unofficial source, not checked. */
  UNCONFIRMED("non confirmé", "unconfirmed");

  private final String french;
  private final String english;

  Confidence(String french, String english) {
    this.french = french;
    this.english = english;
  }

  /**
   * Returns this label written in a language, such as {@code "source secondaire"} or {@code
   * "secondary source"}.
   *
   * @param locale French for {@code fr}, English otherwise; not null
   * @return the label, not null
   */
  @Override
  public String message(Locale locale) {
    return "fr".equals(locale.getLanguage()) ? french : english;
  }

  /**
   * Checks if this label is {@link #CONFIRMED}.
   *
   * @return true for {@link #CONFIRMED} only
   */
  public boolean isConfirmed() {
    return this == CONFIRMED;
  }

  /**
   * Returns the weaker of this label and another: the confidence of a result that depends on both,
   * that is the later of the two in the declared order (CONFIRMED, SECONDARY, DERIVED,
   * UNCONFIRMED).
   *
   * @param other the other label, not null
   * @return the weaker label, not null
   */
  public Confidence weakest(Confidence other) {
    return compareTo(other) >= 0 ? this : other;
  }
}
