package io.github.esspetiteenfance.organization;

import io.github.esspetiteenfance.InvalidValueException;
import java.util.Set;

/**
 * Whether a unit employs staff: the statistical ESS perimeter counts employer units only.
 *
 * <p>The observatories' data (INSEE Clap, then Flores, DADS/DSN, Sirene) cover only structures with
 * an employer function (CRESS Pays de la Loire, SECONDARY, reference §2.1).
 */
public enum EmployerStatus {
  /** The unit employs, or employed during the reference year, at least one person. */
  EMPLOYER,
  /** The unit employs no one. */
  NON_EMPLOYER,
  /** Not known. */
  UNKNOWN;

  private static final Set<String> EMPLOYER_TRANCHES =
      Set.of(
          "00", "01", "02", "03", "11", "12", "21", "22", "31", "32", "41", "42", "51", "52", "53");

  /**
   * Obtains the status from the Sirene field {@code caractereEmployeurUniteLegale} (or {@code
   * ...Etablissement}).
   *
   * @param value {@code "O"}, {@code "N"}, or blank or null for {@link #UNKNOWN}; surrounding
   *     spaces are ignored
   * @return the status, not null
   * @throws InvalidValueException with code {@link OrganizationErrorCode#EMPLOYER_INVALID} for any
   *     other value
   */
  public static EmployerStatus fromSireneEmployer(String value) {
    String v = value == null ? "" : value.strip();
    return switch (v) {
      case "O" -> EMPLOYER;
      case "N" -> NON_EMPLOYER;
      case "" -> UNKNOWN;
      default ->
          throw new InvalidValueException(
              OrganizationErrorCode.EMPLOYER_INVALID, "caractereEmployeur", value);
    };
  }

  /**
   * Obtains the status from a Sirene headcount band ({@code trancheEffectifs...}).
   *
   * <p>{@code NN} (<i>unité non employeuse</i>) gives {@link #NON_EMPLOYER}; {@code 00} (no
   * employee on 31 December but some during the year) and every band from {@code 01} (1–2) to
   * {@code 53} (10 000 and more) give {@link #EMPLOYER}; blank or null gives {@link #UNKNOWN}. The
   * bands are SECONDARY (two third-party code tables, one citing sirene.fr); the meaning of {@code
   * NN} and {@code 00} is UNCONFIRMED (data README §5.4).
   *
   * @param tranche the band code, may be null
   * @return the status, not null
   * @throws InvalidValueException with code {@link OrganizationErrorCode#EMPLOYER_INVALID} for an
   *     unknown band
   */
  public static EmployerStatus fromTrancheEffectifs(String tranche) {
    String v = tranche == null ? "" : tranche.strip();
    if (v.isEmpty()) {
      return UNKNOWN;
    }
    if ("NN".equals(v)) {
      return NON_EMPLOYER;
    }
    if (EMPLOYER_TRANCHES.contains(v)) {
      return EMPLOYER;
    }
    throw new InvalidValueException(
        OrganizationErrorCode.EMPLOYER_INVALID, "trancheEffectifs", tranche);
  }
}
