package io.github.esspetiteenfance.organization;

import io.github.esspetiteenfance.legal.LegalBases;
import io.github.esspetiteenfance.legal.LegalBasis;

/** The rule of {@link EssPerimeter} that decided an answer. */
public enum PerimeterRule {
  /**
   * Statutory: the legal form is an association, cooperative, mutual or foundation (art. 1-II 1°).
   */
  LEGAL_FORM(PerimeterDefinition.STATUTORY, true, LegalBases.get("loi-2014-856.art-1-ii-1")),
  /** Statutory: a commercial company that holds a valid ESUS agrément. */
  ESUS_AGREMENT(
      PerimeterDefinition.STATUTORY, true, LegalBases.get("code-travail.l3332-17-1.esus")),
  /** Statutory: a commercial company that declared the ESS status ({@code O}) in Sirene. */
  DECLARED_ESS_STATUS(
      PerimeterDefinition.STATUTORY, true, LegalBases.get("loi-2014-856.art-1-ii-2.declared")),
  /**
   * Statutory: a commercial company with neither the ESS declaration nor a valid ESUS agrément; its
   * statutes may still meet art. 1-II 2°, but nothing shows it.
   */
  COMMERCIAL_COMPANY_WITHOUT_EVIDENCE(
      PerimeterDefinition.STATUTORY,
      false,
      LegalBases.get("loi-2014-856.art-1-ii-2.without-evidence")),
  /** Statutory: the legal form is none of those art. 1-II lists. */
  FORM_NOT_IN_ARTICLE_1(
      PerimeterDefinition.STATUTORY,
      false,
      LegalBases.get("loi-2014-856.art-1-ii.form-not-listed")),
  /** Statistical: the catégorie juridique is in the perimeter's list, and no exclusion applies. */
  CJ_IN_LIST(PerimeterDefinition.STATISTICAL, true, PerimeterDefinition.STATISTICAL.basis()),
  /** Statistical: the catégorie juridique is not in the perimeter's list. */
  CJ_NOT_IN_LIST(PerimeterDefinition.STATISTICAL, false, PerimeterDefinition.STATISTICAL.basis()),
  /** Statistical: commercial companies of the ESS are not counted, whatever they declared. */
  COMMERCIAL_COMPANY_NOT_COUNTED(
      PerimeterDefinition.STATISTICAL,
      false,
      LegalBases.get("insee.commercial-companies-not-counted")),
  /**
   * Statistical: the activity (NAF) is excluded: public administration, employers' and consular
   * bodies, unions, religious or political organisations.
   */
  ACTIVITY_EXCLUDED(
      PerimeterDefinition.STATISTICAL, false, LegalBases.get("cress.activity-exclusions")),
  /** Statistical: the unit has no employee; the observatories count employer units only. */
  NON_EMPLOYER(PerimeterDefinition.STATISTICAL, false, LegalBases.get("cress.employer-units"));

  private final PerimeterDefinition definition;
  private final boolean includes;
  private final LegalBasis basis;

  PerimeterRule(PerimeterDefinition definition, boolean includes, LegalBasis basis) {
    this.definition = definition;
    this.includes = includes;
    this.basis = basis;
  }

  /**
   * Returns the definition this rule belongs to.
   *
   * @return the definition, not null
   */
  public PerimeterDefinition definition() {
    return definition;
  }

  /**
   * Checks if this rule puts the unit in the ESS.
   *
   * @return true if the unit is in the perimeter when this rule decides
   */
  public boolean includes() {
    return includes;
  }

  /**
   * Returns the source of this rule and how sure the project is of it.
   *
   * @return the basis, not null
   */
  public LegalBasis basis() {
    return basis;
  }
}
