package io.github.esspetiteenfance.examples;

import io.github.esspetiteenfance.EssPetiteEnfanceException;
import io.github.esspetiteenfance.fee.CareType;
import io.github.esspetiteenfance.fee.Family;
import io.github.esspetiteenfance.fee.FamilyFeeCalculator;
import io.github.esspetiteenfance.fee.FeeParameters;
import io.github.esspetiteenfance.fee.HourlyRate;
import io.github.esspetiteenfance.fee.MonthlyContract;
import io.github.esspetiteenfance.fee.MonthlyFee;
import io.github.esspetiteenfance.fee.Resources;
import io.github.esspetiteenfance.legal.Dated;
import io.github.esspetiteenfance.legal.LegalBasis;
import io.github.esspetiteenfance.legal.ValidityPeriod;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Computes a family's hourly and monthly fee (participation familiale) with the CNAF barème, and
 * shows every figure it rests on: plancher, plafond, taux d'effort, legal bases and confidence.
 *
 * <p>The family has 2 dependent children and 3 000 € of monthly resources; the child is cared for
 * in a PSU-funded crèche collective on 1 October 2024, 40 hours a week, 47 weeks a year, billed
 * over 12 months. The example then asks for the same fee on 15 January 2027, when the plancher is
 * not known to the library: the calculator refuses rather than guess, and says why.
 *
 * <p>Run it with {@code mvn -B -q -DskipTests -pl examples -am package exec:java
 * -Dexec.mainClass=io.github.esspetiteenfance.examples.FeeExample}.
 */
public final class FeeExample {

  /** The date of care of the example. */
  public static final LocalDate DATE = LocalDate.of(2024, 10, 1);

  /** A date on which the plancher is not known to the library. */
  public static final LocalDate DATE_WITHOUT_PLANCHER = LocalDate.of(2027, 1, 15);

  private static final String INDENT = "  ";

  private FeeExample() {}

  /**
   * Runs the example in French, or in English with {@code --lang en}.
   *
   * @param args {@code --lang fr|en}, optional
   */
  public static void main(String[] args) {
    print(Console.out(), Texts.of(Cli.parse(args).locale()));
  }

  /**
   * Prints the example.
   *
   * @param out where to print, not null
   * @param texts the language, not null
   */
  public static void print(PrintStream out, Texts texts) {
    FeeParameters parameters = FeeParameters.bundled();
    FamilyFeeCalculator calculator = FamilyFeeCalculator.of(parameters);
    Family family = Family.of(2, Resources.monthly(new BigDecimal("3000")));
    MonthlyContract contract = MonthlyContract.of(new BigDecimal("40"), 47, 12);
    MonthlyFee fee = calculator.monthlyFee(DATE, CareType.COLLECTIVE, family, contract);
    HourlyRate hourly = fee.hourlyRate();

    out.println(INDENT + texts.get("fee.title"));
    out.println(
        INDENT
            + texts.get(
                "fee.family",
                family.dependentChildren(),
                texts.euros(family.resources().monthlyAmount().orElseThrow()),
                DATE.toString()));
    Dated<BigDecimal> plancher = parameters.planchers().require(DATE, "plancher");
    Dated<BigDecimal> plafond = parameters.plafonds().require(DATE, "plafond");
    out.println(
        INDENT
            + texts.get(
                "fee.floor-ceiling",
                texts.euros(plancher.value()),
                confidence(texts, plancher.basis()),
                texts.euros(plafond.value()),
                confidence(texts, plafond.basis())));
    out.println(
        INDENT
            + texts.get(
                "fee.retained",
                texts.euros(hourly.retainedMonthlyResources()),
                texts.get("resource-basis." + hourly.resourceBasis())));
    out.println(
        INDENT
            + texts.get(
                "fee.taux-effort",
                texts.decimal(hourly.tauxEffort().percent(), 4),
                texts.get("rate-column." + hourly.column()),
                family.effectiveChildren()));
    out.println(
        INDENT
            + texts.get(
                "fee.hourly",
                texts.euros(hourly.retainedMonthlyResources()),
                texts.decimal(hourly.tauxEffort().percent(), 4),
                texts.decimal(hourly.exact(), 4),
                texts.euros(hourly.rounded())));
    out.println(
        INDENT
            + texts.get(
                "fee.contract",
                texts.decimal(contract.hoursPerWeek(), 0),
                contract.weeksOfCare(),
                contract.monthsBilled(),
                texts.decimal(contract.monthlyHours(), 2)));
    out.println(
        INDENT
            + texts.get(
                "fee.monthly",
                texts.euros(hourly.rounded()),
                texts.decimal(contract.monthlyHours(), 2),
                texts.euros(fee.rounded())));
    out.println(
        INDENT
            + texts.get(
                "fee.confidence",
                texts.get("confidence." + hourly.confidence()),
                texts.get("confidence." + fee.confidence())));
    out.println(INDENT + texts.get("fee.bases"));
    for (LegalBasis basis : fee.legalBases()) {
      out.println(INDENT + "  - " + describe(texts, basis));
    }
    try {
      calculator.monthlyFee(DATE_WITHOUT_PLANCHER, CareType.COLLECTIVE, family, contract);
      out.println(INDENT + texts.get("fee.refused.none", DATE_WITHOUT_PLANCHER.toString()));
    } catch (EssPetiteEnfanceException e) {
      out.println(
          INDENT
              + texts.get(
                  "fee.refused",
                  DATE_WITHOUT_PLANCHER.toString(),
                  e.code(),
                  e.message(texts.locale())));
    }
  }

  /**
   * Returns one line describing a legal basis: text and article (names, in French), validity,
   * confidence, and the description in the reader's language.
   *
   * @param texts the language, not null
   * @param basis the basis, not null
   * @return the line, not null
   */
  static String describe(Texts texts, LegalBasis basis) {
    return basis.text()
        + (basis.article().isEmpty() ? "" : ", " + basis.article())
        + " ("
        + validity(texts, basis.validity())
        + ", "
        + texts.get("confidence." + basis.confidence())
        + ")"
        + (basis.description(texts.locale()).isEmpty()
            ? ""
            : ": " + basis.description(texts.locale()));
  }

  /**
   * Returns a validity period in words: "du 2024-09-01 au 2024-12-31", "since 2019-09-01".
   *
   * @param texts the language, not null
   * @param period the period, not null
   * @return the text, not null
   */
  static String validity(Texts texts, ValidityPeriod period) {
    String start = period.startDate().map(Object::toString).orElse("");
    String end = period.endDate().map(Object::toString).orElse("");
    String key =
        start.isEmpty()
            ? (end.isEmpty() ? "validity.always" : "validity.until")
            : (end.isEmpty() ? "validity.from" : "validity.between");
    return texts.get(key, start, end);
  }

  private static String confidence(Texts texts, LegalBasis basis) {
    return texts.get("confidence." + basis.confidence());
  }
}
