package io.github.esspetiteenfance.establishment;

import io.github.esspetiteenfance.structure.Labelled;

/** The kinds of event in an establishment's history, with an {@code OTHER} value. */
public enum MilestoneKind implements Labelled {
  /** A test of the project before it opened (a pop-up sale, a trial period). */
  PILOT("test du projet", "pilot"),
  /** The opening of another site. */
  NEW_SITE("ouverture d'un nouveau lieu", "new site"),
  /** A move to other premises. */
  RELOCATION("déménagement", "relocation"),
  /** The closure of the establishment or of a site. */
  CLOSURE("fermeture", "closure"),
  /** Another event, told by its description. */
  OTHER("autre", "other");

  private final String label;
  private final String englishLabel;

  MilestoneKind(String label, String englishLabel) {
    this.label = label;
    this.englishLabel = englishLabel;
  }

  @Override
  public String label() {
    return label;
  }

  @Override
  public String englishLabel() {
    return englishLabel;
  }

  @Override
  public boolean isOther() {
    return this == OTHER;
  }
}
