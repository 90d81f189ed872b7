package io.github.esspetiteenfance.examples;

import io.github.esspetiteenfance.regulation.ComplianceReport;
import io.github.esspetiteenfance.regulation.Observation;
import io.github.esspetiteenfance.regulation.RegulatoryChecker;
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
    MicroCreche creche = MicroCreche.of(12); // 12 places, nothing else known
    Observation now = Observation.ofChildren(1, 3).withStaff(1, 1); // 1 not walking, 3 walking
    ComplianceReport report =
        RegulatoryChecker.bundled().check(creche, LocalDate.of(2026, 9, 1), now);
    System.out.print(report.message(Locale.ENGLISH)); // the verdict, then every finding
    // check-micro-creche:end
  }
}
