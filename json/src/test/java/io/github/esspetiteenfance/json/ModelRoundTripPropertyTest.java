package io.github.esspetiteenfance.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Schema;
import io.github.esspetiteenfance.diagnostic.Argument;
import io.github.esspetiteenfance.diagnostic.Finding;
import io.github.esspetiteenfance.establishment.Establishment;
import io.github.esspetiteenfance.indicator.Indicator;
import io.github.esspetiteenfance.indicator.Panorama;
import io.github.esspetiteenfance.indicator.Sector;
import io.github.esspetiteenfance.network.Network;
import io.github.esspetiteenfance.network.Networks;
import io.github.esspetiteenfance.organization.Organization;
import io.github.esspetiteenfance.regulation.ComplianceReport;
import io.github.esspetiteenfance.regulation.RegulatoryChecker;
import io.github.esspetiteenfance.structure.Structure;
import io.github.esspetiteenfance.territory.Territory;
import io.github.esspetiteenfance.testing.EstablishmentGenerators;
import io.github.esspetiteenfance.testing.IndicatorGenerators;
import io.github.esspetiteenfance.testing.OrganizationGenerators;
import io.github.esspetiteenfance.testing.RegulationGenerators;
import io.github.esspetiteenfance.testing.SeedPortraits;
import io.github.esspetiteenfance.testing.StructureGenerators;
import io.github.esspetiteenfance.testing.TerritoryGenerators;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * For a random valid instance of each document type of the library, {@code
 * decode(encode(x)).equals(x)} with the strict reader, and the encoding validates against the
 * shipped JSON Schema of the document.
 */
class ModelRoundTripPropertyTest {

  static Schema shipped(String document) {
    return JsonSchemaTest.schema(EssJsonSchemas.text(document).orElseThrow());
  }

  static <T> void check(T value, EssJsonReader<T> reader, Schema schema) {
    String json = EssJson.encode(value);
    assertThat(reader.read(json)).isEqualTo(value);
    JsonNode tree;
    try {
      tree = EssJson.mapper().readTree(json);
    } catch (JsonProcessingException e) {
      throw new AssertionError(e);
    }
    assertThat(schema.validate(tree)).as("schema errors for %s", json).isEmpty();
  }

  static <T> void roundTrips(Gen<T> values, Class<T> type, String document) {
    EssJsonReader<T> reader = EssJson.reader(type);
    Schema schema = shipped(document);
    qt().withExamples(RoundTripPropertyTest.EXAMPLES)
        .forAll(values)
        .checkAssert(x -> check(x, reader, schema));
  }

  @Test
  void establishment_roundTrips() {
    roundTrips(EstablishmentGenerators.establishments(), Establishment.class, "establishment");
  }

  @Test
  void seedPortraits_roundTripAsADataset() {
    List<Establishment> seed = SeedPortraits.all();
    assertThat(seed).isNotEmpty();
    check(seed, EssJson.reader(EssDocument.ESTABLISHMENTS), shipped("establishments"));
  }

  @Test
  void family_roundTrips() {
    roundTrips(
        io.github.esspetiteenfance.testing.FeeGenerators.families(8),
        io.github.esspetiteenfance.fee.Family.class,
        "family");
  }

  @Test
  void monthlyContract_roundTrips() {
    roundTrips(
        io.github.esspetiteenfance.testing.FeeGenerators.contracts(),
        io.github.esspetiteenfance.fee.MonthlyContract.class,
        "monthly-contract");
  }

