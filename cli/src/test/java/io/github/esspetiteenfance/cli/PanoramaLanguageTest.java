package io.github.esspetiteenfance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.esspetiteenfance.cli.Runs.Outcome;
import io.github.esspetiteenfance.testing.OneLanguage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One language per output (issue 15.6): the panorama of the example list (compared with DREES) and
 * of the SIRENE fixture pair (compared with the seed's figures and ESS France's), printed in
 * French, holds no English marker word, and printed in English no French one ({@link OneLanguage}),
 * except in the names of the publications and organizations of {@link #NAMES}.
 */
class PanoramaLanguageTest {

  /** Names shown as they are in every language, each with why. */
  private static final List<String> NAMES =
      List.of(
          // the seed text, publication of the regional figures
          "Accompagner la petite enfance et la parentalité",
          // ESS France's publication of the national figures
          "« Chiffre de la semaine »",
          // DREES's publication of the département figures
          "L'offre d'accueil du jeune enfant",
          // the région's name (also in CRESS Pays de la Loire)
          "Pays de la Loire");

  private static final Path EXAMPLES = Path.of("examples");

  @Test
  void panorama_ofTheExampleList_isInOneLanguage() {
    List<String> args =
        List.of(
            "panorama",
            "--list",
            EXAMPLES.resolve("creches-exemple.csv").toString(),
            "--mapping",
            EXAMPLES.resolve("creches-exemple.mapping.csv").toString(),
            "--date",
            "2026-06-01");
    check(args, "DREES, L'offre d'accueil du jeune enfant (");
  }

  @Test
  void panorama_ofSirene_isInOneLanguage(@TempDir Path dir) throws IOException {
    List<String> args =
        List.of(
            "panorama",
            "--etablissements",
            copy("stock-etablissement-2026-fixture.csv", dir).toString(),
            "--unites-legales",
            copy("stock-unite-legale-2026-fixture.csv", dir).toString());
    check(args, "CRESS Pays de la Loire, « Accompagner la petite enfance et la parentalité » (");
    check(args, "ESS France, « Chiffre de la semaine » : 3 EAJE sur 10 (");
  }

  /** Runs the panorama in both languages and checks every line it prints (accounting included). */
  private static void check(List<String> args, String source) {
    Outcome fr = run(args, "fr");
    assertThat(fr.out())
        .contains("Comparaison avec les chiffres publiés")
        .contains(source + "confiance : ")
        .doesNotContain("UNCONFIRMED", "SECONDARY");
    for (String line : (fr.out() + fr.err()).split("\\R")) {
      OneLanguage.assertFrench("French panorama", withoutNames(line));
    }
    Outcome en = run(args, "en");
    assertThat(en.out())
        .contains("Comparison with published figures")
        .contains(source + "confidence: ")
        .doesNotContain("UNCONFIRMED", "SECONDARY");
    for (String line : (en.out() + en.err()).split("\\R")) {
      OneLanguage.assertEnglish("English panorama", withoutNames(line));
    }
  }

  private static Outcome run(List<String> args, String language) {
    List<String> all = new ArrayList<>(args);
    all.addAll(List.of("--lang", language));
    Outcome outcome = Runs.run(all.toArray(String[]::new));
    assertThat(outcome.status()).isIn(ExitCode.DONE, ExitCode.DATA_PROBLEMS);
    return outcome;
  }

  private static String withoutNames(String line) {
    String rest = line;
    for (String name : NAMES) {
      rest = rest.replace(name, "⟨name⟩");
    }
    return rest;
  }

  private static Path copy(String resource, Path dir) throws IOException {
    Path target = dir.resolve(resource);
    try (InputStream in = PanoramaLanguageTest.class.getResourceAsStream(resource)) {
      Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
    }
    return target;
  }
}
