package io.github.esspetiteenfance.regulation;

/** The sets of staffing rules, by kind of collective care. */
public enum StaffingSetting {
  /**
   * A crèche collective, halte-garderie or collective multi-accueil of more places than a
   * micro-crèche: ratio of R2324-46-4, two professionals as soon as a child is present
   * (R2324-43-1).
   */
  CRECHE,
  /**
   * A micro-crèche: ratio of R2324-46-4; one professional may be alone with up to 3 children, two
   * from 4 children (R2324-43-1).
   */
  MICRO_CRECHE,
  /**
   * A jardin d'enfants: 1 professional per 6 children under 3 and 1 per 15 aged 3 and over
   * (R2324-47-4); two professionals as soon as a child is present (R2324-43-1).
   */
  JARDIN_D_ENFANTS
}
