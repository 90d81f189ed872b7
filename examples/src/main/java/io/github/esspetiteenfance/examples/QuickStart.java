package io.github.esspetiteenfance.examples;

import io.github.esspetiteenfance.fee.CareType;
import io.github.esspetiteenfance.fee.Family;
import io.github.esspetiteenfance.fee.FamilyFeeCalculator;
import io.github.esspetiteenfance.fee.MonthlyContract;
import io.github.esspetiteenfance.fee.MonthlyFee;
import io.github.esspetiteenfance.fee.Resources;
import io.github.esspetiteenfance.identifier.Siret;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The quick start of the README, verbatim: validate a SIRET, then compute a family's hourly and
 * monthly fee with the CNAF barème. {@code QuickStartTest} runs it and checks what it prints.
 */
public final class QuickStart {

  private QuickStart() {}

  /**
   * Runs the quick start.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    // quick-start:begin
    System.out.println(Siret.isValid("130 025 265 00013")); // true (DINUM)
    System.out.println(Siret.isValid("130 025 265 00014")); // false: wrong check digit

    Family family = Family.of(2, Resources.monthly(new BigDecimal("3000"))); // 2 children
    // 40 h a week, 47 weeks, 12 months
    MonthlyContract contract = MonthlyContract.of(new BigDecimal("40"), 47, 12);
    MonthlyFee fee =
        FamilyFeeCalculator.bundled()
            .monthlyFee(LocalDate.of(2026, 12, 4), CareType.COLLECTIVE, family, contract);
    System.out.println(fee.hourlyRate().rounded() + " €/h"); // 1.55 €/h (0.0516 % × 3000)
    System.out.println(fee.rounded() + " €/month, " + fee.confidence()); // 242.83 €/month
    // quick-start:end
  }
}
