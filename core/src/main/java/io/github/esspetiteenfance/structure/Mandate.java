package io.github.esspetiteenfance.structure;

/**
 * On whose request a family support or child protection service acts: on a judge's order or without
 * one.
 *
 * <p>The seed's Inalta portrait says its support "intervient avec ou sans demande d'un juge": both
 * values. "Without a judge" covers administrative measures (aide sociale à l'enfance) and families'
 * own requests, which sources rarely distinguish.
 */
public enum Mandate implements Labelled {
  /** On a judge's order (juge des enfants, juge aux affaires familiales). */
  JUDICIAL("sur décision d'un juge", "on a judge's order"),
  /** Without a judge's order: administrative measure or the family's own request. */
  NON_JUDICIAL("sans décision d'un juge", "without a judge's order");

  private final String label;
  private final String englishLabel;

  Mandate(String label, String englishLabel) {
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
}
