package io.github.esspetiteenfance.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.esspetiteenfance.organization.EssFamily;
import io.github.esspetiteenfance.testing.SeedPortraits;
import org.junit.jupiter.api.Test;

/** The schema.org documents: types by kind and family, and the JSON-LD check itself. */
class SchemaOrgTest {

  private static ObjectNode microScop() {
    return SchemaOrg.export(SeedPortraits.microScop(), OfficialSchemaPropertyTest.OPTIONS)
        .documents(SchemaOrg.DOCUMENTS)
        .get(0);
  }

  @Test
  void export_microCrecheOfAScop_isChildCareRunByACooperative() {
    ObjectNode d = microScop();
    assertThat(d.get("@type").asText()).isEqualTo("ChildCare");
    assertThat(d.at("/parentOrganization/@type").asText()).isEqualTo("Cooperative");
    assertThat(d.get("address")).hasSize(2);
    JsonLdCheck.assertSchemaOrg(d);
  }

  @Test
  void organizationType_byFamily() {
    assertThat(SchemaOrg.organizationType(EssFamily.ASSOCIATION)).isEqualTo("NGO");
    assertThat(SchemaOrg.organizationType(EssFamily.COOPERATIVE)).isEqualTo("Cooperative");
    assertThat(SchemaOrg.organizationType(EssFamily.PUBLIC_SECTOR))
        .isEqualTo("GovernmentOrganization");
    assertThat(SchemaOrg.organizationType(EssFamily.OUTSIDE_ESS)).isEqualTo("Organization");
  }

  @Test
  void jsonLdCheck_unknownTermOrType_fails() {
    ObjectNode badTerm = microScop().deepCopy();
    badTerm.put("placesAgreees", 12);
    assertThatThrownBy(() -> JsonLdCheck.assertSchemaOrg(badTerm))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("placesAgreees");
    ObjectNode badType = microScop().deepCopy();
    badType.put("@type", "Creche");
    assertThatThrownBy(() -> JsonLdCheck.assertSchemaOrg(badType))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Creche");
    ObjectNode badDay = microScop().deepCopy();
    badDay.putArray("openingHoursSpecification").addObject().put("dayOfWeek", "Lundi");
    assertThatThrownBy(() -> JsonLdCheck.assertSchemaOrg(badDay))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Lundi");
  }

  @Test
  void jsonLdCheck_invalidJsonLd_fails() {
    ObjectNode bad = microScop().deepCopy();
    bad.put("@context", "https://example.org/context");
    assertThatThrownBy(() -> JsonLdCheck.assertSchemaOrg(bad))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("not valid JSON-LD");
  }
}
