package io.github.esspetiteenfance.fee;

import io.github.esspetiteenfance.legal.Confidence;
import io.github.esspetiteenfance.legal.LegalBasis;
import io.github.esspetiteenfance.legal.ValidityPeriod;
import java.time.LocalDate;

/**
 * The legal bases of the rules of the CNAF barème that are not parameters (reference §4.1).
 *
 * <p>Each one is listed in the answers that apply it, so its confidence shows in them.
 */
public final class FeeBases {

  private static final String BAREME = "Barème national des participations familiales (CNAF)";

  /**
   * {@code tarif horaire = ressources mensuelles (entre plancher et plafond) × taux d'effort}, on
   * resources of year N-2 before allowances. SECONDARY (laribambelle-asso.fr); the plancher and
   * plafond principle is CONFIRMED (caf.fr).
   */
  public static final LegalBasis FORMULA =
      new LegalBasis(
          BAREME,
          "tarif horaire = ressources mensuelles retenues × taux d'effort",
          ValidityPeriod.always(),
          Confidence.SECONDARY,
          "https://laribambelle-asso.fr/le-cout-de-laccueil ; https://caf.fr/professionnels/"
              + "actualites/le-plafond-de-ressources-mensuelles-en-hausse-pour-les-eaje-au-1er"
              + "-septembre-2025");

  /**
   * One bracket up per child of the family receiving the AEEH, even if not the child in care.
   * SECONDARY (three concordant sources).
   */
  public static final LegalBasis AEEH =
      new LegalBasis(
          BAREME,
          "enfant bénéficiaire de l'AEEH: taux d'effort immédiatement inférieur",
          ValidityPeriod.always(),
          Confidence.SECONDARY,
          "https://www.lespetitescanailles.fr/faq/calculer-tarif-place-en-creche ;"
              + " https://creche-enfanceanimations.fr/fonctionnement/participation-financiere ;"
              + " http://lutinlune.fr/tarification");

  /**
   * Unknown resources (urgence, ASE placement, no documents): the plancher applies. SECONDARY. (The
   * alternative "average tariff of the previous year" for accueil d'urgence is UNCONFIRMED and not
   * implemented.)
   */
  public static final LegalBasis UNKNOWN_RESOURCES =
      new LegalBasis(
          BAREME,
          "ressources inconnues, accueil d'urgence, enfants placés (ASE): plancher",
          ValidityPeriod.always(),
          Confidence.SECONDARY,
          "https://www.syrenor.fr/petite-enfance/tarifs-et-inscriptions-petite-enfance");

  /**
   * The CNAF plafond is a minimum for the manager, who may apply a higher one but never a lower
   * one. CONFIRMED from 1 Sept 2024 (caf45); the déplafonnement practice is SECONDARY (Verrières).
   */
  public static final LegalBasis MANAGER_PLAFOND =
      new LegalBasis(
          BAREME,
          "plafond: le gestionnaire peut appliquer un plafond supérieur, jamais inférieur",
          ValidityPeriod.always(),
          Confidence.SECONDARY,
          "https://caf45-partenaires.fr/eaje-psu-evolution-du-montant-plafond-des-participations"
              + "-au-1er-septembre-2024 ; https://www.verrieres-le-buisson.fr/mes-enfants/"
              + "jusqua-4-ans/inscriptions-en-creche/");

  /**
   * Mensualisation of a regular contract: {@code tarif horaire × heures par semaine × semaines
   * d'accueil ÷ mois facturés}. UNCONFIRMED: standard practice, CNAF wording not confirmed.
   */
  public static final LegalBasis MENSUALISATION =
      new LegalBasis(
          BAREME,
          "accueil régulier: tarif horaire × heures hebdomadaires × semaines d'accueil ÷ mois"
              + " facturés",
          ValidityPeriod.always(),
          Confidence.UNCONFIRMED,
          "http://www.crechelepetitbonheur.fr/fonctionnement/offres-d-accueil/ (practice)");

  /** Occasional care: {@code tarif horaire × heures facturées}. SECONDARY. */
  public static final LegalBasis OCCASIONAL =
      new LegalBasis(
          BAREME,
          "accueil occasionnel: tarif horaire × heures facturées",
          ValidityPeriod.always(),
          Confidence.SECONDARY,
          "https://laribambelle-asso.fr/le-cout-de-laccueil");

  /**
   * The CNAF barème of family contributions to médiation familiale, from 1 Jan 2010. SECONDARY; a
   * later revision with other bands may exist (UNCONFIRMED).
   */
  public static final LegalBasis MEDIATION =
      new LegalBasis(
          "Barème national CNAF des participations familiales, médiation familiale",
          "participation par séance et par personne",
          ValidityPeriod.from(LocalDate.of(2010, 1, 1)),
          Confidence.SECONDARY,
          "https://doczz.fr/doc/3016256/pdf---46.6-ko ; https://www.ash.tm.fr/numeros-juridiques/"
              + "2687/...");

  private FeeBases() {}
}
