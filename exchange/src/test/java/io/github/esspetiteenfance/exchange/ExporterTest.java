package io.github.esspetiteenfance.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.esspetiteenfance.establishment.Establishment;
import io.github.esspetiteenfance.establishment.EstablishmentBuilder;
import io.github.esspetiteenfance.json.EssJson;
import io.github.esspetiteenfance.testing.SeedPortraits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dataset exporter: files, account, what is not exported and why. */
class ExporterTest {

  @TempDir Path out;

  @Test
  void export_seedInEveryFormat_writesTheFilesAndTheAccount() throws IOException {
    List<Establishment> seed = OfficialSchemaPropertyTest.seed();
    for (ExchangeFormat f : ExchangeFormat.values()) {
      ExportReport report = Exporter.export(seed, f, out, OfficialSchemaPropertyTest.OPTIONS);
      assertThat(report.exported()).hasSize(10);
      assertThat(report.files()).allMatch(Files::isRegularFile);
      JsonNode account =
          EssJson.mapper().readTree(out.resolve(f.code()).resolve("export-report.json").toFile());
      assertThat(account.get("exportedCount").asInt()).isEqualTo(10);
      assertThat(report.message(Locale.ENGLISH)).startsWith(f.code() + ": 10 establishment(s)");
      assertThat(report.message(Locale.FRENCH)).startsWith(f.code() + " : 10 établissement(s)");
    }
    assertThat(EssJson.mapper().readTree(out.resolve("data-inclusion/structures.json").toFile()))
        .hasSize(10);
    assertThat(EssJson.mapper().readTree(out.resolve("data-inclusion/services.json").toFile()))
        .hasSize(11);
    assertThat(EssJson.mapper().readTree(out.resolve("hsds/services.json").toFile())).hasSize(10);
    try (var files = Files.list(out.resolve("schema-org"))) {
      assertThat(files.filter(p -> p.toString().endsWith(".jsonld"))).hasSize(10);
    }
  }

  @Test
  void export_sameKeyTwiceAndShortName_areNotExportedWithTheirReason() {
    Establishment microScop = SeedPortraits.microScop();
    Establishment shortName = EstablishmentBuilder.builder().from(microScop).name("MS").build();
    List<Establishment> list = new ArrayList<>(List.of(microScop, microScop, shortName));
    ExportReport report =
        Exporter.export(list, ExchangeFormat.DATA_INCLUSION, OfficialSchemaPropertyTest.OPTIONS);
    assertThat(report.exported()).hasSize(1);
    assertThat(report.notExported())
        .extracting(ExportReport.NotExported::code)
        .containsExactly("exchange.export.duplicate-key", "exchange.export.nom-length");
    assertThat(report.notExported().get(1).message(Locale.ENGLISH)).contains("3 to 150");
    assertThat(report.notExported().get(1).message(Locale.FRENCH)).contains("de 3 à 150");
    assertThat(
            Exporter.export(list, ExchangeFormat.HSDS, OfficialSchemaPropertyTest.OPTIONS)
                .exported())
        .hasSize(2);
  }

  @Test
  void export_unwritableDirectory_throwsWriteFailed() throws IOException {
    Path file = Files.writeString(out.resolve("a-file"), "x");
    ExchangeException e =
        catchThrowableOfType(
            ExchangeException.class,
            () ->
                Exporter.export(
                    List.of(SeedPortraits.microScop()),
                    ExchangeFormat.HSDS,
                    file,
                    OfficialSchemaPropertyTest.OPTIONS));
    assertThat(e.code()).isEqualTo("exchange.write.failed");
  }

  @Test
  void format_ofCode_readsEveryCodeAndRejectsOthers() {
    for (ExchangeFormat f : ExchangeFormat.values()) {
      assertThat(ExchangeFormat.ofCode(f.code())).isEqualTo(f);
    }
    ExchangeException e =
        catchThrowableOfType(ExchangeException.class, () -> ExchangeFormat.ofCode("csv"));
    assertThat(e.code()).isEqualTo("exchange.format.unknown");
    assertThat(e.message(Locale.FRENCH)).contains("data-inclusion, hsds, schema-org");
  }

  @Test
  void messages_everyCode_hasEnglishAndFrench() {
    for (Locale locale : List.of(Locale.ROOT, Locale.FRENCH)) {
      ResourceBundle bundle =
          ResourceBundle.getBundle("io.github.esspetiteenfance.exchange.messages", locale);
      for (ExchangeErrorCode code : ExchangeErrorCode.values()) {
        assertThat(bundle.containsKey(code.code())).as("%s %s", code, locale).isTrue();
      }
    }
    assertThat(ExchangeErrorCode.UNKNOWN_FORMAT.message(Locale.FRENCH, "format", "x", "y"))
        .contains("inconnu");
  }
}
