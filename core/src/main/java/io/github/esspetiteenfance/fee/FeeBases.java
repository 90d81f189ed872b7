package io.github.esspetiteenfance.fee;

import io.github.esspetiteenfance.legal.LegalBases;
import io.github.esspetiteenfance.legal.LegalBasis;

/**
 * The legal bases of the rules of the CNAF barème that are not parameters (reference §4.1).
 *
 * <p>Each one is listed in the answers that apply it, so its confidence shows in them. Their text,
 * period, confidence and source are in {@code legal-bases.csv} ({@link LegalBases}).
 */
final class FeeBases {

  /**
   * {@code tarif horaire = ressources mensuelles (entre plancher et plafond) × taux d'effort}, on
   * resources of year N-2 before allowances. SECONDARY (laribambelle-asso.fr); the plancher and
   * plafond principle is CONFIRMED (caf.fr).
   */
  public static final LegalBasis FORMULA = LegalBases.get("cnaf.bareme.formula");

  /**
   * One bracket up per child of the family receiving the AEEH, even if not the child in care.
   * SECONDARY (three concordant sources).
   */
  public static final LegalBasis AEEH = LegalBases.get("cnaf.bareme.aeeh");

  /**
   * Unknown resources (urgence, ASE placement, no documents): the plancher applies. SECONDARY. (The
   * alternative "average tariff of the previous year" for accueil d'urgence is UNCONFIRMED and not
   * implemented.)
   */
  public static final LegalBasis UNKNOWN_RESOURCES =
      LegalBases.get("cnaf.bareme.unknown-resources");

  /**
   * The CNAF plafond is a minimum for the manager, who may apply a higher one but never a lower
   * one. CONFIRMED from 1 Sept 2024 (caf45); the déplafonnement practice is SECONDARY (Verrières).
   */
  public static final LegalBasis MANAGER_PLAFOND = LegalBases.get("cnaf.bareme.manager-plafond");

  /**
   * Mensualisation of a regular contract: {@code tarif horaire × heures par semaine × semaines
   * d'accueil ÷ mois facturés}. UNCONFIRMED: standard practice, CNAF wording not confirmed.
   */
  public static final LegalBasis MENSUALISATION = LegalBases.get("cnaf.bareme.mensualisation");

  /** Occasional care: {@code tarif horaire × heures facturées}. SECONDARY. */
  public static final LegalBasis OCCASIONAL = LegalBases.get("cnaf.bareme.occasional");

  /**
   * The CNAF barème of family contributions to médiation familiale, from 1 Jan 2010. SECONDARY; a
   * later revision with other bands may exist (UNCONFIRMED).
   */
  public static final LegalBasis MEDIATION = LegalBases.get("cnaf.mediation.bareme");

  private FeeBases() {}
}