  @Test
  void hourlyRate_roundTrips() {
    io.github.esspetiteenfance.fee.FamilyFeeCalculator calculator =
        io.github.esspetiteenfance.fee.FamilyFeeCalculator.of(
            io.github.esspetiteenfance.testing.FeeGenerators.completeParameters());
    Gen<Optional<io.github.esspetiteenfance.fee.HourlyRate>> rates =
        io.github.esspetiteenfance.testing.FeeGenerators.dates()
            .zip(
                io.github.esspetiteenfance.testing.FeeGenerators.careTypes(),
                io.github.esspetiteenfance.testing.FeeGenerators.families(8),
                (date, care, family) -> {
                  try {
                    return Optional.of(calculator.hourlyRate(date, care, family));
                  } catch (io.github.esspetiteenfance.EssPetiteEnfanceException e) {
                    return Optional.<io.github.esspetiteenfance.fee.HourlyRate>empty();
                  }
                });
    EssJsonReader<io.github.esspetiteenfance.fee.HourlyRate> reader =
        EssJson.reader(io.github.esspetiteenfance.fee.HourlyRate.class);
    Schema schema = shipped("hourly-rate");
    qt().withExamples(RoundTripPropertyTest.EXAMPLES)
        .forAll(rates)
        .checkAssert(r -> r.ifPresent(x -> check(x, reader, schema)));
  }

  @Test
  void structure_roundTrips() {
    roundTrips(StructureGenerators.structures(), Structure.class, "structure");
  }

  @Test
  void organization_roundTrips() {
    roundTrips(OrganizationGenerators.organizations(), Organization.class, "organization");
  }

  @Test
  void referenceNetworks_roundTrip() {
    EssJsonReader<Network> reader = EssJson.reader(Network.class);
    Schema schema = shipped("network");
    assertThat(Networks.reference()).isNotEmpty();
    Networks.reference().forEach(n -> check(n, reader, schema));
  }

  @Test
  void indicator_roundTrips() {
    Gen<Optional<Indicator>> indicators =
        IndicatorGenerators.inputLists(12)
            .zip(
                IndicatorGenerators.sectors(),
                Generate.range(0, 1000),
                (inputs, sector, pick) -> {
                  Panorama panorama = Panorama.of(inputs);
                  List<Territory> territories = new ArrayList<>(panorama.territories());
                  if (territories.isEmpty()) {
                    return Optional.<Indicator>empty();
                  }
                  territories.sort(java.util.Comparator.comparing(Object::toString));
                  Territory territory = territories.get(pick % territories.size());
                  List<Indicator> all = panorama.view().standardIndicators(territory, sector);
                  return all.isEmpty()
                      ? Optional.<Indicator>empty()
                      : Optional.of(all.get(pick % all.size()));
                });
    EssJsonReader<Indicator> reader = EssJson.reader(Indicator.class);
    Schema schema = shipped("indicator");
    qt().withExamples(RoundTripPropertyTest.EXAMPLES)
        .forAll(indicators)
        .checkAssert(i -> i.ifPresent(x -> check(x, reader, schema)));
  }

