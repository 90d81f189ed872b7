package io.github.esspetiteenfance.psu;

import io.github.esspetiteenfance.legal.LegalBases;
import io.github.esspetiteenfance.legal.LegalBasis;

/** The PSU and occupancy indicators, each with its definition and legal basis (reference §5.1). */
public enum IndicatorKind {
  /**
   * Taux de facturation = hours billed (paid by families) / hours realised (presence). SECONDARY
   * (CNAF PSU guide reproduced by docplayer; caf45).
   */
  TAUX_DE_FACTURATION(LegalBases.get("cnaf.psu.taux-facturation")),
  /**
   * Taux d'occupation (réel) = hours realised / (places × opening hours) over the period.
   * SECONDARY.
   */
  TAUX_OCCUPATION(LegalBases.get("cnaf.psu.taux-occupation")),
  /**
   * Taux d'occupation financier = hours billed / (places × opening hours). UNCONFIRMED: common
   * usage, no CNAF text identified.
   */
  TAUX_OCCUPATION_FINANCIER(LegalBases.get("project.psu.taux-occupation-financier"));

  private final LegalBasis basis;

  IndicatorKind(LegalBasis basis) {
    this.basis = basis;
  }

  /**
   * Returns the legal basis of the definition.
   *
   * @return the basis, not null
   */
  public LegalBasis basis() {
    return basis;
  }
}
