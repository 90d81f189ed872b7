package io.github.esspetiteenfance.organization;

import io.github.esspetiteenfance.identifier.CategorieJuridique;
import io.github.esspetiteenfance.legal.LegalBases;
import io.github.esspetiteenfance.legal.LegalBasis;
import java.util.Optional;
import java.util.Set;

/**
 * A specific legal status an organization holds on top of its legal form: SCOP, SCIC, association
 * reconnue d'utilité publique, association de droit local...
 *
 * <p>Each status belongs to one {@link #family()}, names its {@link #legalBasis()}, and is
 * compatible with some catégories juridiques only ({@link #compatibleCodes()}). A SCOP or a SCIC
 * set up as a SAS has no code of its own (there is no "SAS coopérative" code in the 2022
 * nomenclature, CONFIRMED, reference §1.3): it is coded 5710 and is recognised as such only with
 * the Sirene ESS declaration {@code O} (DERIVED).
 */
public enum SpecificStatus {
  /**
   * Société coopérative de production, also called société coopérative et participative (SCOP):
   * workers associated to practise their professions together in a business they run; a SARL, SA or
   * SAS with variable capital. CJ 5458, 5558, 5658, or 5710 (SAS) with the declared ESS status.
   */
  SCOP(
      "Société coopérative et participative (SCOP)",
      EssFamily.COOPERATIVE,
      LegalBases.get("loi-78-763.scop"),
      Set.of("5458", "5558", "5658"),
      Set.of("5710")),
  /**
   * Société coopérative d'intérêt collectif (SCIC): at least three categories of associates, always
   * including beneficiaries and employees; a SA, SAS or SARL with variable capital. CJ 5460, 5560,
   * 5660 (the "other cooperative" codes), or 5710 (SAS) with the declared ESS status.
   */
  SCIC(
      "Société coopérative d'intérêt collectif (SCIC)",
      EssFamily.COOPERATIVE,
      LegalBases.get("loi-47-1775.scic"),
      Set.of("5460", "5560", "5660"),
      Set.of("5710")),
  /** Association loi 1901 déclarée: declared to the préfecture, it has an RNA number. */
  ASSOCIATION_DECLAREE(
      "Association loi 1901 déclarée",
      EssFamily.ASSOCIATION,
      LegalBases.get("loi-1901.association-declaree"),
      Set.of("9220", "9221", "9222", "9223", "9230"),
      Set.of()),
  /**
   * Association reconnue d'utilité publique (ARUP): a declared association recognised of public
   * utility by decree. CJ 9230.
   */
  ASSOCIATION_RUP(
      "Association reconnue d'utilité publique (ARUP)",
      EssFamily.ASSOCIATION,
      LegalBases.get("loi-1901.arup"),
      Set.of("9230"),
      Set.of()),
  /**
   * Association de droit local (Bas-Rhin, Haut-Rhin, Moselle): registered with the registre des
   * associations of the tribunal, it has no RNA number. CJ 9260.
   */
  ASSOCIATION_DROIT_LOCAL(
      "Association de droit local (Alsace-Moselle)",
      EssFamily.ASSOCIATION,
      LegalBases.get("code-civil-local.association"),
      Set.of("9260"),
      Set.of()),
  /**
   * An association that has by law the legal capacity of an association reconnue d'utilité
   * publique: ESS France (art. 5) and the chambres régionales de l'ESS, CRESS (art. 6).
   */
  ASSOCIATION_CAPACITE_RUP(
      "Association ayant de plein droit la capacité juridique d'une association reconnue d'utilité"
          + " publique",
      EssFamily.ASSOCIATION,
      LegalBases.get("loi-2014-856.art-5-6"),
      Set.of("9220", "9230"),
      Set.of()),
  /**
   * Association familiale: an association whose purpose is to defend the interests of families,
   * such as the associations of the Familles Rurales movement.
   */
  ASSOCIATION_FAMILIALE(
      "Association familiale",
      EssFamily.ASSOCIATION,
      LegalBases.get("casf.l211-1.association-familiale"),
      Set.of("9220", "9230", "9260"),
      Set.of()),
  /** A mutual or a union of mutuals under the code de la mutualité. CJ 8210, 8290. */
  MUTUELLE_CODE_MUTUALITE(
      "Mutuelle ou union régie par le code de la mutualité",
      EssFamily.MUTUELLE,
      LegalBases.get("code-mutualite"),
      Set.of("8210", "8290"),
      Set.of()),
  /** A mutual insurance company under the code des assurances. CJ 6411, 8250. */
  SOCIETE_ASSURANCE_MUTUELLE(
      "Société d'assurance mutuelle régie par le code des assurances",
      EssFamily.MUTUELLE,
      LegalBases.get("code-assurances.mutuelle"),
      Set.of("6411", "8250"),
      Set.of()),
  /**
   * A commercial company whose statutes meet loi 2014-856 art. 1-II 2°: any commercial-company
   * form, with the Sirene ESS declaration {@code O}.
   */
  SOCIETE_COMMERCIALE_ESS(
      "Société commerciale de l'économie sociale et solidaire",
      EssFamily.SOCIETE_COMMERCIALE_ESS,
      LegalBases.get("loi-2014-856.societe-commerciale"),
      Set.of(),
      Set.of());

