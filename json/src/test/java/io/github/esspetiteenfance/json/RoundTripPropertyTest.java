package io.github.esspetiteenfance.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.esspetiteenfance.json.testmodel.Catalog;
import io.github.esspetiteenfance.json.testmodel.TestModel;
import io.github.esspetiteenfance.legal.Dated;
import io.github.esspetiteenfance.legal.LegalBasis;
import io.github.esspetiteenfance.legal.Timeline;
import io.github.esspetiteenfance.legal.ValidityPeriod;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * For a random valid instance of each type, {@code decode(encode(x)).equals(x)}, and the encoding
 * validates against the type's JSON Schema.
 */
class RoundTripPropertyTest {

  static final int EXAMPLES = 1000;

  static <T> void roundTrips(
      Gen<T> values, EssJsonReader<T> reader, JsonModel model, String name, JavaTypeRef type) {
    Schema schema =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(new JsonSchemaGenerator(model).generate(name, type.type()).toString());
    com.fasterxml.jackson.databind.ObjectMapper mapper =
        EssJson.mapper(model, JsonLimits.defaults());
    qt().withExamples(EXAMPLES)
        .forAll(values)
        .checkAssert(
            x -> {
              String json;
              try {
                json = mapper.writeValueAsString(x);
              } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new AssertionError(e);
              }
              assertThat(reader.read(json)).isEqualTo(x);
              JsonNode tree;
              try {
                tree = mapper.readTree(json);
              } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new AssertionError(e);
              }
              assertThat(schema.validate(tree)).as("schema errors for %s", json).isEmpty();
            });
  }

  /** A type holder, so that generic document types can be named. */
  record JavaTypeRef(java.lang.reflect.Type type) {}

  @Test
  void legalBasis_roundTrips() {
    roundTrips(
        ModelGenerators.legalBases(),
        EssJson.reader(LegalBasis.class),
        JsonModel.standard(),
        "legal-basis",
        new JavaTypeRef(LegalBasis.class));
  }

  @Test
  void validityPeriod_roundTrips() {
    roundTrips(
        ModelGenerators.periods(),
        EssJson.reader(ValidityPeriod.class),
        JsonModel.standard(),
        "validity-period",
        new JavaTypeRef(ValidityPeriod.class));
  }

  @Test
  void datedDecimal_roundTrips() {
    TypeReference<Dated<BigDecimal>> ref = new TypeReference<>() {};
    roundTrips(
        ModelGenerators.datedDecimals(),
        EssJson.newReader(ref.getType()),
        JsonModel.standard(),
        "dated",
        new JavaTypeRef(ref.getType()));
  }

  @Test
  void timeline_roundTrips() {
    TypeReference<Timeline<BigDecimal>> ref = new TypeReference<>() {};
    roundTrips(
        ModelGenerators.timelines(),
        EssJson.newReader(ref.getType()),
        JsonModel.standard(),
        "timeline",
        new JavaTypeRef(ref.getType()));
  }

  @Test
  void catalog_roundTrips() {
    roundTrips(
        ModelGenerators.catalogs(),
        Fixtures.catalogReader(),
        TestModel.MODEL,
        "catalog",
        new JavaTypeRef(Catalog.class));
  }
}
