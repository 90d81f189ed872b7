package io.github.esspetiteenfance.opendata.lists;

import io.github.esspetiteenfance.opendata.FilterReason;

/** Why a valid row of a published list was left out. */
public enum ListFilter implements FilterReason {
  /** The mapping maps its type to {@code skip} (such as a MAM, which is not an EAJE). */
  KIND_SKIPPED("list.filter.kind-skipped"),
  /** An empty line (every field blank). */
  EMPTY_LINE("list.filter.empty-line"),
  /**
   * The mapping maps its manager to {@code unknown}: the library does not guess a legal form, so
   * the row cannot be classified in or out of the ESS.
   */
  MANAGER_UNKNOWN("list.filter.manager-unknown");

  private final String code;

  ListFilter(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
