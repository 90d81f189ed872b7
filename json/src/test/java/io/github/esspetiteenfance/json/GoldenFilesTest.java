package io.github.esspetiteenfance.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.esspetiteenfance.json.testmodel.TestModel;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The canonical encoding of reference objects does not change unnoticed. After an intended change
 * of the format, run the build with {@code -Dgolden.update=true} to rewrite the files, and review
 * the diff.
 */
class GoldenFilesTest {

  static Stream<Arguments> goldenFiles() {
    return Stream.of(
        Arguments.of(
            "legal-basis",
            Fixtures.CSP,
            EssJson.reader(io.github.esspetiteenfance.legal.LegalBasis.class),
            JsonModel.standard()),
        Arguments.of(
            "legal-basis-closed",
            Fixtures.CIRCULAIRE,
            EssJson.reader(io.github.esspetiteenfance.legal.LegalBasis.class),
            JsonModel.standard()),
        Arguments.of("catalog", Fixtures.catalog(), Fixtures.catalogReader(), TestModel.MODEL),
        Arguments.of(
            "establishment",
            io.github.esspetiteenfance.testing.SeedPortraits.lesPolichinelles(),
            EssJson.reader(io.github.esspetiteenfance.establishment.Establishment.class),
            JsonModel.standard()),
        Arguments.of(
            "structure",
            StandardFixtures.microCreche(),
            EssJson.reader(io.github.esspetiteenfance.structure.Structure.class),
            JsonModel.standard()),
        Arguments.of(
            "organization",
            StandardFixtures.association(),
            EssJson.reader(io.github.esspetiteenfance.organization.Organization.class),
            JsonModel.standard()),
        Arguments.of(
            "indicator",
            StandardFixtures.indicator(),
            EssJson.reader(io.github.esspetiteenfance.indicator.Indicator.class),
            JsonModel.standard()),
        Arguments.of(
            "family",
            StandardFixtures.family(),
            EssJson.reader(io.github.esspetiteenfance.fee.Family.class),
            JsonModel.standard()),
        Arguments.of(
            "monthly-contract",
            StandardFixtures.contract(),
            EssJson.reader(io.github.esspetiteenfance.fee.MonthlyContract.class),
            JsonModel.standard()),
        Arguments.of(
            "hourly-rate",
            StandardFixtures.hourlyRate(),
            EssJson.reader(io.github.esspetiteenfance.fee.HourlyRate.class),
            JsonModel.standard()),
        Arguments.of(
            "compliance-report",
            StandardFixtures.complianceReport(),
            EssJson.reader(io.github.esspetiteenfance.regulation.ComplianceReport.class),
            JsonModel.standard()),
        Arguments.of(
            "finding",
            StandardFixtures.finding(),
            EssJson.reader(io.github.esspetiteenfance.diagnostic.Finding.class),
            JsonModel.standard()),
        Arguments.of(
            "consistency-report",
            StandardFixtures.consistencyReport(),
            EssJson.reader(io.github.esspetiteenfance.indicator.ConsistencyReport.class),
            JsonModel.standard()),
        Arguments.of(
            "indicator-finding",
            StandardFixtures.indicatorFinding(),
            EssJson.reader(io.github.esspetiteenfance.diagnostic.Finding.class),
            JsonModel.standard()),
        Arguments.of(
            "network",
            StandardFixtures.network(),
            EssJson.reader(io.github.esspetiteenfance.network.Network.class),
            JsonModel.standard()));
  }

  static String golden(String name) throws IOException {
    try (InputStream in = GoldenFilesTest.class.getResourceAsStream("/golden/" + name + ".json")) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static String pretty(Object value, JsonModel model) throws IOException {
    ObjectMapper mapper = EssJson.mapper(model, JsonLimits.defaults());
    return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(value).replace("\r\n", "\n")
        + "\n";
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldenFiles")
  void encode_referenceObject_matchesItsGoldenFile(
      String name, Object value, EssJsonReader<?> reader, JsonModel model) throws IOException {
    String actual = pretty(value, model);
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(
          Path.of("src/test/resources/golden", name + ".json"), actual, StandardCharsets.UTF_8);
    }
    String expected = golden(name);
    assertThat(expected)
        .as("golden file %s.json (run with -Dgolden.update=true)", name)
        .isNotNull();
    assertThat(actual).isEqualTo(expected.replace("\r\n", "\n"));
    assertThat((Object) reader.read(expected)).isEqualTo(value);
  }
}
