package io.github.esspetiteenfance.fee;

/**
 * A column of the CNAF barème of taux d'effort: the table that applies to a kind of care.
 *
 * <p>The barème has two tables (reference §4.2): one for collective care, one for familial and
 * parental care. {@link CareType#column(java.time.LocalDate)} gives the column of a kind of care on
 * a date.
 */
public enum RateColumn {
  /**
   * Accueil collectif: crèche collective, halte-garderie, jardin d'enfants, multi-accueil
   * collectif, and micro-crèche under PSU from 1 September 2019. Brackets 1, 2, 3, 4-7, 8-10.
   */
  COLLECTIVE,
  /**
   * Accueil familial et parental: crèche familiale, crèche parentale, and micro-crèche under PSU
   * until 31 August 2019. Brackets 1, 2, 3-5, 6 and more.
   */
  FAMILIAL_AND_PARENTAL
}
