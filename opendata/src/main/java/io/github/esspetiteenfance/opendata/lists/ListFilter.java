package io.github.esspetiteenfance.opendata.lists;

import io.github.esspetiteenfance.opendata.FilterReason;
import java.util.Locale;

/** Why a valid row of a published list was left out. */
public enum ListFilter implements FilterReason {
  /** The mapping maps its type to {@code skip} (such as a MAM, which is not an EAJE). */
  KIND_SKIPPED("list.filter.kind-skipped", "type écarté par la correspondance", "type skipped"),
  /** An empty line (every field blank). */
  EMPTY_LINE("list.filter.empty-line", "ligne vide", "empty line"),
  /**
   * The mapping maps its manager to {@code unknown}: the library does not guess a legal form, so
   * the row cannot be classified in or out of the ESS.
   */
  MANAGER_UNKNOWN(
      "list.filter.manager-unknown", "gestionnaire de statut inconnu", "manager of unknown status");

  private final String code;
  private final String french;
  private final String english;

  ListFilter(String code, String french, String english) {
    this.code = code;
    this.french = french;
    this.english = english;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String message(Locale locale) {
    return "fr".equals(locale.getLanguage()) ? french : english;
  }
}
