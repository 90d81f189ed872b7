package io.github.esspetiteenfance.legal;

/**
 * How sure the project is of a fact: the labels of the project's reference documents.
 *
 * <p>A rule or parameter that is not {@link #CONFIRMED} is still implemented, but every answer that
 * depends on it says so.
 */
public enum Confidence {
  /** Read in the legal text (or a mirror of it) or on an official page. */
  CONFIRMED,
  /** Taken from a reputable secondary source; to be checked against the primary source. */
  SECONDARY,
  /** General knowledge or a single unofficial source, not checked. */
  UNCONFIRMED,
  /** Computed, mapped or interpreted by the project from other facts; not a published fact. */
  DERIVED;

  /**
   * Checks if this label is {@link #CONFIRMED}.
   *
   * @return true for {@link #CONFIRMED} only
   */
  public boolean isConfirmed() {
    return this == CONFIRMED;
  }

  /**
   * Returns the weaker of this label and another: the confidence of a result that depends on both.
   * The order, from strongest to weakest, is CONFIRMED, SECONDARY, DERIVED, UNCONFIRMED.
   *
   * @param other the other label, not null
   * @return the weaker label, not null
   */
  public Confidence weakest(Confidence other) {
    return rank(this) >= rank(other) ? this : other;
  }

  private static int rank(Confidence c) {
    return switch (c) {
      case CONFIRMED -> 0;
      case SECONDARY -> 1;
      case DERIVED -> 2;
      case UNCONFIRMED -> 3;
    };
  }
}
