package io.github.esspetiteenfance.examples;

import io.github.esspetiteenfance.legal.LegalBasis;
import io.github.esspetiteenfance.regulation.ChildrenPresent;
import io.github.esspetiteenfance.regulation.StaffRequirement;
import io.github.esspetiteenfance.regulation.StaffingCalculator;
import io.github.esspetiteenfance.regulation.StaffingSituation;
import io.github.esspetiteenfance.structure.RatioOption;
import java.io.PrintStream;
import java.time.LocalDate;

/**
 * Computes the staff a crèche collective needs for a group of children under both ratio options of
 * R2324-46-4: 1 professional per 5 children who do not walk and 1 per 8 who walk, or 1 per 6
 * children whatever their age; with the minimum of two adults and the legal bases.
 *
 * <p>The group: {@value #NOT_WALKING} children who do not walk and {@value #WALKING} who walk, in a
 * crèche of {@value #CAPACITY} places.
 */
public final class StaffingExample {

  /** The date of the calculation. */
  public static final LocalDate DATE = LocalDate.of(2026, 1, 15);

  /** The authorised capacity of the crèche. */
  public static final int CAPACITY = 30;

  /** The children present who do not walk. */
  public static final int NOT_WALKING = 12;

  /** The children present who walk. */
  public static final int WALKING = 6;

  private StaffingExample() {}

  /**
   * Runs the example in French, or in English with {@code --lang en}.
   *
   * @param args {@code --lang fr|en}, optional
   */
  public static void main(String[] args) {
    print(Console.out(), Texts.of(Cli.parse(args).locale()));
  }

  /**
   * Prints the calculation under both options.
   *
   * @param out where to print, not null
   * @param texts the language, not null
   */
  public static void print(PrintStream out, Texts texts) {
    StaffingCalculator calculator = StaffingCalculator.bundled();
    out.println(
        "  " + texts.get("staffing.situation", CAPACITY, NOT_WALKING, WALKING, DATE.toString()));
    for (RatioOption option : RatioOption.values()) {
      StaffRequirement requirement =
          calculator.requirement(
              DATE,
              StaffingSituation.creche(CAPACITY, option, ChildrenPresent.of(NOT_WALKING, WALKING)));
      out.println(
          "  "
              + texts.get(
                  "staffing.option",
                  texts.get("ratio-option." + option),
                  requirement.byRatio(),
                  requirement.minimumAdults(),
                  requirement.adults(),
                  requirement.qualified(),
                  texts.get("confidence." + requirement.confidence())));
      for (LegalBasis basis : requirement.bases()) {
        out.println("      - " + FeeExample.describe(texts, basis));
      }
    }
  }
}
