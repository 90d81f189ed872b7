package io.github.esspetiteenfance.establishment;

import io.github.esspetiteenfance.CommonErrorCode;
import io.github.esspetiteenfance.InvalidValueException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * The Sirene salaried-headcount bands (tranches d'effectif salarié, variables {@code
 * trancheEffectifsEtablissement} and {@code trancheEffectifsUniteLegale}), each with its INSEE code
 * and its bounds, for indicators that only have a band.
 *
 * <p>Source: the INSEE Sirene nomenclature of headcount bands, as published in the Sirene
 * documentation; confidence UNCONFIRMED (not checked against the INSEE page by the project; the
 * codes match the {@code organization} package's list). The headcount is the number of salaried
 * employees on 31 December of the reference year.
 */
public enum TrancheEffectif {
  /** {@code NN}: no employee in the reference year and none on 31 December (non-employer). */
  NON_EMPLOYER("NN", 0, 0, "unité non employeuse"),
  /** {@code 00}: no employee on 31 December, but some during the reference year. */
  NONE_AT_YEAR_END("00", 0, 0, "0 salarié au 31 décembre"),
  /** {@code 01}: 1 or 2 employees. */
  FROM_1_TO_2("01", 1, 2, "1 ou 2 salariés"),
  /** {@code 02}: 3 to 5 employees. */
  FROM_3_TO_5("02", 3, 5, "3 à 5 salariés"),
  /** {@code 03}: 6 to 9 employees. */
  FROM_6_TO_9("03", 6, 9, "6 à 9 salariés"),
  /** {@code 11}: 10 to 19 employees. */
  FROM_10_TO_19("11", 10, 19, "10 à 19 salariés"),
  /** {@code 12}: 20 to 49 employees. */
  FROM_20_TO_49("12", 20, 49, "20 à 49 salariés"),
  /** {@code 21}: 50 to 99 employees. */
  FROM_50_TO_99("21", 50, 99, "50 à 99 salariés"),
  /** {@code 22}: 100 to 199 employees. */
  FROM_100_TO_199("22", 100, 199, "100 à 199 salariés"),
  /** {@code 31}: 200 to 249 employees. */
  FROM_200_TO_249("31", 200, 249, "200 à 249 salariés"),
  /** {@code 32}: 250 to 499 employees. */
  FROM_250_TO_499("32", 250, 499, "250 à 499 salariés"),
  /** {@code 41}: 500 to 999 employees. */
  FROM_500_TO_999("41", 500, 999, "500 à 999 salariés"),
  /** {@code 42}: 1,000 to 1,999 employees. */
  FROM_1000_TO_1999("42", 1000, 1999, "1 000 à 1 999 salariés"),
  /** {@code 51}: 2,000 to 4,999 employees. */
  FROM_2000_TO_4999("51", 2000, 4999, "2 000 à 4 999 salariés"),
  /** {@code 52}: 5,000 to 9,999 employees. */
  FROM_5000_TO_9999("52", 5000, 9999, "5 000 à 9 999 salariés"),
  /** {@code 53}: 10,000 employees or more. */
  FROM_10000("53", 10000, -1, "10 000 salariés et plus");

  private final String code;
  private final int lowerBound;
  private final int upperBound;
  private final String label;

  TrancheEffectif(String code, int lowerBound, int upperBound, String label) {
    this.code = code;
    this.lowerBound = lowerBound;
    this.upperBound = upperBound;
    this.label = label;
  }

  /**
   * Returns the INSEE code, such as {@code "11"} or {@code "NN"}.
   *
   * @return the code, not null
   */
  public String code() {
    return code;
  }

  /**
   * Returns the French label, such as "10 à 19 salariés".
   *
   * @return the label, not null
   */
  public String label() {
    return label;
  }

  /**
   * Returns the smallest headcount of the band, inclusive.
   *
   * @return the lower bound, zero or more
   */
  public int lowerBound() {
    return lowerBound;
  }

  /**
   * Returns the largest headcount of the band, inclusive.
   *
   * @return the upper bound, empty for the open band {@link #FROM_10000}
   */
  public OptionalInt upperBound() {
    return upperBound < 0 ? OptionalInt.empty() : OptionalInt.of(upperBound);
  }

  /**
   * Checks if a headcount on 31 December is in this band.
   *
   * @param headcount the number of employees
   * @return true if between the bounds, inclusive
   */
  public boolean contains(int headcount) {
    return headcount >= lowerBound && (upperBound < 0 || headcount <= upperBound);
  }

  /**
   * Checks if the band is that of an employer (any band but {@link #NON_EMPLOYER}).
   *
   * @return true for an employer
   */
  public boolean isEmployer() {
    return this != NON_EMPLOYER;
  }

  /**
   * Obtains a band from its INSEE code.
   *
   * @param code the code, such as {@code "11"}, not null
   * @return the band, not null
   * @throws InvalidValueException with code {@link EstablishmentErrorCode#UNKNOWN_TRANCHE}
   */
  public static TrancheEffectif ofCode(String code) {
    Objects.requireNonNull(code, "code");
    String stripped = code.strip();
    return Arrays.stream(values())
        .filter(t -> t.code.equals(stripped))
        .findFirst()
        .orElseThrow(
            () ->
                new InvalidValueException(
                    EstablishmentErrorCode.UNKNOWN_TRANCHE, "trancheEffectifs", code, codes()));
  }

  /**
   * Obtains the band of an employer's headcount on 31 December; zero gives {@link
   * #NONE_AT_YEAR_END}.
   *
   * @param headcount the number of employees, zero or more
   * @return the band, not null
   * @throws InvalidValueException with code {@link CommonErrorCode#NEGATIVE}
   */
  public static TrancheEffectif containing(int headcount) {
    if (headcount < 0) {
      throw new InvalidValueException(CommonErrorCode.NEGATIVE, "headcount", headcount);
    }
    return Arrays.stream(values())
        .filter(t -> t != NON_EMPLOYER && t.contains(headcount))
        .findFirst()
        .orElseThrow();
  }

  /**
   * Returns the INSEE codes, in declaration order.
   *
   * @return the codes, not null
   */
  public static List<String> codes() {
    return Arrays.stream(values()).map(TrancheEffectif::code).toList();
  }
}
