package io.github.esspetiteenfance.organization;

import io.github.esspetiteenfance.ErrorCode;

/** Error codes of the {@code organization} package. */
public enum OrganizationErrorCode implements ErrorCode {
  /** A catégorie juridique is not 4 digits. */
  CJ_CODE_FORMAT("organization.cj.format"),
  /**
   * The family a legal category alone gives cannot be the one given: a form alone never puts a
   * commercial company in the ESS.
   */
  CJ_FAMILY_BY_FORM("organization.cj.family-by-form"),
  /** A catégorie juridique has no ESS mapping (it is not in the 2022 nomenclature). */
  CJ_NOT_MAPPED("organization.cj.not-mapped"),
  /** The Sirene ESS flag is neither O, N nor empty. */
  ESS_FLAG_INVALID("organization.ess-flag.invalid"),
  /** The Sirene employer character or headcount band is not a known value. */
  EMPLOYER_INVALID("organization.employer.invalid"),
  /** The expiry of an ESUS agrément is before its grant. */
  ESUS_EXPIRY_BEFORE_GRANT("organization.esus.expiry-before-grant"),
  /** An ESUS agrément is held by a legal form that cannot be in the ESS. */
  ESUS_FORM_NOT_ELIGIBLE("organization.esus.form-not-eligible"),
  /** An RNA number is held by an organization that is not an association. */
  RNA_NOT_ASSOCIATION("organization.rna.not-association"),
  /**
   * An RNA number is held by an association that is not registered in the RNA: an association de
   * droit local (Alsace-Moselle) or an association non déclarée.
   */
  RNA_NOT_REGISTERED("organization.rna.not-registered"),
  /** A specific status is held by a legal form that cannot hold it. */
  STATUS_INCOMPATIBLE("organization.status.incompatible-form"),
  /** Two specific statuses that exclude each other are held together. */
  STATUSES_EXCLUSIVE("organization.status.exclusive"),
  /** A merger names fewer than two predecessors. */
  MERGER_PREDECESSORS("organization.origin.merger-predecessors"),
  /** A creation names predecessors. */
  CREATION_PREDECESSORS("organization.origin.creation-predecessors"),
  /** An answer of the perimeter whose family contradicts its rule (a library bug). */
  CLASSIFICATION_INCONSISTENT("organization.classification.inconsistent");

  private final String code;

  OrganizationErrorCode(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
