package io.github.esspetiteenfance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.esspetiteenfance.establishment.Establishment;
import io.github.esspetiteenfance.examples.SeedDataset;
import io.github.esspetiteenfance.json.EssJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code export} subcommand: the seed in the three formats, a dataset file, errors. */
class ExportCommandTest {

  @TempDir Path dir;

  private record Outcome(int status, String out, String err) {}

  private static Outcome run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        Main.run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            false);
    return new Outcome(
        status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void export_seedInEveryFormat_writesTheFourPortraits() throws IOException {
    for (String format : List.of("data-inclusion", "hsds", "schema-org")) {
      Outcome o =
          run("export", "--format", format, "--out", dir.toString(), "--date", "2026-12-01");
      assertThat(o.status()).as(o.err()).isEqualTo(ExitCode.DONE);
      assertThat(o.err()).contains(format + " : 10 établissement(s) exporté(s), 0 non exporté(s)");
      assertThat(o.out()).contains("export-report.json");
      JsonNode account =
          EssJson.mapper().readTree(dir.resolve(format).resolve("export-report.json").toFile());
      assertThat(account.get("exportedCount").asInt()).isEqualTo(10);
    }
    String structures = Files.readString(dir.resolve("data-inclusion/structures.json"));
    assertThat(structures)
        .contains("MicroScop")
        .contains("Les Polichinelles")
        .contains("Inalta")
        .contains("Vista")
        .contains("\"date_maj\" : \"2026-12-01\"");
    assertThat(Files.readString(dir.resolve("hsds/services.json"))).contains("Inalta");
    assertThat(Files.list(dir.resolve("schema-org")).count()).isEqualTo(11);
  }

  @Test
  void export_arrayOfEstablishmentsInEnglish_reportsDuplicates() throws IOException {
    Path file = dir.resolve("establishments.json");
    Establishment first = SeedDataset.bundled().portraits().get(0).establishments().get(0);
    Files.writeString(file, EssJson.encode(List.of(first, first)));
    Outcome o =
        run(
            "export",
            "--format",
            "schema-org",
            "--dataset",
            file.toString(),
            "--out",
            dir.resolve("out").toString(),
            "--lang",
            "en");
    assertThat(o.status()).isEqualTo(ExitCode.DATA_PROBLEMS);
    assertThat(o.err())
        .contains("schema-org: 1 establishment(s) exported, 1 not exported")
        .contains("same natural key");
  }

  @Test
  void export_badFormatOrFile_isAUsageOrDataError() throws IOException {
    Outcome badFormat = run("export", "--format", "csv", "--out", dir.toString());
    assertThat(badFormat.status()).isEqualTo(ExitCode.USAGE);
    assertThat(badFormat.err()).contains("csv").contains("data-inclusion, hsds, schema-org");
    Outcome missing =
        run("export", "--format", "hsds", "--dataset", dir.resolve("nope.json").toString());
    assertThat(missing.status()).isEqualTo(ExitCode.USAGE);
    Path invalid = Files.writeString(dir.resolve("invalid.json"), "[{\"name\": \"x\"}]");
    Outcome bad = run("export", "--format", "hsds", "--dataset", invalid.toString());
    assertThat(bad.status()).isEqualTo(ExitCode.DATA_PROBLEMS);
    Outcome noFormat = run("export");
    assertThat(noFormat.status()).isEqualTo(ExitCode.USAGE);
  }

  @Test
  void exportHelp_inBothLanguages() {
    assertThat(run("export", "--help").out()).contains("data·inclusion").contains("--format");
    assertThat(run("export", "--help", "--lang", "en").out())
        .contains("Writes a dataset")
        .contains("--out");
  }
}
