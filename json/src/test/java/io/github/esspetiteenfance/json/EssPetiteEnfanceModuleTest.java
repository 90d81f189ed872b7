package io.github.esspetiteenfance.json;

import static io.github.esspetiteenfance.json.Fixtures.TEST_MAPPER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import io.github.esspetiteenfance.EssPetiteEnfanceException;
import io.github.esspetiteenfance.json.testmodel.AgeRange;
import io.github.esspetiteenfance.json.testmodel.Catalog;
import io.github.esspetiteenfance.json.testmodel.Place;
import io.github.esspetiteenfance.json.testmodel.TestCode;
import io.github.esspetiteenfance.legal.Confidence;
import io.github.esspetiteenfance.legal.Dated;
import io.github.esspetiteenfance.legal.LegalBasis;
import io.github.esspetiteenfance.legal.ValidityPeriod;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EssPetiteEnfanceModuleTest {

  @Test
  void encode_legalBasis_writesComponentsOnlyInOrder() {
    assertThat(EssJson.encode(Fixtures.CIRCULAIRE))
        .isEqualTo(
            "{\"text\":\"Circulaire CNAF n° 2019-005\",\"article\":\"\","
                + "\"validity\":{\"start\":\"2019-09-01\",\"end\":\"2025-08-31\"},"
                + "\"confidence\":\"SECONDARY\",\"source\":\"CNAF\","
                + "\"descriptionFr\":\"\",\"descriptionEn\":\"\"}");
  }

  @Test
  void encode_openPeriod_leavesNullBoundsOut() {
    assertThat(EssJson.encode(ValidityPeriod.always())).isEqualTo("{}");
    assertThat(EssJson.encode(ValidityPeriod.until(LocalDate.of(2020, 1, 31))))
        .isEqualTo("{\"end\":\"2020-01-31\"}");
  }

  @Test
  void encode_derivedMethods_areNotWritten() {
    assertThat(Fixtures.encode(new AgeRange(3, 3))).isEqualTo("{\"minMonths\":3,\"maxMonths\":3}");
  }

  @Test
  void encode_emptyOptional_isAbsent() {
    String json = Fixtures.encode(new Place.Nursery("A", 1, Optional.empty(), new AgeRange(0, 1)));
    assertThat(json)
        .isEqualTo(
            "{\"type\":\"nursery\",\"name\":\"A\",\"capacity\":1,"
                + "\"ages\":{\"minMonths\":0,\"maxMonths\":1}}");
  }

  @Test
  void encode_bigDecimal_isPlainAndKeepsScale() {
    Dated<BigDecimal> big = new Dated<>(new BigDecimal("1E+3"), Fixtures.CSP);
    Dated<BigDecimal> scaled = new Dated<>(new BigDecimal("0.50"), Fixtures.CSP);
    assertThat(EssJson.encode(big)).startsWith("{\"value\":1000,");
    assertThat(EssJson.encode(scaled)).startsWith("{\"value\":0.50,");
  }

  @Test
  void decode_bigDecimal_isExact() throws Exception {
    Dated<BigDecimal> scaled = new Dated<>(new BigDecimal("0.10"), Fixtures.CSP);
    Dated<BigDecimal> back =
        EssJson.mapper()
            .readValue(EssJson.encode(scaled), new TypeReference<Dated<BigDecimal>>() {});
    assertThat(back).isEqualTo(scaled);
    assertThat(back.value().scale()).isEqualTo(2);
  }

  @Test
  void findAndRegisterModules_discoversTheModule() {
    ObjectMapper plain = new ObjectMapper().findAndRegisterModules();
    assertThat(plain.getRegisteredModuleIds()).contains(EssPetiteEnfanceModule.class.getName());
  }

  @Test
  void decode_subtypeDirectly_needsItsTypeName() throws Exception {
    Place.Nursery n =
        new Place.Nursery("A", 1, Optional.of(TestCode.of("AB123")), new AgeRange(0, 1));
    assertThat(TEST_MAPPER.readValue(Fixtures.encode(n), Place.Nursery.class)).isEqualTo(n);
    assertThat(TEST_MAPPER.readValue(Fixtures.encode(n), Place.class)).isEqualTo(n);
  }

  @Test
  void decode_classNameAsTypeId_isRefused() {
    String fqcn =
        "{\"type\":\""
            + Place.Nursery.class.getName()
            + "\",\"name\":\"A\",\"capacity\":1,"
            + "\"ages\":{\"minMonths\":0,\"maxMonths\":1}}";
    assertThatThrownBy(() -> TEST_MAPPER.readValue(fqcn, Place.class))
        .isInstanceOf(InvalidTypeIdException.class);
    assertThatThrownBy(() -> TEST_MAPPER.readValue("{\"type\":\"java.lang.Object\"}", Place.class))
        .isInstanceOf(InvalidTypeIdException.class);
  }

  @Test
  void decode_untypedValue_neverInstantiatesNamedClasses() throws Exception {
    Object value =
        EssJson.mapper()
            .readValue("[\"java.lang.ProcessBuilder\",{\"command\":[\"x\"]}]", Object.class);
    assertThat(value).isInstanceOf(List.class);
  }

  @Test
  void decode_invalidIdentifier_failsWithTheCoreException() {
    String json =
        "{\"type\":\"nursery\",\"name\":\"A\",\"capacity\":1,\"code\":\"AB124\","
            + "\"ages\":{\"minMonths\":0,\"maxMonths\":1}}";
    assertThatThrownBy(() -> TEST_MAPPER.readValue(json, Place.class))
        .isInstanceOf(JsonMappingException.class)
        .rootCause()
        .isInstanceOf(EssPetiteEnfanceException.class)
        .satisfies(
            e ->
                assertThat(((EssPetiteEnfanceException) e).code()).isEqualTo("test.code.checksum"));
  }

  @Test
  void decode_nonCanonicalIdentifier_isRefused() {
    String json =
        "{\"type\":\"nursery\",\"name\":\"A\",\"capacity\":1,\"code\":\"ab123\","
            + "\"ages\":{\"minMonths\":0,\"maxMonths\":1}}";
    assertThatThrownBy(() -> TEST_MAPPER.readValue(json, Place.class))
        .isInstanceOf(JsonMappingException.class);
  }

  @Test
  void decode_unknownEnumCodeOrName_isRefused() {
    String json =
        "{\"text\":\"t\",\"article\":\"\",\"validity\":{},\"confidence\":\"confirmed\",\"source\":\"s\"}";
    assertThatThrownBy(() -> EssJson.mapper().readValue(json, LegalBasis.class))
        .isInstanceOf(JsonMappingException.class);
  }

  @Test
  void decode_unknownProperty_isRefusedByTheMapper() {
    String json =
        "{\"text\":\"t\",\"article\":\"\",\"validity\":{},\"confidence\":\"CONFIRMED\",\"source\":\"s\","
            + "\"confirmed\":true}";
    assertThatThrownBy(() -> EssJson.mapper().readValue(json, LegalBasis.class))
        .isInstanceOf(JsonMappingException.class);
  }

  @Test
  void roundTrip_catalog_isEqual() throws Exception {
    Catalog c = Fixtures.catalog();
    assertThat(TEST_MAPPER.readValue(Fixtures.encode(c), Catalog.class)).isEqualTo(c);
  }

  @Test
  void encode_catalog_isStableAcrossSetAndMapOrder() {
    String json = Fixtures.encode(Fixtures.catalog());
    assertThat(json)
        .contains("\"colours\":[\"light-blue\",\"red\"]")
        .contains("\"prices\":{\"red\":1000,\"dark-green\":12.50}")
        .contains("\"counts\":{\"AA002\":7,\"ZZ000\":3}")
        .contains("\"year\":2026")
        .contains("\"month\":\"2026-01\"")
        .contains("\"trial\":\"P3M\"");
  }

  @Test
  void model_legalBasisConfidence_isWrittenByName() {
    assertThat(EssJson.encode(Confidence.UNCONFIRMED)).isEqualTo("\"UNCONFIRMED\"");
  }
}
