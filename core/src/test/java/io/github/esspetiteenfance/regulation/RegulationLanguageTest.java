package io.github.esspetiteenfance.regulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.esspetiteenfance.diagnostic.Finding;
import io.github.esspetiteenfance.legal.LegalBasis;
import io.github.esspetiteenfance.testing.OneLanguage;
import io.github.esspetiteenfance.testing.RegulationGenerators;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every finding the regulatory checker produces on generated structures and establishments reads in
 * one language (issue 15.6): its message and the descriptions of its legal bases hold no marker
 * word of English in French, nor of French in English ({@link OneLanguage}). Every offending text
 * is listed at once.
 */
class RegulationLanguageTest {

  @Test
  void everyFinding_onGeneratedStructures_readsInOneLanguage() {
    Set<Object> seen = new HashSet<>();
    Set<String> mixed = new TreeSet<>();
    qt().withExamples(2000)
        .forAll(RegulationGenerators.reports())
        .checkAssert(
            report -> {
              for (Finding finding : report.findings()) {
                seen.add(finding.code());
                check(mixed, "FR " + finding.code(), finding.message(Locale.FRENCH), true);
                check(mixed, "EN " + finding.code(), finding.message(Locale.ENGLISH), false);
                for (LegalBasis basis : finding.bases()) {
                  check(mixed, "FR " + basis, basis.description(Locale.FRENCH), true);
                  check(mixed, "EN " + basis, basis.description(Locale.ENGLISH), false);
                }
              }
            });
    assertThat(mixed).as("texts holding a marker word of the other language").isEmpty();
    // the generators reach a good share of the codes, so the test is not vacuous
    assertThat(seen).hasSizeGreaterThan(FindingCode.values().length / 3);
  }

  private static void check(Set<String> mixed, String what, String text, boolean french) {
    try {
      if (french) {
        OneLanguage.assertFrench(what, text);
      } else {
        OneLanguage.assertEnglish(what, text);
      }
    } catch (AssertionError e) {
      mixed.add(what + ": " + text);
    }
  }
}
