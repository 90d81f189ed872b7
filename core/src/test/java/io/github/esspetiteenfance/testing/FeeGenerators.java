package io.github.esspetiteenfance.testing;

import io.github.esspetiteenfance.fee.CareType;
import io.github.esspetiteenfance.fee.Family;
import io.github.esspetiteenfance.fee.FeeParameters;
import io.github.esspetiteenfance.fee.MonthlyContract;
import io.github.esspetiteenfance.fee.Resources;
import io.github.esspetiteenfance.legal.ValidityPeriod;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators for the {@code fee} package.
 *
 * <p>Dates run from 2018-01-01 to 2027-12-31; {@link #completeParameters()} are the bundled tables
 * plus a test plancher from 2025 on, so that every generated date has a plancher and a plafond.
 */
public final class FeeGenerators {

  /** The first generated date. */
  public static final LocalDate FIRST = LocalDate.of(2018, 1, 1);

  /** The last generated date. */
  public static final LocalDate LAST = LocalDate.of(2027, 12, 31);

  /** The plancher assumed from 2025 on by {@link #completeParameters()} (a test value). */
  public static final BigDecimal TEST_PLANCHER_FROM_2025 = new BigDecimal("800.00");

  private static final FeeParameters COMPLETE =
      FeeParameters.bundled()
          .withPlancher(
              ValidityPeriod.from(LocalDate.of(2025, 1, 1)),
              TEST_PLANCHER_FROM_2025,
              "test value, not a published plancher");

  private FeeGenerators() {}

  /**
   * Returns the bundled parameters plus a test plancher from 2025 on.
   *
   * @return the parameters
   */
  public static FeeParameters completeParameters() {
    return COMPLETE;
  }

  /**
   * Returns dates from {@link #FIRST} to {@link #LAST}.
   *
   * @return the generator
   */
  public static Gen<LocalDate> dates() {
    return Generate.range(0, (int) ChronoUnit.DAYS.between(FIRST, LAST)).map(FIRST::plusDays);
  }

  /**
   * Returns types of care.
   *
   * @return the generator
   */
  public static Gen<CareType> careTypes() {
    return Generate.enumValues(CareType.class);
  }

  /**
   * Returns monthly amounts in euros, with cents, from 0 to {@code maxEuros}.
   *
   * @param maxEuros the largest amount
   * @return the generator
   */
  public static Gen<BigDecimal> euros(int maxEuros) {
    return Generate.longRange(0, maxEuros * 100L).map(c -> BigDecimal.valueOf(c, 2));
  }

  /**
   * Returns fractions from 0 to 1 with four decimals.
   *
   * @return the generator
   */
  public static Gen<BigDecimal> fractions() {
    return Generate.range(0, 10_000).map(i -> BigDecimal.valueOf(i, 4));
  }

  /**
   * Returns known monthly resources from 0 to 15,000 €, with cents.
   *
   * @return the generator
   */
  public static Gen<Resources> knownResources() {
    return euros(15_000).map(Resources::monthly);
  }

  /**
   * Returns families whose effective number of children (AEEH counted twice) is between 1 and
   * {@code maxEffective}, every split between dependent and AEEH children being possible.
   *
   * @param maxEffective the largest effective number of children, at least 1
   * @return the generator
   */
  public static Gen<Family> families(int maxEffective) {
    Gen<Integer> effective = Generate.range(1, maxEffective);
    return effective.flatMap(
        e ->
            Generate.range(0, e / 2)
                .zip(knownResources(), (aeeh, resources) -> new Family(e - aeeh, aeeh, resources)));
  }

  /**
   * Returns regular contracts: 1 to 60 hours a week by quarter hours, 1 to 52 weeks, 1 to 12
   * months.
   *
   * @return the generator
   */
  public static Gen<MonthlyContract> contracts() {
    return Generate.range(4, 240)
        .zip(
            Generate.range(1, MonthlyContract.MAX_WEEKS),
            Generate.range(1, MonthlyContract.MAX_MONTHS),
            (quarters, weeks, months) ->
                new MonthlyContract(BigDecimal.valueOf(quarters * 25L, 2), weeks, months));
  }
}
