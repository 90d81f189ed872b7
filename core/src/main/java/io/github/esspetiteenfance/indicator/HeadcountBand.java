package io.github.esspetiteenfance.indicator;

import io.github.esspetiteenfance.InvalidValueException;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A Sirene headcount band (<i>tranche d'effectif salarié</i>, variables {@code
 * trancheEffectifsEtablissement} and {@code trancheEffectifsUniteLegale}): a range of salaried
 * employees, not a number.
 *
 * <p>The bands and their ranges are SECONDARY: two independent third-party code tables, one citing
 * {@code sirene.fr/sirene/public/variable/tefen} (data README §5.4). The meaning of {@code NN} (a
 * non-employer unit: no employee during the reference year, none on 31 December) and of {@code 00}
 * (no employee on 31 December, but some during the year) is INSEE's usual definition, UNCONFIRMED.
 * Both count 0 employees on 31 December, so their {@link #jobs()} range is {@code [0, 0]}.
 *
 * <p>An empty band in Sirene means "not filled in", not zero: {@link #fromCode(String)} returns an
 * empty {@code Optional} for it, and the jobs are then unknown.
 *
 * <pre>
 *   HeadcountBand.of("02").jobs();   // [3, 5]
 *   HeadcountBand.of("53").jobs();   // [10000, ..]
 * </pre>
 */
public enum HeadcountBand {
  /** {@code NN}: non-employer unit (UNCONFIRMED wording). */
  NN("NN", 0, 0),
  /**
   * {@code 00}: 0 employees on 31 December, but employees during the year (UNCONFIRMED wording).
   */
  B00("00", 0, 0),
  /** {@code 01}: 1 or 2 employees. */
  B01("01", 1, 2),
  /** {@code 02}: 3 to 5 employees. */
  B02("02", 3, 5),
  /** {@code 03}: 6 to 9 employees. */
  B03("03", 6, 9),
  /** {@code 11}: 10 to 19 employees. */
  B11("11", 10, 19),
  /** {@code 12}: 20 to 49 employees. */
  B12("12", 20, 49),
  /** {@code 21}: 50 to 99 employees. */
  B21("21", 50, 99),
  /** {@code 22}: 100 to 199 employees. */
  B22("22", 100, 199),
  /** {@code 31}: 200 to 249 employees. */
  B31("31", 200, 249),
  /** {@code 32}: 250 to 499 employees. */
  B32("32", 250, 499),
  /** {@code 41}: 500 to 999 employees. */
  B41("41", 500, 999),
  /** {@code 42}: 1 000 to 1 999 employees. */
  B42("42", 1000, 1999),
  /** {@code 51}: 2 000 to 4 999 employees. */
  B51("51", 2000, 4999),
  /** {@code 52}: 5 000 to 9 999 employees. */
  B52("52", 5000, 9999),
  /** {@code 53}: 10 000 employees or more; no upper bound. */
  B53("53", 10000, -1);

  private final String code;
  private final CountRange jobs;

  HeadcountBand(String code, long lower, long upper) {
    this.code = code;
    this.jobs = new CountRange(lower, upper < 0 ? OptionalLong.empty() : OptionalLong.of(upper));
  }

  /**
   * Obtains a band from its Sirene code.
   *
   * @param code the code, such as {@code "NN"}, {@code "00"} or {@code "12"}; surrounding spaces
   *     are ignored; not null
   * @return the band, not null
   * @throws InvalidValueException with code {@link IndicatorErrorCode#BAND_UNKNOWN} if the code is
   *     not a band (an empty code included: use {@link #fromCode(String)} for Sirene fields)
   */
  public static HeadcountBand of(String code) {
    Objects.requireNonNull(code, "code");
    String c = code.strip();
    for (HeadcountBand band : values()) {
      if (band.code.equals(c)) {
        return band;
      }
    }
    throw new InvalidValueException(IndicatorErrorCode.BAND_UNKNOWN, "trancheEffectifs", code);
  }

  /**
   * Obtains a band from a Sirene field, where an empty value means "not filled in".
   *
   * @param code the field's value, may be null or blank
   * @return the band, empty for a null or blank value
   * @throws InvalidValueException with code {@link IndicatorErrorCode#BAND_UNKNOWN} if the value is
   *     neither blank nor a band
   */
  public static Optional<HeadcountBand> fromCode(String code) {
    return code == null || code.isBlank() ? Optional.empty() : Optional.of(of(code));
  }

  /**
   * Returns the Sirene code of this band.
   *
   * @return the code, such as {@code "12"}; not null
   */
  public String code() {
    return code;
  }

  /**
   * Returns the salaried jobs this band stands for.
   *
   * @return the range, such as {@code [20, 49]}; unbounded above for {@link #B53}; not null
   */
  public CountRange jobs() {
    return jobs;
  }

  /**
   * Checks if this band is that of an employer: every band but {@link #NN}.
   *
   * @return false for {@link #NN} only
   */
  public boolean isEmployer() {
    return this != NN;
  }

  /** Returns the Sirene code, such as {@code "12"}. */
  @Override
  public String toString() {
    return code;
  }
}
