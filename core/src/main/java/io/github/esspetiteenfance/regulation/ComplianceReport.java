package io.github.esspetiteenfance.regulation;

import io.github.esspetiteenfance.Localized;
import io.github.esspetiteenfance.Messages;
import io.github.esspetiteenfance.diagnostic.Finding;
import io.github.esspetiteenfance.diagnostic.Severity;
import io.github.esspetiteenfance.legal.Confidence;
import io.github.esspetiteenfance.structure.StructureKind;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The answer to "is this establishment compliant on this date, given these observations?": every
 * finding, each with its legal basis.
 *
 * <p>The structure is {@link #isCompliant() compliant} when no finding is an {@link
 * Severity#ERROR}. Rules the observation gives no data for are not checked: compliance is only
 * claimed for what was observed.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param kind the kind of the structure checked, not null
 * @param date the date of the check, not null
 * @param findings the findings, in the order the rules were applied; not null
 */
public record ComplianceReport(StructureKind kind, LocalDate date, List<Finding> findings)
    implements Localized {

  private static final String BUNDLE = ComplianceReport.class.getPackageName() + ".messages";

  /** Creates a report. */
  public ComplianceReport {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(date, "date");
    findings = List.copyOf(findings);
  }

  /**
   * Checks if no finding is an error.
   *
   * @return true if compliant on what was observed
   */
  public boolean isCompliant() {
    return errors().isEmpty();
  }

  /**
   * Returns the findings of a severity.
   *
   * @param severity the severity, not null
   * @return the findings, not null
   */
  public List<Finding> findings(Severity severity) {
    Objects.requireNonNull(severity, "severity");
    return findings.stream().filter(f -> f.severity() == severity).toList();
  }

  /**
   * Returns the errors.
   *
   * @return the findings of severity {@link Severity#ERROR}, not null
   */
  public List<Finding> errors() {
    return findings(Severity.ERROR);
  }

  /**
   * Returns the warnings.
   *
   * @return the findings of severity {@link Severity#WARNING}, not null
   */
  public List<Finding> warnings() {
    return findings(Severity.WARNING);
  }

  /**
   * Returns the codes of the findings, in order.
   *
   * @return the codes, not null
   */
  public List<FindingCode> codes() {
    return findings.stream().map(f -> (FindingCode) f.code()).toList();
  }

  /**
   * Checks if a finding has a code.
   *
   * @param code the code, not null
   * @return true if at least one finding has it
   */
  public boolean has(FindingCode code) {
    return findings.stream().anyMatch(f -> f.code() == code);
  }

  /**
   * Returns the first finding with a code.
   *
   * @param code the code, not null
   * @return the finding, empty if none has it
   */
  public java.util.Optional<Finding> first(FindingCode code) {
    return findings.stream().filter(f -> f.code() == code).findFirst();
  }

  /**
   * Returns how sure the project is of the errors and warnings: the weakest confidence among them.
   *
   * @return the confidence, {@link Confidence#CONFIRMED} if there is no error or warning
   */
  public Confidence confidence() {
    return findings.stream()
        .filter(f -> f.severity() != Severity.INFO)
        .map(Finding::confidence)
        .reduce(Confidence.CONFIRMED, Confidence::weakest);
  }

  /**
   * Returns the report as text in a language: a first line with the verdict on the date (compliant
   * or not, the number of errors and warnings), then one line per finding: severity (in the
   * language, upper case: {@code ERREUR}, {@code AVERTISSEMENT}, {@code INFORMATION}), code,
   * message (with the warning of a basis that is not confirmed) and the legal bases cited, such as
   * {@code "ERROR [regulation.staff.minimum-adults] ... (Code de la santé publique, R2324-43-1
   * ...)"} in English; every line ends with a line feed.
   *
   * @param locale French for {@code fr}, English otherwise; not null
   * @return the text, not null
   */
  @Override
  public String message(Locale locale) {
    Locale language = Messages.supportedLanguage(locale);
    String day =
        DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language).format(date);
    StringBuilder text =
        new StringBuilder(
            isCompliant()
                ? Messages.format(
                    BUNDLE, "regulation.report.compliant", language, day, warnings().size())
                : Messages.format(
                    BUNDLE,
                    "regulation.report.not-compliant",
                    language,
                    day,
                    errors().size(),
                    warnings().size()));
    text.append('\n');
    for (Finding f : findings) {
      text.append(f.severity().message(language).toUpperCase(language))
          .append(" [")
          .append(f.code().code())
          .append("] ")
          .append(f.message(language));
      if (!f.bases().isEmpty()) {
        text.append(" (")
            .append(
                f.bases().stream()
                    .map(b -> b.article().isEmpty() ? b.text() : b.text() + ", " + b.article())
                    .distinct()
                    .collect(Collectors.joining("; ")))
            .append(')');
      }
      text.append('\n');
    }
    return text.toString();
  }
}
