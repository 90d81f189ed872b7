package io.github.esspetiteenfance.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.util.List;

/**
 * The official JSON Schemas of data·inclusion v1 and HSDS 3.0, copied into the test resources (see
 * their README), loaded with networknt in the draft 2020-12 dialect, format assertions on.
 */
final class OfficialSchemas {

  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(
          SpecificationVersion.DRAFT_2020_12,
          b ->
              b.schemaRegistryConfig(
                  SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

  static final Schema DI_STRUCTURE = load("official/data-inclusion/v1/structure.json");
  static final Schema DI_SERVICE = load("official/data-inclusion/v1/service.json");
  static final Schema HSDS_SERVICE = load("official/hsds/3.0/service.json");

  private OfficialSchemas() {}

  private static Schema load(String path) {
    return REGISTRY.getSchema(SchemaLocation.of("classpath:" + path));
  }

  /** Asserts that every document of a record validates against its official schema. */
  static void assertValid(ExportedRecord r) {
    switch (r.format()) {
      case DATA_INCLUSION -> {
        r.documents(DataInclusion.STRUCTURES).forEach(d -> assertValid(DI_STRUCTURE, d, r));
        r.documents(DataInclusion.SERVICES).forEach(d -> assertValid(DI_SERVICE, d, r));
      }
      case HSDS -> r.documents(Hsds.SERVICES).forEach(d -> assertValid(HSDS_SERVICE, d, r));
      case SCHEMA_ORG -> r.documents(SchemaOrg.DOCUMENTS).forEach(JsonLdCheck::assertSchemaOrg);
    }
  }

  static List<Error> errors(Schema schema, JsonNode document) {
    return schema.validate(document);
  }

  private static void assertValid(Schema schema, JsonNode d, ExportedRecord r) {
    assertThat(schema.validate(d)).as("%s of %s: %s", r.format(), r.establishment(), d).isEmpty();
  }
}
