package io.github.esspetiteenfance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.esspetiteenfance.cli.Runs.Outcome;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command-line tool run through picocli ({@link Main#run}) with captured output: the report,
 * the help in both languages, the panorama of the example list and of a SIRENE fixture pair, the
 * formats, and the exit codes.
 */
class MainTest {

  private static final Path EXAMPLES = Path.of("examples");
  private static final String LIST = EXAMPLES.resolve("creches-exemple.csv").toString();
  private static final String MAPPING = EXAMPLES.resolve("creches-exemple.mapping.csv").toString();

  @Test
  void noCommand_printsTheSeedReportInFrench() {
    Outcome o = Runs.run();
    assertThat(o.status()).isEqualTo(ExitCode.DONE);
    assertThat(o.out())
        .contains("Pays de la Loire")
        .contains("Panorama régional")
        .contains("entre 536 et 548 EAJE");
  }

  @Test
  void report_inEnglish_onADate() {
    Outcome o = Runs.run("report", "--lang", "en", "--date", "2026-06-01");
    assertThat(o.status()).isEqualTo(ExitCode.DONE);
    assertThat(o.out()).contains("2026-06-01").contains("between 536 and 548");
  }

  @Test
  void report_invalidDataset_exitsWithDataProblems(@TempDir Path dir) throws IOException {
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{\"title\": 3}");
    Outcome o = Runs.run("report", "--dataset", bad.toString());
    assertThat(o.status()).isEqualTo(ExitCode.DATA_PROBLEMS);
    assertThat(o.err()).isNotBlank();
  }

  @Test
  void help_inFrenchByDefault_inEnglishWithLangEn() {
    Outcome fr = Runs.run("--help");
    assertThat(fr.status()).isEqualTo(ExitCode.DONE);
    assertThat(fr.out()).contains("Codes de sortie").contains("panorama").contains("report");
    Outcome en = Runs.run("--help", "--lang", "en");
    assertThat(en.out()).contains("Exit codes").contains("Shows this help");
    Outcome panorama = Runs.run("panorama", "--help", "--lang=en");
    assertThat(panorama.out())
        .contains("--etablissements")
        .contains("--list")
        .contains("--mapping")
        .contains("--no-secrecy")
        .contains("statistical");
  }

  @Test
  void wrongUsage_exitsWith2() {
    assertThat(Runs.run("--nonsense").status()).isEqualTo(ExitCode.USAGE);
    assertThat(Runs.run("panorama").status()).isEqualTo(ExitCode.USAGE);
    assertThat(Runs.run("panorama", "--list", LIST).status()).isEqualTo(ExitCode.USAGE);
    assertThat(
            Runs.run("panorama", "--list", LIST, "--mapping", MAPPING, "--format", "pdf").status())
        .isEqualTo(ExitCode.USAGE);
    Outcome region = Runs.run("panorama", "--list", LIST, "--mapping", MAPPING, "--region", "99");
    assertThat(region.status()).isEqualTo(ExitCode.USAGE);
  }

  @Test
  void unreadableInput_exitsWith2AndSaysWhy() {
    Outcome missing = Runs.run("panorama", "--list", "no-such-file.csv", "--mapping", MAPPING);
    assertThat(missing.status()).isEqualTo(ExitCode.USAGE);
    assertThat(missing.err()).contains("no-such-file.csv").contains("opendata.file.unreadable");
    Outcome mapping = Runs.run("panorama", "--list", LIST, "--mapping", LIST);
    assertThat(mapping.status()).isEqualTo(ExitCode.USAGE);
    assertThat(mapping.err()).contains("list.mapping");
  }

  @Test
  void panorama_exampleList_accountsForEveryRow_checksAndCompares() {
    Outcome o = Runs.run("panorama", "--list", LIST, "--mapping", MAPPING, "--date", "2026-06-01");

    assertThat(o.status()).isEqualTo(ExitCode.DATA_PROBLEMS);
    assertThat(o.err())
        .contains("lues 16 = acceptées 10 + écartées 3")
        .contains("type écarté par la correspondance 1")
        .contains("gestionnaire de statut inconnu 2")
        .contains("rejetées 3")
        .contains("ligne 15, colonne Nb places")
        .contains("ERREUR [regulation.capacity.parental]")
        .contains("regulation.capacity.micro-creche");
    assertThat(o.out())
        .contains("44 Loire-Atlantique")
        .containsPattern("ESS parmi toutes \\(établissements\\) +50[\\s\\u00a0\\u202f]%")
        .contains("publié 434");
  }

  @Test
  void panorama_exampleList_csvAndJsonInEnglish() throws IOException {
    Outcome csv =
        Runs.run(
            "panorama", "--list", LIST, "--mapping", MAPPING, "--format", "csv", "--no-secrecy");
    assertThat(csv.out().lines().findFirst().orElseThrow()).startsWith("territory_level,");
    assertThat(csv.out()).contains("DEPARTEMENT,44,Loire-Atlantique,NAF:88.91A,ESTABLISHMENTS");

    Outcome json =
        Runs.run(
            "panorama", "--list", LIST, "--mapping", MAPPING, "--format", "json", "--lang", "en");
    JsonNode root = new ObjectMapper().readTree(json.out());
    assertThat(root.get("accounting").get(0).get("read").asLong()).isEqualTo(16);
    assertThat(root.get("accounting").get(0).get("accepted").asLong()).isEqualTo(10);
    assertThat(root.get("sections").get(0).get("territory").get("code").asText()).isEqualTo("44");
    assertThat(root.get("comparisons")).hasSize(2);
    assertThat(json.err()).contains("read 16 = accepted 10 + filtered 3");
  }

  @Test
  void panorama_csv_comparisonsNeverDroppedSilently(@TempDir Path dir) throws IOException {
    Outcome csv =
        Runs.run(
            "panorama", "--list", LIST, "--mapping", MAPPING, "--format", "csv", "--lang", "en");
    assertThat(csv.err())
        .contains(
            "2 comparison(s) with published figures do not fit in this CSV: add --comparisons-csv"
                + " FILE");
    assertThat(csv.out()).doesNotContain("published");

    Path file = dir.resolve("comparisons.csv");
    Outcome written =
        Runs.run(
            "panorama",
            "--list",
            LIST,
            "--mapping",
            MAPPING,
            "--format",
            "csv",
            "--comparisons-csv",
            file.toString());
    assertThat(written.err())
        .contains("2 comparaison(s) avec des chiffres publiés écrites dans " + file)
        .doesNotContain("ne tiennent pas");
    List<String> rows = Files.readAllLines(file, StandardCharsets.UTF_8);
    assertThat(rows).hasSize(3);
    assertThat(rows.get(0))
        .startsWith("published_id,territory_level,territory_code,territory_name,measure,")
        .endsWith(",agrees,summary");
    int columns = rows.get(0).split(",").length;
    assertThat(rows.get(1)).contains(",DEPARTEMENT,44,Loire-Atlantique,").contains(",DREES,");
    assertThat(rows.subList(1, 3))
        .allSatisfy(
            row -> assertThat(row).matches(".*,(true|false),[^,]*$|.*,(true|false),\".*\"$"));
    assertThat(columns).isEqualTo(15);

    Outcome unwritable =
        Runs.run(
            "panorama",
            "--list",
            LIST,
            "--mapping",
            MAPPING,
            "--comparisons-csv",
            dir.resolve("no-such-dir").resolve("c.csv").toString());
    assertThat(unwritable.status()).isEqualTo(ExitCode.USAGE);
    assertThat(unwritable.err()).contains("Écriture impossible dans");
  }

  @Test
  void panorama_sireneFixturePair_accountsForBothFiles(@TempDir Path dir) throws IOException {
    Path etablissements = copy("stock-etablissement-2026-fixture.csv", dir);
    Path unitesLegales = copy("stock-unite-legale-2026-fixture.csv", dir);

    Outcome o =
        Runs.run(
            "panorama",
            "--etablissements",
            etablissements.toString(),
            "--unites-legales",
            unitesLegales.toString(),
            "--no-secrecy",
            "--lang",
            "en");

    assertThat(o.status()).isIn(ExitCode.DONE, ExitCode.DATA_PROBLEMS);
    assertThat(o.err())
        .contains("stock-etablissement-2026-fixture.csv: read ")
        .contains("stock-unite-legale-2026-fixture.csv: read ");
    assertThat(o.out())
        .contains("France — sector NAF:88.91A")
        .contains("Comparison with published");
  }

  @Test
  void panorama_sireneMissingColumn_exitsWith2(@TempDir Path dir) throws IOException {
    Path etablissements = dir.resolve("e.csv");
    Files.writeString(etablissements, "siren,nic\n123456789,00012\n");
    Path unitesLegales = copy("stock-unite-legale-2026-fixture.csv", dir);
    Outcome o =
        Runs.run(
            "panorama",
            "--etablissements",
            etablissements.toString(),
            "--unites-legales",
            unitesLegales.toString());
    assertThat(o.status()).isEqualTo(ExitCode.USAGE);
    assertThat(o.err()).contains("opendata.column.missing");
  }

  private static Path copy(String resource, Path dir) throws IOException {
    Path target = dir.resolve(resource);
    try (InputStream in = MainTest.class.getResourceAsStream(resource)) {
      Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
    }
    return target;
  }

  @Test
  void export_seedToDataInclusion_printsTheDocumentsAndTheAccount() throws IOException {
    Outcome o = Runs.run("export", "--format", "data-inclusion", "--date", "2026-06-01");
    assertThat(o.status()).isIn(ExitCode.DONE, ExitCode.DATA_PROBLEMS);
    JsonNode root = new ObjectMapper().readTree(o.out());
    assertThat(root.fieldNames()).toIterable().contains("structures");
    assertThat(o.err()).contains("data-inclusion");
  }

  @Test
  void export_listToSchemaOrg_writesFilesUnderOut(@TempDir Path dir) {
    Outcome o =
        Runs.run(
            "export",
            "--format",
            "schema-org",
            "--list",
            LIST,
            "--mapping",
            MAPPING,
            "--out",
            dir.toString(),
            "--lang",
            "en");
    assertThat(o.status()).isEqualTo(ExitCode.DATA_PROBLEMS);
    assertThat(o.err()).contains("read 16 = accepted 10");
    assertThat(dir.resolve("schema-org").resolve("export-report.json")).isRegularFile();
    assertThat(o.out().lines().count()).isGreaterThan(1);
  }

  @Test
  void export_unknownFormat_exitsWith2() {
    assertThat(Runs.run("export", "--format", "xml").status()).isEqualTo(ExitCode.USAGE);
    assertThat(Runs.run("export").status()).isEqualTo(ExitCode.USAGE);
  }

  @Test
  void panorama_publishedFiguresFile_isComparedToo(@TempDir Path dir) throws IOException {
    Path sources = dir.resolve("sources.csv");
    Path figures = dir.resolve("figures.csv");
    Files.writeString(
        sources,
        "source,publisher,dataset,vintage,url,confidence,note\n"
            + "obs,Observatoire test,Liste test,2025,,SECONDARY,\"\"\n",
        StandardCharsets.UTF_8);
    Files.writeString(
        figures,
        "set,set_title,id,measure,territory,period,population,base,value,source,quote\n"
            + "t,Test,t-ess,ESTABLISHMENTS,departement:44,2025,NAF:88.91A/ESS,,count:5,obs,\"5\"\n",
        StandardCharsets.UTF_8);
    Outcome o =
        Runs.run(
            "panorama",
            "--list",
            LIST,
            "--mapping",
            MAPPING,
            "--compare",
            "none",
            "--published-figures",
            figures.toString(),
            "--published-sources",
            sources.toString());
    assertThat(o.out()).contains("1 concordent, 0 s'écartent").contains("Observatoire test");
    assertThat(
            Runs.run(
                    "panorama",
                    "--list",
                    LIST,
                    "--mapping",
                    MAPPING,
                    "--published-figures",
                    figures.toString())
                .status())
        .isEqualTo(ExitCode.USAGE);
  }
}
