package io.github.esspetiteenfance.organization;

import io.github.esspetiteenfance.ErrorCode;

/** Error codes of the {@code organization} package. */
public enum OrganizationErrorCode implements ErrorCode {
  /** A text field is blank. */
  BLANK("organization.blank"),
  /** A catégorie juridique is not 4 digits. */
  CJ_CODE_FORMAT("organization.cj.format"),
  /** A catégorie juridique has no ESS mapping (it is not in the 2022 nomenclature). */
  CJ_NOT_MAPPED("organization.cj.not-mapped"),
  /** The Sirene ESS flag is neither O, N nor empty. */
  ESS_FLAG_INVALID("organization.ess-flag.invalid"),
  /** The Sirene employer character or headcount band is not a known value. */
  EMPLOYER_INVALID("organization.employer.invalid");

  private final String code;

  OrganizationErrorCode(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
