package io.github.esspetiteenfance.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.esspetiteenfance.establishment.Establishment;
import io.github.esspetiteenfance.examples.SeedDataset;
import io.github.esspetiteenfance.testing.EstablishmentGenerators;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every export of 1 000 generated establishments per format, and of the seed dataset, validates
 * against the official schema (data·inclusion v1, HSDS 3.0) or is valid JSON-LD whose every term is
 * a schema.org term.
 */
class OfficialSchemaPropertyTest {

  static final ExportOptions OPTIONS = ExportOptions.asOf(LocalDate.of(2026, 12, 1));

  @Test
  void dataInclusion_generatedEstablishments_validateAgainstTheOfficialSchemas() {
    qt().withExamples(1000)
        .forAll(EstablishmentGenerators.establishments())
        .checkAssert(e -> OfficialSchemas.assertValid(DataInclusion.export(e, OPTIONS)));
  }

  @Test
  void hsds_generatedEstablishments_validateAgainstTheOfficialSchema() {
    qt().withExamples(1000)
        .forAll(EstablishmentGenerators.establishments())
        .checkAssert(e -> OfficialSchemas.assertValid(Hsds.export(e, OPTIONS)));
  }

  @Test
  void schemaOrg_generatedEstablishments_areSchemaOrgJsonLd() {
    qt().withExamples(1000)
        .forAll(EstablishmentGenerators.establishments())
        .checkAssert(e -> OfficialSchemas.assertValid(SchemaOrg.export(e, OPTIONS)));
  }

  @Test
  void seedDataset_everyFormat_validates() {
    List<Establishment> seed = seed();
    assertThat(seed).hasSize(10);
    for (ExchangeFormat format : ExchangeFormat.values()) {
      ExportReport report = Exporter.export(seed, format, OPTIONS);
      assertThat(report.notExported()).as(format.code()).isEmpty();
      assertThat(report.exported()).hasSize(seed.size());
      report.exported().forEach(OfficialSchemas::assertValid);
    }
  }

  @Test
  void officialSchemas_rejectABrokenDocument() {
    ExportedRecord r = DataInclusion.export(seed().get(0), OPTIONS);
    var structure = r.documents(DataInclusion.STRUCTURES).get(0).deepCopy();
    structure.remove("nom");
    structure.put("code_postal", "4410");
    assertThat(OfficialSchemas.errors(OfficialSchemas.DI_STRUCTURE, structure))
        .extracting(Object::toString)
        .anyMatch(m -> m.contains("required property 'nom'"))
        .anyMatch(m -> m.startsWith("/code_postal"));
    ExportedRecord h = Hsds.export(seed().get(0), OPTIONS);
    var service = h.documents(Hsds.SERVICES).get(0).deepCopy();
    service.put("id", "not-a-uuid");
    ((com.fasterxml.jackson.databind.node.ObjectNode) service.get("organization"))
        .remove("description");
    assertThat(OfficialSchemas.errors(OfficialSchemas.HSDS_SERVICE, service))
        .extracting(Object::toString)
        .anyMatch(m -> m.startsWith("/id") && m.contains("uuid"))
        .anyMatch(m -> m.contains("/organization") && m.contains("description"));
  }

  static List<Establishment> seed() {
    return SeedDataset.bundled().portraits().stream()
        .flatMap(p -> p.establishments().stream())
        .toList();
  }
}
