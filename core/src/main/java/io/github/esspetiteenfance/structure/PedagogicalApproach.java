package io.github.esspetiteenfance.structure;

/** The named educational approaches a structure may follow or draw on. */
public enum PedagogicalApproach implements Labelled {
  /** Maria Montessori's method. */
  MONTESSORI("Montessori", "Montessori"),
  /** Emmi Pikler's approach, as practised at the Lóczy institute. */
  PIKLER_LOCZY("Pikler-Lóczy", "Pikler-Lóczy"),
  /** Rudolf Steiner's (Waldorf) education. */
  STEINER_WALDORF("Steiner-Waldorf", "Steiner-Waldorf"),
  /** Célestin Freinet's education. */
  FREINET("Freinet", "Freinet"),
  /** The Reggio Emilia approach. */
  REGGIO_EMILIA("Reggio Emilia", "Reggio Emilia"),
  /** Active education in general (pédagogie active): the child learns by doing. */
  ACTIVE_PEDAGOGY("pédagogie active", "active pedagogy"),
  /** Education outdoors, in nature (pédagogie par la nature). */
  NATURE_PEDAGOGY("pédagogie par la nature", "nature pedagogy"),
  /** Another approach, named by the pedagogy's label. */
  OTHER("autre", "other");

  private final String label;
  private final String englishLabel;

  PedagogicalApproach(String label, String englishLabel) {
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
