package io.github.esspetiteenfance.examples;

import io.github.esspetiteenfance.regulation.ChildrenPresent;
import io.github.esspetiteenfance.regulation.ComplianceReport;
import io.github.esspetiteenfance.regulation.Observation;
import io.github.esspetiteenfance.regulation.RegulatoryChecker;
import io.github.esspetiteenfance.regulation.StaffPresent;
import io.github.esspetiteenfance.structure.Capacity;
import io.github.esspetiteenfance.structure.MicroCreche;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The README's "Check a micro-crèche on a date", verbatim: describe the micro-crèche once, say who
 * is present, check it on a date. {@code CheckMicroCrecheTest} runs it and checks what it prints.
 */
public final class CheckMicroCreche {

  private CheckMicroCreche() {}

  /**
   * Runs the check.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    // check-micro-creche:begin
    MicroCreche creche = MicroCreche.builder().capacity(Capacity.of(12)).build();
    Observation now = Observation.of(ChildrenPresent.of(1, 3), StaffPresent.of(1, 1));
    ComplianceReport report =
        RegulatoryChecker.bundled().check(creche, LocalDate.of(2026, 9, 1), now);
    System.out.println(report.isCompliant()); // false: two adults from 4 children (R2324-43-1)
    System.out.print(report.message(Locale.ENGLISH));
    // check-micro-creche:end
  }
}
