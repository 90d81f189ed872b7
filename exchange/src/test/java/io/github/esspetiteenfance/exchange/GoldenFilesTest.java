package io.github.esspetiteenfance.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.esspetiteenfance.examples.SeedDataset;
import io.github.esspetiteenfance.json.EssJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The four seed portraits in each format equal the golden files {@code
 * golden/<format>/<portrait>.json}: the documents of the portrait's establishments by collection,
 * then the export account. Run with {@code -Dexchange.golden.update=true} to rewrite them (then
 * review the diff).
 */
class GoldenFilesTest {

  private static final Path SOURCE = Path.of("src/test/resources/golden");

  static List<Arguments> cases() {
    List<Arguments> all = new ArrayList<>();
    for (ExchangeFormat format : ExchangeFormat.values()) {
      for (SeedDataset.Portrait p : SeedDataset.bundled().portraits()) {
        all.add(Arguments.of(format, p));
      }
    }
    return all;
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("cases")
  void seedPortrait_export_equalsGoldenFile(ExchangeFormat format, SeedDataset.Portrait portrait)
      throws IOException {
    ExportReport report =
        Exporter.export(portrait.establishments(), format, OfficialSchemaPropertyTest.OPTIONS);
    ObjectNode actual = Json.object();
    Exporter.collections(report.exported()).forEach(actual::set);
    actual.set("account", Exporter.account(report, Locale.ENGLISH));
    String name = format.code() + "/" + Keys.slug(portrait.organization().name()) + ".json";
    String text = EssJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(actual);
    if (Boolean.getBoolean("exchange.golden.update")) {
      Files.createDirectories(SOURCE.resolve(format.code()));
      Files.writeString(SOURCE.resolve(name), text + "\n");
    }
    try (InputStream in = GoldenFilesTest.class.getResourceAsStream("/golden/" + name)) {
      assertThat(in).as("golden file %s", name).isNotNull();
      JsonNode expected =
          EssJson.mapper().readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      // compared as parsed text: numbers written from BigDecimal read back as other node types
      assertThat(EssJson.mapper().readTree(text)).as(name).isEqualTo(expected);
    }
    report.exported().forEach(OfficialSchemas::assertValid);
  }
}
