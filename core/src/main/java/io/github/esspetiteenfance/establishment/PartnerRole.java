package io.github.esspetiteenfance.establishment;

import io.github.esspetiteenfance.structure.Labelled;

/** What a partner does for an establishment, with an {@code OTHER} value. */
public enum PartnerRole implements Labelled {
  /** Supported the project when it was created (accompagnement à la création). */
  CREATION_SUPPORT("accompagnement à la création", "support at creation"),
  /** Funds the establishment. */
  FUNDER("financeur", "funder"),
  /** Works with the establishment (partenariat). */
  PARTNER("partenaire", "partner"),
  /** Another role, told by the partner's details. */
  OTHER("autre", "other");

  private final String label;
  private final String englishLabel;

  PartnerRole(String label, String englishLabel) {
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
