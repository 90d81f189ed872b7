package io.github.esspetiteenfance.fee;

import io.github.esspetiteenfance.legal.LegalBases;
import io.github.esspetiteenfance.legal.LegalBasis;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The type of care a PSU-funded establishment gives, as far as the CNAF barème is concerned.
 *
 * <p>This enum is the {@code fee} package's own view of care types, independent of the {@code
 * structure} package. It decides the {@link RateColumn} of the barème: collective care uses the
 * collective column, familial and parental care the familial column, and micro-crèches under PSU
 * use the collective column from 1 September 2019 and the familial/parental column before ("barème
 * micro-crèche aligné sur le barème accueil collectif", circulaire CNAF 2019-005; SECONDARY).
 *
 * <p>Micro-crèches funded through the PAJE (CMG) rather than the PSU do not apply the barème at
 * all: the fee calculator does not cover them.
 */
public enum CareType {
  /** Crèche collective, halte-garderie, jardin d'enfants or collective multi-accueil. */
  COLLECTIVE,
  /** Micro-crèche funded by the PSU. */
  MICRO_CRECHE,
  /** Crèche familiale (service d'accueil familial). */
  FAMILIAL,
  /** Crèche parentale (établissement à gestion parentale). */
  PARENTAL;

  /**
   * From 1 September 2019: the validity of this basis, in {@code legal-bases.csv}, is the period in
   * which micro-crèches use the collective column.
   */
  private static final LegalBasis MICRO_CRECHE_COLLECTIVE =
      LegalBases.get("cnaf.micro-creche.collective-column");

  private static final LegalBasis MICRO_CRECHE_FAMILIAL =
      LegalBases.get("cnaf.micro-creche.familial-column");

  /**
   * Returns the column of the barème that applies to this type of care on a date.
   *
   * @param date the date of care, not null
   * @return the column, not null
   */
  public RateColumn column(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return switch (this) {
      case COLLECTIVE -> RateColumn.COLLECTIVE;
      case FAMILIAL, PARENTAL -> RateColumn.FAMILIAL_AND_PARENTAL;
      case MICRO_CRECHE ->
          MICRO_CRECHE_COLLECTIVE.validity().contains(date)
              ? RateColumn.COLLECTIVE
              : RateColumn.FAMILIAL_AND_PARENTAL;
    };
  }

  /**
   * Returns the legal basis of the choice of column, when the choice depends on the date.
   *
   * @param date the date of care, not null
   * @return the basis for a micro-crèche, empty for the other types (whose column never changed)
   */
  public Optional<LegalBasis> columnBasis(LocalDate date) {
    Objects.requireNonNull(date, "date");
    if (this != MICRO_CRECHE) {
      return Optional.empty();
    }
    return Optional.of(
        MICRO_CRECHE_COLLECTIVE.validity().contains(date)
            ? MICRO_CRECHE_COLLECTIVE
            : MICRO_CRECHE_FAMILIAL);
  }
}
