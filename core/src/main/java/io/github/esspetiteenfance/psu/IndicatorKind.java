package io.github.esspetiteenfance.psu;

import io.github.esspetiteenfance.legal.Confidence;
import io.github.esspetiteenfance.legal.LegalBasis;
import io.github.esspetiteenfance.legal.ValidityPeriod;
import java.time.LocalDate;

/** The PSU and occupancy indicators, each with its definition and legal basis (reference §5.1). */
public enum IndicatorKind {
  /**
   * Taux de facturation = hours billed (paid by families) / hours realised (presence). SECONDARY
   * (CNAF PSU guide reproduced by docplayer; caf45).
   */
  TAUX_DE_FACTURATION(
      new LegalBasis(
          "Guide de la prestation de service unique (Caf)",
          "taux de facturation = heures facturées / heures réalisées",
          ValidityPeriod.always(),
          Confidence.SECONDARY,
          "https://docplayer.fr/amp/19836878-Guide-de-la-prestation-de-service-unique.html ;"
              + " https://caf45-partenaires.fr/reforme-de-la-prise-en-compte-du-taux-de"
              + "-facturation")),
  /**
   * Taux d'occupation (réel) = hours realised / (places × opening hours) over the period.
   * SECONDARY.
   */
  TAUX_OCCUPATION(
      new LegalBasis(
          "Prestation de service unique (Caf)",
          "taux d'occupation = heures réalisées / (places × heures d'ouverture)",
          ValidityPeriod.always(),
          Confidence.SECONDARY,
          "https://evaluation.securite-sociale.fr/home/famille/25-augmenter-le-taux-doccupation"
              + ".html ; weka.fr")),
  /**
   * Taux d'occupation financier = hours billed / (places × opening hours). UNCONFIRMED: common
   * usage, no CNAF text identified.
   */
  TAUX_OCCUPATION_FINANCIER(
      new LegalBasis(
          "Common usage (no CNAF text identified)",
          "taux d'occupation financier = heures facturées / (places × heures d'ouverture)",
          ValidityPeriod.always(),
          Confidence.UNCONFIRMED,
          "petite-enfance-rules.md §5.1 (no source)")),
  /**
   * Weekly occupancy rate of the accueil en surnombre rule: Σ child-hours of the week / (capacity ×
   * weekly opening hours), which must not exceed 100 %. CONFIRMED (CSP R2324-27; arrêté of 8 Oct
   * 2021 for the details).
   */
  WEEKLY_OCCUPANCY(
      new LegalBasis(
          "Code de la santé publique",
          "R2324-27",
          ValidityPeriod.from(LocalDate.of(2021, 9, 1)),
          Confidence.CONFIRMED,
          "https://publish.calenco.com/LEGI/LEGITEXT000006072665/LEGIARTI000043995913.html"));

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
