package io.github.esspetiteenfance.structure;

/** How an EAJE is funded by the CAF. */
public enum FundingMode implements Labelled {
  /**
   * The prestation de service unique: the CAF pays the manager, families pay the national barème.
   */
  PSU("prestation de service unique (PSU)", "single service benefit (PSU)"),
  /**
   * The PAJE: families pay the manager's price and receive the complément de libre choix du mode de
   * garde (CMG "structure"); micro-crèches mostly.
   */
  PAJE_CMG("PAJE (complément de libre choix du mode de garde)", "PAJE childcare supplement (CMG)"),
  /** Another funding, named by the funding's label. */
  OTHER("autre", "other");

  private final String label;
  private final String englishLabel;

  FundingMode(String label, String englishLabel) {
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
