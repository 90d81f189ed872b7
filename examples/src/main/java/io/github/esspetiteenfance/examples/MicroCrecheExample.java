package io.github.esspetiteenfance.examples;

import io.github.esspetiteenfance.diagnostic.Finding;
import io.github.esspetiteenfance.regulation.ChildrenPresent;
import io.github.esspetiteenfance.regulation.ComplianceReport;
import io.github.esspetiteenfance.regulation.Direction;
import io.github.esspetiteenfance.regulation.Observation;
import io.github.esspetiteenfance.regulation.RegulatoryChecker;
import io.github.esspetiteenfance.regulation.StaffPresent;
import io.github.esspetiteenfance.structure.AgeRange;
import io.github.esspetiteenfance.structure.Capacity;
import io.github.esspetiteenfance.structure.MicroCreche;
import io.github.esspetiteenfance.structure.RatioOption;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Builds a micro-crèche and checks it on dates: what the regulation says about the children and
 * staff present and the direction time, with the legal basis of every finding.
 */
public final class MicroCrecheExample {

  private MicroCrecheExample() {}

  /**
   * Runs the example in French, or in English with {@code --lang en}.
   *
   * @param args {@code --lang fr|en}, optional
   */
  public static void main(String[] args) {
    print(Console.out(), Cli.parse(args).locale());
  }

  /**
   * Checks the micro-crèche in three situations and prints the findings.
   *
   * @param out where to print, not null
   * @param locale the language of the findings, not null
   */
  public static void print(PrintStream out, Locale locale) {
    MicroCreche creche =
        MicroCreche.builder()
            .capacity(Capacity.of(12))
            .ages(AgeRange.ofMonths(2, 48))
            .ratioOption(RatioOption.ONE_PER_SIX)
            .build();
    RegulatoryChecker checker = RegulatoryChecker.bundled();

    // 4 children and one professional alone: the minimum of two applies from 4 children
    Observation alone = Observation.of(ChildrenPresent.of(1, 3), StaffPresent.of(1, 1));
    show(out, locale, checker.check(creche, LocalDate.of(2026, 1, 15), alone));

    // 12 children, 2 professionals, a référent technique at 0.2 FTE: fine in January 2026...
    Observation full =
        Observation.of(ChildrenPresent.of(4, 8), StaffPresent.of(2, 1))
            .withDirection(Direction.of(new BigDecimal("0.2")));
    show(out, locale, checker.check(creche, LocalDate.of(2026, 1, 15), full));
    // ...not from 1 September 2026, when a micro-crèche needs a director at 0.5 FTE
    show(out, locale, checker.check(creche, LocalDate.of(2026, 9, 1), full));
  }

  private static void show(PrintStream out, Locale locale, ComplianceReport report) {
    out.println(
        report.date()
            + ": compliant="
            + report.isCompliant()
            + ", confidence="
            + report.confidence()
            + ", "
            + report.codes());
    for (Finding finding : report.findings()) {
      out.println(
          "  - ["
              + finding.severity()
              + "] "
              + finding.message(locale)
              + finding.basis().map(b -> " <" + b.text() + ", " + b.article() + ">").orElse(""));
    }
  }
}
