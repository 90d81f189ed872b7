package io.github.esspetiteenfance.regulation;

import io.github.esspetiteenfance.legal.Confidence;
import io.github.esspetiteenfance.legal.LegalBases;
import io.github.esspetiteenfance.legal.LegalBasis;
import java.time.LocalDate;

/**
 * The legal bases of the rules that are logic rather than parameters, and of the project's
 * interpretations (labelled {@link Confidence#DERIVED} or {@link Confidence#UNCONFIRMED}).
 */
final class Bases {

  /** Ratios apply to the children actually present, at every moment. */
  static final LegalBasis EVERY_MOMENT = LegalBases.get("csp.r2324-43-i.every-moment");

  /** A mixed group is counted pro rata: ceil(a / 5 + b / 8). */
  static final LegalBasis PRO_RATA = LegalBases.get("project.staffing.pro-rata");

  /** Parents count toward the ratio; one of the two minimum professionals may be a parent. */
  static final LegalBasis PARENTS_COUNT = LegalBases.get("csp.r2324-50.parents-count");

  /** Before 1 Sept 2021, parents counted as after: the earlier text was not read. */
  static final LegalBasis PARENTS_COUNT_BEFORE_2021 =
      LegalBases.get("project.parental.parents-count-before-2021");

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
      LegalBases.get("project.parental.one-professional");

  /** The surnombre maximum is rounded down. */
  static final LegalBasis SURNOMBRE_FLOOR = LegalBases.get("project.surnombre.floor");

  /** Extra bands of a large category are counted in full bands above its lower bound. */
  static final LegalBasis FULL_BANDS = LegalBases.get("project.bands.full");

  /** The minimum RSAI hours per quarter of extra bands: one fifth of their yearly hours. */
  static final LegalBasis QUARTER_FIFTH = LegalBases.get("project.rsai.quarter-fifth");

  /** R2324-42 applied to micro-crèches, which are crèches collectives of R2324-17 II 1°. */
  static final LegalBasis QUALIFIED_SHARE_MICRO =
      LegalBases.get("project.qualified-share.micro-creche");

  /** Existing EAJE had until 31 Dec 2022 to comply with the décret 2021-1131. */
  static final LegalBasis TRANSITION_2021 = LegalBases.get("decret-2021-1131.art-15.transition");

  /** The premises rules apply to authorisation requests filed after 31 Aug 2022. */
  static final LegalBasis PREMISES_REQUEST_DATE = LegalBases.get("arrete-2021-08-31.application");

  private Bases() {}
}
