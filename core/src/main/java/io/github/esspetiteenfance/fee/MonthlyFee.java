package io.github.esspetiteenfance.fee;

import io.github.esspetiteenfance.legal.Confidence;
import io.github.esspetiteenfance.legal.LegalBasis;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The monthly family fee of a regular contract (mensualisation):
 *
 * <pre>
 * monthly fee = hourly rate × hours per week × weeks of care ÷ months billed
 * </pre>
 *
 * <p>The formula is standard practice; its CNAF wording is <b>UNCONFIRMED</b> ({@link
 * FeeBases#MENSUALISATION}), so {@link #confidence()} is always {@link Confidence#UNCONFIRMED}.
 *
 * <p><b>Rounding</b>: {@link #rounded()} multiplies the <em>rounded</em> hourly tariff (the one
 * shown to the family: every published example states the hourly rate to the cent) by the monthly
 * hours, and rounds the product once, to the cent, half-up. So a family can check its bill from the
 * tariff and the contract. {@link #exact()} multiplies the exact hourly rate and is never rounded;
 * the two differ by at most {@code 0.005 × monthly hours + 0.005} euros.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param hourlyRate the hourly rate of the family, not null
 * @param contract the contract, not null
 */
public record MonthlyFee(HourlyRate hourlyRate, MonthlyContract contract) {

  /** Creates a monthly fee. */
  public MonthlyFee {
    Objects.requireNonNull(hourlyRate, "hourlyRate");
    Objects.requireNonNull(contract, "contract");
  }

  /**
   * Returns the monthly fee billed: rounded hourly tariff × hours per week × weeks ÷ months,
   * rounded once to the cent, half-up.
   *
   * @return the fee in euros, scale 2; not null
   */
  public BigDecimal rounded() {
    return contract.perMonthToCent(hourlyRate.rounded().multiply(contract.hoursPerWeek()));
  }

  /**
   * Returns the unrounded monthly fee: exact hourly rate × hours per week × weeks ÷ months (the
   * division kept to {@value MonthlyContract#HOURS_SCALE} decimals at least).
   *
   * @return the fee in euros, not null
   */
  public BigDecimal exact() {
    return contract.perMonth(hourlyRate.exact().multiply(contract.hoursPerWeek()));
  }

  /**
   * Returns the rules and parameters used: those of the hourly rate and the mensualisation.
   *
   * @return the legal bases, not null
   */
  public List<LegalBasis> legalBases() {
    List<LegalBasis> bases = new ArrayList<>(hourlyRate.legalBases());
    bases.add(FeeBases.MENSUALISATION);
    return List.copyOf(bases);
  }

  /**
   * Returns the weakest confidence of the rules and parameters used.
   *
   * @return the confidence, not null
   */
  public Confidence confidence() {
    return HourlyRate.weakest(legalBases());
  }
}
