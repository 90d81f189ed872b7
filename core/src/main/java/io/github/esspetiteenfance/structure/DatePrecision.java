package io.github.esspetiteenfance.structure;

/** How precisely a {@link PartialDate} is known, from the coarsest to the finest. */
public enum DatePrecision {
  /** Only the year is known ("créée en 2017"). */
  YEAR,
  /** The season of a year is known ("au printemps 2024"). */
  SEASON,
  /** The month of a year is known ("en décembre 2023"). */
  MONTH,
  /** The day is known. */
  DAY
}
