package io.github.esspetiteenfance.structure;

/**
 * The care modes a multi-accueil combines (CSP R2324-17 II): collective or familial care, regular
 * or occasional care.
 */
public enum CareMode implements Labelled {
  /** Collective care on the premises. */
  COLLECTIVE("accueil collectif", "collective care", Dimension.SETTING),
  /** Familial care by assistants maternels employed by the service. */
  FAMILIAL("accueil familial", "familial care", Dimension.SETTING),
  /** Regular care, under a contract. */
  REGULAR("accueil régulier", "regular care", Dimension.ATTENDANCE),
  /** Occasional care. */
  OCCASIONAL("accueil occasionnel", "occasional care", Dimension.ATTENDANCE);

  /** The two dimensions of care modes. */
  public enum Dimension {
    /** Where the child is cared for: collective or familial. */
    SETTING,
    /** How often: regular or occasional. */
    ATTENDANCE
  }

  private final String label;
  private final String englishLabel;
  private final Dimension dimension;

  CareMode(String label, String englishLabel, Dimension dimension) {
    this.label = label;
    this.englishLabel = englishLabel;
    this.dimension = dimension;
  }

  @Override
  public String label() {
    return label;
  }

  @Override
  public String englishLabel() {
    return englishLabel;
  }

  /**
   * Returns the dimension of this mode.
   *
   * @return the dimension, not null
   */
  public Dimension dimension() {
    return dimension;
  }
}
