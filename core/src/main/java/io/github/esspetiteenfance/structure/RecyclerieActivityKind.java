package io.github.esspetiteenfance.structure;

/** What a recyclerie petite enfance does, with an {@code OTHER} value. */
public enum RecyclerieActivityKind implements Labelled {
  /** Collecting second-hand goods given as donations. */
  DONATION_COLLECTION("collecte de dons", "collection of donations"),
  /** Cleaning the goods. */
  CLEANING("nettoyage", "cleaning"),
  /** Repairing the goods when needed. */
  REPAIR("réparation", "repair"),
  /** Reselling the goods at low prices. */
  LOW_PRICE_RESALE("revente à petits prix", "resale at low prices"),
  /** Temporary (pop-up) sales. */
  POP_UP_SALE("vente éphémère", "pop-up sale"),
  /** Workshops for parents on parenting topics. */
  PARENT_WORKSHOPS("ateliers pour les parents", "workshops for parents"),
  /** Another activity, named by the activity's label. */
  OTHER("autre", "other");

  private final String label;
  private final String englishLabel;

  RecyclerieActivityKind(String label, String englishLabel) {
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
