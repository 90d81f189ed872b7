package io.github.esspetiteenfance.regulation;

import io.github.esspetiteenfance.legal.Confidence;
import io.github.esspetiteenfance.legal.LegalBasis;
import io.github.esspetiteenfance.legal.ValidityPeriod;
import java.time.LocalDate;

/**
 * The legal bases of the rules that are logic rather than parameters, and of the project's
 * interpretations (labelled {@link Confidence#DERIVED} or {@link Confidence#UNCONFIRMED}).
 */
final class Bases {

  static final String CSP = "Code de la santé publique";
  static final String PROJECT = "Interpretation of the ess-petite-enfance project";
  static final String REFERENCE = "ess-petite-enfance reference petite-enfance-rules.md";

  /** The first day of the décret 2021-1131 (EAJE reform). */
  static final LocalDate REFORM_2021 = LocalDate.of(2021, 9, 1);

  /** The last day existing EAJE had to comply with the décret 2021-1131. */
  static final LocalDate REFORM_2021_TRANSITION_END = LocalDate.of(2022, 12, 31);

  /** Ratios apply to the children actually present, at every moment. */
  static final LegalBasis EVERY_MOMENT =
      new LegalBasis(
          CSP,
          "R2324-43 I",
          ValidityPeriod.from(REFORM_2021),
          Confidence.CONFIRMED,
          "https://french-business-law.com/french-legislation-art/"
              + "article-r2324-43-of-the-french-public-health-code");

  /** A mixed group is counted pro rata: ceil(a / 5 + b / 8). */
  static final LegalBasis PRO_RATA =
      new LegalBasis(
          PROJECT,
          "mixed groups counted pro rata: ceil(a / r1 + b / r2) professionals",
          ValidityPeriod.always(),
          Confidence.DERIVED,
          REFERENCE + " §2.1 (the texts read do not say how the two counts combine)");

  /** Parents count toward the ratio; one of the two minimum professionals may be a parent. */
  static final LegalBasis PARENTS_COUNT =
      new LegalBasis(
          CSP,
          "R2324-50 (parents in the ratio and the minimum of two)",
          ValidityPeriod.from(REFORM_2021),
          Confidence.CONFIRMED,
          "https://legal.tricoteuses.fr/articles/LEGIARTI000043996630");

  /** Before 1 Sept 2021, parents counted as after: the earlier text was not read. */
  static final LegalBasis PARENTS_COUNT_BEFORE_2021 =
      new LegalBasis(
          PROJECT,
          "parents of a crèche parentale counted in the ratio before 1 September 2021 as after",
          ValidityPeriod.until(REFORM_2021.minusDays(1)),
          Confidence.DERIVED,
          REFERENCE + " §1.5 (only the 2021 version of R2324-50 was read)");

  /**
   * Returns the basis for counting parents on a date.
   *
   * @param date the date
   * @return R2324-50 since 1 Sept 2021, the project's interpretation before
   */
  static LegalBasis parentsCount(LocalDate date) {
    return PARENTS_COUNT.validity().contains(date) ? PARENTS_COUNT : PARENTS_COUNT_BEFORE_2021;
  }

  /** At least one professional whenever children are present in a crèche parentale. */
  static final LegalBasis PARENTAL_ONE_PROFESSIONAL =
      new LegalBasis(
          PROJECT,
          "at least one professional whenever children are present in a crèche parentale",
          ValidityPeriod.always(),
          Confidence.DERIVED,
          REFERENCE + " §1.5 (parents take part in the care beside the staff, R2324-50)");

  /** The surnombre maximum is rounded down. */
  static final LegalBasis SURNOMBRE_FLOOR =
      new LegalBasis(
          PROJECT,
          "surnombre maximum rounded down: floor(capacity × (100 + percent) / 100)",
          ValidityPeriod.always(),
          Confidence.UNCONFIRMED,
          REFERENCE + " §2.5 and §7.9 (no official rounding rule identified)");

  /** Extra bands of a large category are counted in full bands above its lower bound. */
  static final LegalBasis FULL_BANDS =
      new LegalBasis(
          PROJECT,
          "extra bands counted in full bands of places above the category's lower bound",
          ValidityPeriod.always(),
          Confidence.DERIVED,
          REFERENCE + " §1.3, §1.4, §2.4 (the start of the bands is not stated)");

  /** The minimum RSAI hours per quarter of extra bands: one fifth of their yearly hours. */
  static final LegalBasis QUARTER_FIFTH =
      new LegalBasis(
          PROJECT,
          "minimum RSAI hours per quarter of the extra bands: one fifth of their yearly hours",
          ValidityPeriod.always(),
          Confidence.DERIVED,
          REFERENCE + " §2.4 (every category's quarter minimum is one fifth of its yearly hours)");

  /** R2324-42 applied to micro-crèches, which are crèches collectives of R2324-17 II 1°. */
  static final LegalBasis QUALIFIED_SHARE_MICRO =
      new LegalBasis(
          PROJECT,
          "R2324-42 applied to micro-crèches (crèches collectives of R2324-17 II 1°)",
          ValidityPeriod.always(),
          Confidence.DERIVED,
          REFERENCE + " §2.2 (whether micro-crèches have a specific rule was not checked)");

  /** Existing EAJE had until 31 Dec 2022 to comply with the décret 2021-1131. */
  static final LegalBasis TRANSITION_2021 =
      new LegalBasis(
          "Décret n° 2021-1131 du 30 août 2021",
          "art. 15 (deadline extended to 31 December 2022 by a décret of 30 August 2022)",
          ValidityPeriod.between(REFORM_2021, REFORM_2021_TRANSITION_END),
          Confidence.SECONDARY,
          "https://publish.calenco.com/LEGI/LEGITEXT000006072665/LEGIARTI000043995913.html"
              + " | https://www.lagazettedescommunes.com/822591/"
              + "lentree-en-vigueur-de-la-reforme-des-modes-daccueil-est-decalee/");

  /** The premises rules apply to authorisation requests filed after 31 Aug 2022. */
  static final LegalBasis PREMISES_REQUEST_DATE =
      new LegalBasis(
          "Arrêté du 31 août 2021 (référentiel national bâtimentaire)",
          "application: authorisation requests filed after 31 August 2022",
          ValidityPeriod.from(LocalDate.of(2022, 9, 1)),
          Confidence.SECONDARY,
          "https://www.lesprosdelapetiteenfance.fr/vie-professionnelle/reglementation/"
              + "referentiel-batimentaire-national-les-points-essentiels-du-texte-definitif");

  private Bases() {}
}
