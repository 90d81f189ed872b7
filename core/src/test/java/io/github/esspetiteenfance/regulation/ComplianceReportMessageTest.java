package io.github.esspetiteenfance.regulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.esspetiteenfance.diagnostic.Finding;
import io.github.esspetiteenfance.structure.MicroCreche;
import io.github.esspetiteenfance.testing.OneLanguage;
import io.github.esspetiteenfance.testing.RegulationGenerators;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * {@link ComplianceReport#message(Locale)}: the verdict on its first line, in the reader's
 * language, then one line per finding with its legal bases.
 */
class ComplianceReportMessageTest {

  private static final LocalDate SEPT_2026 = LocalDate.of(2026, 9, 1);

  private static ComplianceReport check(Observation observation) {
    return RegulatoryChecker.bundled().check(MicroCreche.of(12), SEPT_2026, observation);
  }

  @Test
  void notCompliant_verdictCountsErrorsAndWarnings_inBothLanguages() {
    ComplianceReport report = check(Observation.ofChildren(1, 3).withStaff(1, 1));
    assertThat(report.message(Locale.ENGLISH).lines().findFirst())
        .contains("Not compliant on September 1, 2026: 1 error(s), 0 warning(s).");
    assertThat(report.message(Locale.FRENCH).lines().findFirst())
        .contains("Non conforme au 1 septembre 2026 : 1 erreur(s), 0 avertissement(s).");
  }

  @Test
  void compliant_verdictSaysItHoldsForWhatWasObserved() {
    ComplianceReport report = check(Observation.ofChildren(1, 3).withStaff(2, 1));
    assertThat(report.isCompliant()).isTrue();
    assertThat(report.message(Locale.ENGLISH).lines().findFirst())
        .contains("Compliant on September 1, 2026 for what was observed: no error, 0 warning(s).");
    assertThat(report.message(Locale.FRENCH).lines().findFirst())
        .contains(
            "Conforme au 1 septembre 2026 pour ce qui a été observé : aucune erreur, 0"
                + " avertissement(s).");
  }

  @Test
  void findingLines_citeTheirLegalBases() {
    ComplianceReport report = check(Observation.ofChildren(1, 3).withStaff(1, 1));
    String line =
        report.message(Locale.ENGLISH).lines().filter(l -> l.startsWith("ERROR")).findFirst().get();
    assertThat(line)
        .startsWith("ERROR [regulation.staff.minimum-adults] 1 adult(s) with 4 children")
        .contains("(Code de la santé publique, R2324-43-1");
  }

  @Test
  void severities_inTheReadersLanguage() {
    ComplianceReport report = check(Observation.ofChildren(1, 3).withStaff(1, 1));
    assertThat(report.message(Locale.FRENCH))
        .contains("\nINFORMATION [regulation.category] ")
        .contains("\nERREUR [regulation.staff.minimum-adults] 1 adulte(s)");
    assertThat(report.message(Locale.ENGLISH))
        .contains("\nINFORMATION [regulation.category] ")
        .contains("\nERROR [regulation.staff.minimum-adults] 1 adult(s)");
  }

  @Test
  void anyReport_oneLinePerFinding_afterTheVerdict_inOneLanguage() {
    qt().withExamples(500)
        .forAll(RegulationGenerators.reports())
        .checkAssert(
            report -> {
              for (Locale locale : List.of(Locale.FRENCH, Locale.ENGLISH)) {
                List<String> lines = report.message(locale).lines().toList();
                assertThat(lines).hasSize(report.findings().size() + 1);
                for (int i = 0; i < report.findings().size(); i++) {
                  Finding f = report.findings().get(i);
                  String line = lines.get(i + 1);
                  assertThat(line)
                      .startsWith(
                          f.severity().message(locale).toUpperCase(locale)
                              + " ["
                              + f.code().code()
                              + "] ")
                      .contains(f.message(locale));
                  f.bases().forEach(b -> assertThat(line).contains(b.text()));
                }
                String verdict = " " + lines.get(0) + " ";
                if (locale == Locale.FRENCH) {
                  OneLanguage.assertFrench("verdict", verdict);
                  assertThat(verdict).contains(report.isCompliant() ? "Conforme" : "Non conforme");
                } else {
                  OneLanguage.assertEnglish("verdict", verdict);
                  assertThat(verdict)
                      .contains(report.isCompliant() ? "Compliant" : "Not compliant");
                }
              }
            });
  }
}