  private final String label;
  private final EssFamily family;
  private final LegalBasis legalBasis;
  private final Set<String> compatibleCodes;
  private final Set<String> codesWithEssDeclaration;

  SpecificStatus(
      String label,
      EssFamily family,
      LegalBasis legalBasis,
      Set<String> compatibleCodes,
      Set<String> codesWithEssDeclaration) {
    this.label = label;
    this.family = family;
    this.legalBasis = legalBasis;
    this.compatibleCodes = compatibleCodes;
    this.codesWithEssDeclaration = codesWithEssDeclaration;
  }

  /**
   * Returns the French name of this status.
   *
   * @return the label, not null
   */
  public String label() {
    return label;
  }

  /**
   * Returns the ESS family of the organizations that hold this status.
   *
   * @return the family, not null
   */
  public EssFamily family() {
    return family;
  }

  /**
   * Returns the legal text that defines this status.
   *
   * @return the legal basis, not null
   */
  public LegalBasis legalBasis() {
    return legalBasis;
  }

  /**
   * Returns the catégories juridiques that hold this status by themselves.
   *
   * @return the 4-digit codes, an unmodifiable set, empty for {@link #SOCIETE_COMMERCIALE_ESS}
   */
  public Set<String> compatibleCodes() {
    return compatibleCodes;
  }

  /**
   * Checks if this status and another cannot be held together: SCOP and SCIC; the association de
   * droit local and the statuses of the loi 1901 (déclarée, reconnue d'utilité publique).
   *
   * @param other the other status, not null
   * @return true if an organization cannot hold both
   */
  public boolean excludes(SpecificStatus other) {
    return exclusive(this, other) || exclusive(other, this);
  }

  private static boolean exclusive(SpecificStatus a, SpecificStatus b) {
    return a == SCOP && b == SCIC
        || a == ASSOCIATION_DROIT_LOCAL && (b == ASSOCIATION_DECLAREE || b == ASSOCIATION_RUP);
  }

  /**
   * Checks if a legal form may hold this status, given the unit's declared ESS status.
   *
   * <p>A catégorie juridique is compatible if it is one of {@link #compatibleCodes()}, or if it is
   * a commercial-company form this status may take (5710 for SCOP and SCIC; every {@link
   * EssFamily#SOCIETE_COMMERCIALE_ESS} form for {@link #SOCIETE_COMMERCIALE_ESS}) and the unit
   * declared the ESS status {@code O}. A form known only by its declared family is compatible if
   * the family is this status's family, or if it is {@link EssFamily#SOCIETE_COMMERCIALE_ESS} under
   * the same declaration rule.
   *
   * @param form the legal form, not null
   * @param declared the declared ESS status, not null
   * @return true if the form may hold this status
   */
  public boolean isCompatibleWith(LegalForm form, DeclaredEssStatus declared) {
    boolean flagged = declared == DeclaredEssStatus.DECLARED_ESS;
    Optional<CategorieJuridique> code = form.categorieJuridique();
    if (code.isPresent()) {
      String c = code.get().toString();
      if (compatibleCodes.contains(c)) {
        return true;
      }
      boolean commercialForm =
          this == SOCIETE_COMMERCIALE_ESS
              ? form.family() == EssFamily.SOCIETE_COMMERCIALE_ESS
              : codesWithEssDeclaration.contains(c);
      return commercialForm && flagged;
    }
    if (form.family() == family && this != SOCIETE_COMMERCIALE_ESS) {
      return true;
    }
    boolean commercialFamily = form.family() == EssFamily.SOCIETE_COMMERCIALE_ESS;
    boolean takesCommercialForm =
        this == SOCIETE_COMMERCIALE_ESS || !codesWithEssDeclaration.isEmpty();
    return commercialFamily && takesCommercialForm && flagged;
  }
}
