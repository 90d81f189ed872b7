package io.github.esspetiteenfance.examples;

import io.github.esspetiteenfance.constraints.fr.ValidCodeCommune;
import io.github.esspetiteenfance.constraints.fr.ValidCodePostal;
import io.github.esspetiteenfance.constraints.fr.ValidSiret;
import io.github.esspetiteenfance.validation.ModelValidator;
import io.github.esspetiteenfance.validation.Problem;
import io.github.esspetiteenfance.validation.ValidationReport;
import jakarta.validation.constraints.NotBlank;
import java.io.PrintStream;
import java.util.Locale;

/**
 * Validates an object with the library's constraints and prints the report in French and in
 * English: every problem, with its path, stable code and message, never only the first.
 *
 * <p>The object is an application's own import record, annotated with the library's Bean Validation
 * constraints ({@code @ValidSiret}, {@code @ValidCodePostal}, {@code @ValidCodeCommune}). The line
 * imported mixes up the commune code and the postcode of Monnières (44100 is Monnières's commune
 * code and a postcode of Nantes) and carries a SIRET with a wrong check digit.
 */
public final class ValidationExample {

  private ValidationExample() {}

  /**
   * A line of an application's import file, validated with the library's constraints.
   *
   * @param name the name, not blank
   * @param siret the SIRET, if any
   * @param postcode the postcode, if any
   * @param commune the INSEE commune code, if any
   */
  public record ImportedLine(
      @NotBlank String name,
      @ValidSiret String siret,
      @ValidCodePostal String postcode,
      @ValidCodeCommune String commune) {}

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    print(Console.out());
  }

  /**
   * Validates a valid line and an invalid one and prints the reports in both languages.
   *
   * @param out where to print, not null
   */
  public static void print(PrintStream out) {
    ModelValidator validator = ModelValidator.shared();
    ImportedLine good = new ImportedLine("Crèche exemple", "13002526500013", "44690", "44100");
    ImportedLine bad = new ImportedLine(" ", "13002526500014", "4469", "4410");

    ValidationReport<ImportedLine> ok = validator.validate(good, Locale.FRENCH);
    out.println("valid line: " + ok.isValid() + " " + ok.codes());

    for (Locale locale : new Locale[] {Locale.FRENCH, Locale.ENGLISH}) {
      ValidationReport<ImportedLine> report = validator.validate(bad, locale);
      out.println("== " + locale.getDisplayLanguage(locale) + " ==");
      out.println("valid: " + report.isValid() + ", " + report.errors().size() + " errors");
      for (String message : report.message(locale).lines().toList()) {
        out.println("  - " + message);
      }
    }
    for (Problem problem : validator.validate(bad).problems()) {
      out.println(problem.path() + " -> " + problem.code());
    }
  }
}
