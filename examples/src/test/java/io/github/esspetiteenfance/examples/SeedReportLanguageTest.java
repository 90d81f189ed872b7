package io.github.esspetiteenfance.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.esspetiteenfance.establishment.Establishment;
import io.github.esspetiteenfance.examples.SeedDataset.Portrait;
import io.github.esspetiteenfance.legal.LegalBases;
import io.github.esspetiteenfance.legal.LegalBasis;
import io.github.esspetiteenfance.network.Networks;
import io.github.esspetiteenfance.testing.OneLanguage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One language per report (issue 15.6): the whole seed report, rendered in French, holds no English
 * marker word, and rendered in English no French one ({@link OneLanguage}), except in names of
 * texts and organizations, which are shown as they are in every language.
 *
 * <p>Names come from two places. Most are read from the data, where they are names by their field:
 * the titles and articles of the legal bases (official French wording, issue 15.6), the names of
 * the dataset's organizations, establishments, predecessors and partners, and of the reference
 * networks. The others are in {@link #NAMES}, each with why; {@link
 * #names_eachExplicitName_isShown} keeps that list from growing stale.
 */
class SeedReportLanguageTest {

  /** Names that appear inside the free texts or the wording of the report, each with why. */
  static final List<String> NAMES =
      List.of(
          // the title of the seed text, quoted in the report's title and its source line
          "Accompagner la petite enfance et la parentalité",
          // the région's name (also inside CRESS Pays de la Loire and the networks' names)
          "Pays de la Loire",
          // the official name of the SCOP status (loi 78-763), in the declared legal form
          "Société coopérative et participative",
          // the name of Vista's division, quoted in its portrait
          "Pôle Enfance et parentalité");

  private static final List<String> ALL_NAMES = allNames();

  @ParameterizedTest
  @ValueSource(strings = {"2024-10-01", "2026-06-01", "2026-09-01", "2026-12-04"})
  void report_inFrench_holdsNoEnglishSentence(String date) {
    String report = report("fr", date);

    assertThat(report).contains("Une crèche coopérative et écocitoyenne").contains("Origine : ");
    for (String line : report.split("\\R")) {
      assertFrench("French report, " + date, line);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"2024-10-01", "2026-06-01", "2026-09-01", "2026-12-04"})
  void report_inEnglish_holdsNoFrenchSentence(String date) {
    String report = report("en", date);

    assertThat(report)
        .contains("A cooperative, eco-citizen crèche")
        .contains("translations by the project")
        .contains("Origin: Born of the merger")
        .contains("Milestone (2023-12, pilot): A pop-up sale to test the project.")
        .contains("34,400 member families; 600 local associations; more than 100,000");
    for (String line : report.split("\\R")) {
      assertEnglish("English report, " + date, line);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"fr", "en"})
  void names_eachExplicitName_isShown(String language) {
    String report = report(language, "2026-06-01");

    assertThat(NAMES).allSatisfy(name -> assertThat(report).contains(name));
  }

  /**
   * Fails if a text a French reader sees holds an English marker word outside the names.
   *
   * @param what what the text is
   * @param text the text
   */
  static void assertFrench(String what, String text) {
    OneLanguage.assertFrench(what, withoutNames(text));
  }

  /**
   * Fails if a text an English reader sees holds a French marker word outside the names.
   *
   * @param what what the text is
   * @param text the text
   */
  static void assertEnglish(String what, String text) {
    OneLanguage.assertEnglish(what, withoutNames(text));
  }

  private static String withoutNames(String text) {
    String rest = text;
    for (String name : ALL_NAMES) {
      rest = rest.replace(name, "⟨name⟩");
    }
    return rest;
  }

  private static List<String> allNames() {
    List<String> names = new ArrayList<>(NAMES);
    for (LegalBasis basis : LegalBases.all().values()) {
      names.add(basis.text());
      names.add(basis.article());
    }
    SeedDataset dataset = SeedDataset.bundled();
    for (Portrait portrait : dataset.portraits()) {
      names.add(portrait.organization().name());
      portrait.organization().origin().ifPresent(o -> names.addAll(o.predecessors()));
      for (Establishment establishment : portrait.establishments()) {
        names.add(establishment.name());
        establishment.partners().forEach(p -> names.add(p.name()));
      }
    }
    Networks.reference().forEach(n -> names.add(n.name()));
    return names.stream()
        .filter(n -> !n.isBlank())
        .distinct()
        .sorted(Comparator.comparingInt(String::length).reversed())
        .toList();
  }

  private static String report(String language, String date) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        PaysDeLaLoireReport.run(
            new String[] {"--lang", language, "--date", date},
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(status).isZero();
    assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    return out.toString(StandardCharsets.UTF_8);
  }
}
