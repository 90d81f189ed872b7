package io.github.esspetiteenfance.structure;

/**
 * The people a family housing service (maison parentale, résidence maternelle, centre parental)
 * takes in.
 */
public enum HostedPublic implements Labelled {
  /** Pregnant women. */
  PREGNANT_WOMEN("femmes enceintes", "pregnant women"),
  /** Mothers on their own with their children. */
  ISOLATED_MOTHERS("mères isolées", "mothers on their own"),
  /** Fathers on their own with their children. */
  ISOLATED_FATHERS("pères isolés", "fathers on their own"),
  /** Minor parents (under 18). */
  MINOR_PARENTS("parents mineurs", "minor parents"),
  /** Couples with at least one child. */
  COUPLES_WITH_CHILD("couples avec enfant", "couples with a child"),
  /** Couples expecting a child. */
  EXPECTING_COUPLES("couples attendant un enfant", "couples expecting a child");

  private final String label;
  private final String englishLabel;

  HostedPublic(String label, String englishLabel) {
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
