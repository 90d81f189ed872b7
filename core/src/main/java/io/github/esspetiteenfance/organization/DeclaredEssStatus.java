package io.github.esspetiteenfance.organization;

import io.github.esspetiteenfance.InvalidValueException;
import java.util.Optional;

/**
 * The ESS status a legal unit declared, as the Sirene register records it in the field {@code
 * economieSocialeSolidaireUniteLegale}: {@code O} (oui), {@code N} (non) or empty.
 *
 * <p>This is a declaration, not INSEE's statistical perimeter: INSEE does not use it to count the
 * ESS (too few commercial companies have declared it, insee.fr/fr/statistiques/7636531, CONFIRMED).
 * For a commercial company it is the only register-level evidence that its statutes meet loi
 * 2014-856 art. 1-II 2°. The field name is SECONDARY (seen in several public codebases and in the
 * header of real Sirene stock files).
 */
public enum DeclaredEssStatus {
  /** Sirene {@code O}: the unit declared it belongs to the ESS. */
  DECLARED_ESS("O"),
  /** Sirene {@code N}: the unit declared it does not belong to the ESS. */
  DECLARED_NOT_ESS("N"),
  /** The field is empty: nothing was declared. */
  NOT_DECLARED(""),
  /**
   * Not known: the unit was not looked up in Sirene (a press article or a portrait rarely says).
   * Not the same as {@link #NOT_DECLARED}, and never produced by {@link #fromSirene(String)}.
   */
  UNKNOWN("");

  private final String sireneCode;

  DeclaredEssStatus(String sireneCode) {
    this.sireneCode = sireneCode;
  }

  /**
   * Obtains the status from the value of the Sirene field {@code
   * economieSocialeSolidaireUniteLegale}.
   *
   * @param value {@code "O"}, {@code "N"}, or blank or null for {@link #NOT_DECLARED}; surrounding
   *     spaces are ignored
   * @return the status, not null
   * @throws InvalidValueException with code {@link OrganizationErrorCode#ESS_FLAG_INVALID} for any
   *     other value
   */
  public static DeclaredEssStatus fromSirene(String value) {
    String v = value == null ? "" : value.strip();
    switch (v) {
      case "O":
        return DECLARED_ESS;
      case "N":
        return DECLARED_NOT_ESS;
      case "":
        return NOT_DECLARED;
      default:
        break;
    }
    throw new InvalidValueException(
        OrganizationErrorCode.ESS_FLAG_INVALID, "economieSocialeSolidaireUniteLegale", value);
  }

  /**
   * Returns the value of the Sirene field for this status.
   *
   * @return {@code "O"} or {@code "N"}, empty for {@link #NOT_DECLARED} and {@link #UNKNOWN}
   */
  public Optional<String> sireneCode() {
    return sireneCode.isEmpty() ? Optional.empty() : Optional.of(sireneCode);
  }
}
