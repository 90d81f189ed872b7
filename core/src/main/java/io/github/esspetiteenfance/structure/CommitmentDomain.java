package io.github.esspetiteenfance.structure;

/** The domain of a commitment: environmental or social. */
public enum CommitmentDomain implements Labelled {
  /** Environmental commitments: waste, food, energy, nature. */
  ENVIRONMENTAL("environnemental", "environmental"),
  /** Social commitments: inclusion, participation, work, ties. */
  SOCIAL("social", "social");

  private final String label;
  private final String englishLabel;

  CommitmentDomain(String label, String englishLabel) {
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