  /** A report round-trips, validates against its schema and reads back with the same messages. */
  static void checkReport(
      ComplianceReport report, EssJsonReader<ComplianceReport> reader, Schema schema) {
    check(report, reader, schema);
    ComplianceReport back = reader.read(EssJson.encode(report));
    for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH)) {
      assertThat(back.message(locale)).isEqualTo(report.message(locale));
    }
  }

  @Test
  void complianceReport_ofGeneratedStructuresAndEstablishments_roundTrips() {
    EssJsonReader<ComplianceReport> reader = EssJson.reader(ComplianceReport.class);
    Schema schema = shipped("compliance-report");
    qt().withExamples(RoundTripPropertyTest.EXAMPLES)
        .forAll(
            io.github.esspetiteenfance.testing.StructureGenerators.structures(),
            RegulationGenerators.dates(),
            RegulationGenerators.observations())
        .checkAssert(
            (structure, date, observation) ->
                checkReport(
                    RegulatoryChecker.bundled().check(structure, date, observation),
                    reader,
                    schema));
  }

  @Test
  void complianceReport_ofGeneratedFacilitiesAndObservations_roundTrips() {
    EssJsonReader<ComplianceReport> reader = EssJson.reader(ComplianceReport.class);
    Schema schema = shipped("compliance-report");
    Set<Class<?>> kinds = new HashSet<>();
    // a fixed seed: the coverage assertion below must not depend on a lucky draw (a random seed
    // once gave no month argument in 1 000 reports)
    qt().withFixedSeed(20_261_204L)
        .withExamples(RoundTripPropertyTest.EXAMPLES)
        .forAll(RegulationGenerators.reports())
        .checkAssert(
            report -> {
              checkReport(report, reader, schema);
              report.findings().forEach(f -> f.arguments().forEach(a -> kinds.add(a.getClass())));
            });
    // the checker itself gives arguments of every kind but phrases (those of figures)
    assertThat(kinds)
        .containsAll(
            List.of(
                Argument.IntegerValue.class,
                Argument.DecimalValue.class,
                Argument.TextValue.class,
                Argument.DateValue.class,
                Argument.MonthValue.class,
                Argument.TermValue.class));
  }

  @Test
  void complianceReport_ofGeneratedFindings_roundTrips() {
    EssJsonReader<ComplianceReport> reader = EssJson.reader(ComplianceReport.class);
    Schema schema = shipped("compliance-report");
    qt().withExamples(RoundTripPropertyTest.EXAMPLES)
        .forAll(ModelGenerators.complianceReports())
        .checkAssert(report -> checkReport(report, reader, schema));
  }

  /**
   * Each argument of an encoded finding is written with its registered name, never a class name.
   */
  private static void argumentsHaveTheirRegisteredNames(Object finding, List<?> expected) {
    JsonNode arguments;
    try {
      arguments = EssJson.mapper().readTree(EssJson.encode(finding)).get("arguments");
    } catch (JsonProcessingException e) {
      throw new AssertionError(e);
    }
    assertThat(arguments).hasSize(expected.size());
    for (int i = 0; i < arguments.size(); i++) {
      assertThat(arguments.get(i).get("type").asText())
          .isEqualTo(JsonModel.standard().typeName(expected.get(i).getClass()).orElseThrow())
          .matches("[a-z-]+");
    }
  }

  @Test
  void finding_withEveryKindOfArgument_roundTrips() {
    EssJsonReader<Finding> reader = EssJson.reader(Finding.class);
    Schema schema = shipped("finding");
    Set<Class<?>> kinds = new HashSet<>();
    qt().withExamples(RoundTripPropertyTest.EXAMPLES)
        .forAll(
            org.quicktheories.generators.Generate.oneOf(
                ModelGenerators.findings(), ModelGenerators.indicatorFindings()))
        .checkAssert(
            finding -> {
              check(finding, reader, schema);
              argumentsHaveTheirRegisteredNames(finding, finding.arguments());
              finding.arguments().forEach(a -> kinds.add(a.getClass()));
            });
    assertThat(kinds).containsAll(List.of(Argument.class.getPermittedSubclasses()));
  }

  /** A consistency report round-trips, validates against its schema and reads back as text. */
  static void checkConsistencyReport(
      io.github.esspetiteenfance.indicator.ConsistencyReport report,
      EssJsonReader<io.github.esspetiteenfance.indicator.ConsistencyReport> reader,
      Schema schema) {
    check(report, reader, schema);
    io.github.esspetiteenfance.indicator.ConsistencyReport back =
        reader.read(EssJson.encode(report));
    for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH)) {
      assertThat(back.message(locale)).isEqualTo(report.message(locale));
    }
    assertThat(back.isConsistent()).isEqualTo(report.isConsistent());
  }

  @Test
  void consistencyReport_ofTheCheckerOnGeneratedFigures_roundTrips() {
    EssJsonReader<io.github.esspetiteenfance.indicator.ConsistencyReport> reader =
        EssJson.reader(io.github.esspetiteenfance.indicator.ConsistencyReport.class);
    Schema schema = shipped("consistency-report");
    Set<Class<?>> kinds = new HashSet<>();
    Set<Object> codes = new HashSet<>();
    qt().withExamples(RoundTripPropertyTest.EXAMPLES)
        .forAll(IndicatorGenerators.consistencyReports())
        .checkAssert(
            report -> {
              checkConsistencyReport(report, reader, schema);
              report
                  .findings()
                  .forEach(
                      f -> {
                        codes.add(f.code());
                        f.arguments().forEach(a -> kinds.add(a.getClass()));
                      });
            });
    // the checker itself gives phrases (quantities, values) and texts, and every finding code
    assertThat(kinds).containsAll(List.of(Argument.PhraseValue.class, Argument.TextValue.class));
    assertThat(codes).hasSizeGreaterThanOrEqualTo(12);
  }

  @Test
  void consistencyReport_ofPublishedFigures_roundTrips() {
    check(
        io.github.esspetiteenfance.indicator.ConsistencyChecker.check(
            io.github.esspetiteenfance.indicator.PublishedFigures.paysDeLaLoireEaje()
                .with(io.github.esspetiteenfance.indicator.PublishedFigures.franceEssEaje())),
        EssJson.reader(io.github.esspetiteenfance.indicator.ConsistencyReport.class),
        shipped("consistency-report"));
  }

  @Test
  void consistencyReport_ofGeneratedImplicationsAndFindings_roundTrips() {
    EssJsonReader<io.github.esspetiteenfance.indicator.ConsistencyReport> reader =
        EssJson.reader(io.github.esspetiteenfance.indicator.ConsistencyReport.class);
    Schema schema = shipped("consistency-report");
    qt().withExamples(RoundTripPropertyTest.EXAMPLES)
        .forAll(ModelGenerators.consistencyReports())
        .checkAssert(report -> checkConsistencyReport(report, reader, schema));
  }

  @Test
  void indicatorFinding_withEveryKindOfArgument_roundTrips() {
    EssJsonReader<Finding> reader = EssJson.reader(Finding.class);
    Schema schema = shipped("indicator-finding");
    Set<Class<?>> kinds = new HashSet<>();
    qt().withExamples(RoundTripPropertyTest.EXAMPLES)
        .forAll(ModelGenerators.indicatorFindings())
        .checkAssert(
            finding -> {
              check(finding, reader, schema);
              Finding back = reader.read(EssJson.encode(finding));
              for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH)) {
                assertThat(back.message(locale)).isEqualTo(finding.message(locale));
              }
              argumentsHaveTheirRegisteredNames(finding, finding.arguments());
              finding.arguments().forEach(a -> kinds.add(a.getClass()));
            });
    assertThat(kinds).containsAll(List.of(Argument.PhraseValue.class, Argument.TextValue.class));
  }

  @Test
  void territories_roundTripAsReferences() {
    EssJsonReader<Territory> reader = EssJson.reader(Territory.class);
    Gen<Territory> territories =
        Generate.oneOf(
            TerritoryGenerators.regions().map(Territory.class::cast),
            TerritoryGenerators.departements().map(Territory.class::cast),
            TerritoryGenerators.currentCommunes().map(Territory.class::cast),
            TerritoryGenerators.communeParts().map(Territory.class::cast));
    qt().withExamples(RoundTripPropertyTest.EXAMPLES)
        .forAll(territories)
        .checkAssert(t -> assertThat(reader.read(EssJson.encode(t))).isEqualTo(t));
  }

  @Test
  void sectors_roundTrip() {
    EssJsonReader<List<Sector>> reader =
        EssJson.newReader(new TypeReference<List<Sector>>() {}.getType());
    qt().withExamples(100)
        .forAll(IndicatorGenerators.sectors())
        .checkAssert(s -> assertThat(reader.read(EssJson.encode(List.of(s)))).containsExactly(s));
  }
}
