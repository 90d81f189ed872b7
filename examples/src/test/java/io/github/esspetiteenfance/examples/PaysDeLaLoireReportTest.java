package io.github.esspetiteenfance.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PaysDeLaLoireReportTest {

  private record Result(int status, String out, String err) {}

  private static Result run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        PaysDeLaLoireReport.run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Result(
        status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void run_default_printsTheFrenchReport() {
    Result result = run("--date", "2026-06-01");

    assertThat(result.status()).isZero();
    assertThat(result.err()).isEmpty();
    assertThat(result.out())
        .contains("ESS, petite enfance et parentalité en Pays de la Loire")
        .contains("- 52 Pays de la Loire, NAF:88.91A, ESS : 233 établissements")
        .contains("239 emplois (publié, non confirmé)")
        .contains("ils peuvent être tous vrais")
        .contains("la région compte entre 536 et 548 EAJE")
        .contains("d'associations parmi 233 EAJE ESS → entre 186 et 187 EAJE associatifs")
        .contains("* MicroScop")
        .contains("* Les Polichinelles")
        .contains("* Inalta")
        .contains("* Vista")
        .contains("Réseau : Pôle ESS Vendée (accompagnement à la création)")
        .contains("34 400 familles adhérentes")
        .contains("Familles Rurales")
        .contains("URIOPSS Pays de la Loire")
        .contains("Participation mensuelle : 1,55 € × 156,67 h = 242,83 €")
        .contains("Jeu de données pays-de-la-loire.json lu par le module json")
        .contains("6 chiffres publiés, 4 réseaux, 4 portraits, 10 établissements ; aucun problème")
        .contains(
            "Statut : Société coopérative et participative (SCOP), forme de société non précisée, déclaré par la source")
        .contains("Famille ESS : Coopérative ; dans l'ESS (loi 2014-856, art. 1) : oui")
        .contains(
            "- MicroScop : micro-crèche — Monnières (44100), Saint-Hilaire-de-Clisson (44165)")
        .contains("Au 2026-06-01, information : capacité et catégorie")
        .contains("- Vista – maison parentale de Challans : maison parentale — Challans (85047)")
        .contains("4 professionnels par le taux d'encadrement")
        .contains("3 professionnels par le taux d'encadrement")
        .doesNotContain("SIREN : 0", "SIRET");
  }

  @Test
  void run_langEn_printsTheEnglishReport() {
    Result result = run("--lang", "en", "--date", "2026-06-01");

    assertThat(result.status()).isZero();
    assertThat(result.out())
        .contains("1. Regional panorama (published figures)")
        .contains("the region has between 536 and 548 EAJE")
        .contains("the sector has between 6,819 and 6,965 jobs")
        .contains("Monthly fee: €1.55 × 156.67 h = €242.83")
        .contains("ESS family: Cooperative; in the ESS (loi 2014-856, art. 1): yes")
        .contains("Option \"1 per 6 children\": 3 professionals by the ratio")
        .doesNotContain("Panorama régional");
  }

  @Test
  void run_unknownArgument_exitsWithUsage() {
    Result result = run("--colour");

    assertThat(result.status()).isEqualTo(PaysDeLaLoireReport.EXIT_USAGE);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).contains("Usage:");
  }

  @Test
  void run_unreadableDataset_failsLoudly() {
    Result result = run("--dataset", "does-not-exist.json");

    assertThat(result.status()).isEqualTo(PaysDeLaLoireReport.EXIT_INVALID_DATASET);
    assertThat(result.out()).isEmpty();
    assertThat(result.err())
        .contains("Jeu de données invalide (does-not-exist.json)")
        .contains("[examples.dataset.unreadable]");
  }

  @Test
  void run_bundledDocumentGivenAsFile_printsTheReport(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("copy.json");
    Files.writeString(file, bundledText(), StandardCharsets.UTF_8);

    Result result = run("--dataset", file.toString(), "--date", "2026-06-01");

    assertThat(result.status()).isZero();
    assertThat(result.out()).contains("Jeu de données " + file + " lu par le module json");
  }

  @Test
  void run_documentWithInvalidValues_failsWithEveryPointer(@TempDir Path dir) throws IOException {
    String invalid =
        bundledText()
            .replace("\"name\" : \"MicroScop\",", "\"name\" : \"MicroScop\", \"siren\" : \"123\",")
            .replace("\"ages\" : {\n", "\"colour\" : \"blue\", \"ages\" : {\n");
    Path file = dir.resolve("invalid.json");
    Files.writeString(file, invalid, StandardCharsets.UTF_8);

    Result result = run("--dataset", file.toString(), "--lang", "en");

    assertThat(result.status()).isEqualTo(PaysDeLaLoireReport.EXIT_INVALID_DATASET);
    assertThat(result.out()).isEmpty();
    assertThat(result.err())
        .contains("Invalid dataset (" + file + "): no report is produced.")
        .contains("/portraits/0/establishments/0/operator/siren [")
        .contains("/structure/colour [json.property.unknown]");
  }

  @Test
  void run_documentWithContradictoryFigures_failsWithTheContradiction(@TempDir Path dir)
      throws IOException {
    // 0 ESS EAJE cannot be 43 % of the region's EAJE
    String contradictory = bundledText().replaceFirst("\"value\" : 233\\b", "\"value\" : 0");
    assertThat(contradictory).isNotEqualTo(bundledText());
    Path file = dir.resolve("contradictory.json");
    Files.writeString(file, contradictory, StandardCharsets.UTF_8);

    Result result = run("--dataset", file.toString());

    assertThat(result.status()).isEqualTo(PaysDeLaLoireReport.EXIT_INVALID_DATASET);
    assertThat(result.out()).isEmpty();
    assertThat(result.err())
        .contains("[examples.dataset.figures-inconsistent]")
        .contains("Les chiffres publiés « pdl-eaje-seed » se contredisent");
  }

  private static String bundledText() throws IOException {
    try (var in = SeedDataset.class.getResourceAsStream("pays-de-la-loire.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
