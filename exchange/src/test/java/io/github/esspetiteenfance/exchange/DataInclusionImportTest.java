package io.github.esspetiteenfance.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.esspetiteenfance.establishment.Location;
import io.github.esspetiteenfance.identifier.CodeCommune;
import io.github.esspetiteenfance.identifier.CodeDepartement;
import io.github.esspetiteenfance.structure.StructureKind;
import io.github.esspetiteenfance.testing.SeedPortraits;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Import of data·inclusion records written like a producer's: what maps, what is reported. */
class DataInclusionImportTest {

  static String resource(String name) throws IOException {
    try (InputStream in = DataInclusionImportTest.class.getResourceAsStream("/import/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static ImportReport fixtures() throws IOException {
    return DataInclusionImport.read(resource("structures.json"), resource("services.json"));
  }

  @Test
  void read_fixtures_rejectsWhatCannotBeReadWithPathAndCode() throws IOException {
    ImportReport report = fixtures();
    assertThat(report.structures()).hasSize(3);
    assertThat(report.rejected())
        .extracting(ImportReport.Rejected::path, ImportReport.Rejected::code)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "structures[3].id", "exchange.import.missing-field"),
            org.assertj.core.groups.Tuple.tuple("structures[4]", "exchange.import.not-an-object"),
            org.assertj.core.groups.Tuple.tuple(
                "services[4].structure_id", "exchange.import.unknown-structure"));
  }

  @Test
  void read_laepByServiceName_mapsKindSiteHoursAndReportsTheRest() throws IOException {
    ImportedStructure laep = fixtures().structures().get(0);
    assertThat(laep.name()).isEqualTo("Les Petits Pas");
    assertThat(laep.kind()).contains(StructureKind.LIEU_ACCUEIL_ENFANTS_PARENTS);
    assertThat(laep.siret()).map(Object::toString).contains("44306184100047");
    assertThat(laep.gaps()).noneMatch(g -> g.field().endsWith(".services"));
    assertThat(laep.structure().orElseThrow().openingHours().map(Hours::osm))
        .contains("Tu,Th 09:00-12:00; Sa 10:00-12:00");
    assertThat(laep.sites()).hasSize(1);
    assertThat(laep.sites().get(0).location()).isEqualTo(Location.of(CodeCommune.of("85191")));
    assertThat(laep.sites().get(0).address()).contains("3 rue des Écoles");
    assertThat(laep.gaps())
        .extracting(Gap::field)
        .contains(
            "structures[0].telephone",
            "structures[0].reseaux_porteurs",
            "structures[0].date_maj",
            "structures[0].code_postal",
            "services[0].frais",
            "services[0].description");
    assertThat(laep.gaps()).allMatch(g -> g.kind() == Gap.Kind.UNMAPPED);
    assertThat(laep.toEstablishment(SeedPortraits.vistaAssociation()).kind())
        .isEqualTo(StructureKind.LIEU_ACCUEIL_ENFANTS_PARENTS);
  }

  @Test
  void read_serviceWithoutKindName_usesThematiquesOnlyWhenOneKindHasThem() throws IOException {
    ImportedStructure mediation = fixtures().structures().get(1);
    assertThat(mediation.kind()).isEmpty();
    assertThat(mediation.gaps())
        .anyMatch(
            g ->
                g.field().equals("services[1].thematiques")
                    && g.code() == GapCode.THEMES_SEVERAL_KINDS
                    && g.message(Locale.ENGLISH).contains("espace-de-rencontre")
                    && g.message(Locale.ENGLISH).contains("mediation-familiale"));
    assertThat(mediation.gaps())
        .anyMatch(
            g ->
                g.field().equals("structures[1].horaires_accueil")
                    && g.code() == GapCode.HOURS_OUTSIDE_SUBSET
                    && g.message(Locale.FRENCH).contains("PH"));
    assertThat(mediation.sites()).hasSize(1);
    assertThat(mediation.sites().get(0).location())
        .isEqualTo(Location.inDepartement(CodeDepartement.of("53")));
    assertThat(mediation.gaps())
        .anyMatch(
            g ->
                g.field().equals("structures[1].code_insee")
                    && g.message(Locale.FRENCH).contains("53130"));
    assertThat(
            catchThrowableOfType(
                    ExchangeException.class,
                    () -> mediation.toEstablishment(SeedPortraits.inaltaAssociation()))
                .code())
        .isEqualTo("exchange.import.missing-field");
  }

  @Test
  void read_twoServicesOfDifferentKinds_keepsTheFirstKindAndReportsTheOther() throws IOException {
    ImportedStructure maison = fixtures().structures().get(2);
    assertThat(maison.siret()).isEmpty();
    assertThat(maison.gaps())
        .anyMatch(
            g ->
                g.field().equals("structures[2].siret")
                    && g.code() == GapCode.SIRET_REJECTED
                    && g.message(Locale.FRENCH).contains("12345678901234"));
    assertThat(maison.kind()).contains(StructureKind.MICRO_CRECHE);
    assertThat(maison.gaps())
        .anyMatch(
            g ->
                g.field().equals("services[2].thematiques")
                    && g.code() == GapCode.THEMES_SEVERAL_KINDS
                    && g.message(Locale.FRENCH).contains("micro-creche"));
    assertThat(maison.sites()).hasSize(1);
    assertThat(maison.sites().get(0).address()).contains("1 place de la Mairie");
  }

  @Test
  void read_zoneOfDepartements_locatesTheSiteToThem() {
    String structures =
        "[{\"id\":\"x--1\",\"nom\":\"Point rencontre\",\"date_maj\":\"2026-01-01\"}]";
    String services =
        "[{\"structure_id\":\"x--1\",\"id\":\"x--1--a\",\"nom\":\"Espace de rencontre\","
            + "\"description\":\"Visites.\",\"date_maj\":\"2026-01-01\","
            + "\"zone_eligibilite\":[\"49\",\"53\"]}]";
    ImportedStructure s = DataInclusionImport.read(structures, services).structures().get(0);
    assertThat(s.kind()).contains(StructureKind.ESPACE_DE_RENCONTRE);
    assertThat(s.sites().get(0).location())
        .isEqualTo(Location.inOneOf(CodeDepartement.of("49"), CodeDepartement.of("53")));
  }

  @Test
  void read_everyKindByItsServiceName_isRecognised() {
    for (StructureKind kind : StructureKind.values()) {
      String structures = "[{\"id\":\"x--1\",\"nom\":\"Structure\",\"date_maj\":\"2026-01-01\"}]";
      String services =
          "[{\"structure_id\":\"x--1\",\"id\":\"x--1--a\",\"nom\":\""
              + Kinds.serviceName(kind)
              + "\",\"description\":\"Texte.\",\"date_maj\":\"2026-01-01\"}]";
      ImportedStructure s = DataInclusionImport.read(structures, services).structures().get(0);
      assertThat(s.kind()).as(kind.code()).contains(kind);
      if (kind == StructureKind.MAISON_ASSISTANTS_MATERNELS) {
        // the model requires at least one assistant maternel, which data·inclusion does not carry
        assertThat(s.structure()).isEmpty();
        assertThat(s.gaps()).anyMatch(g -> g.code() == GapCode.FACTS_MISSING);
      } else {
        assertThat(s.structure()).as(kind.code()).isPresent();
      }
    }
  }

  @Test
  void read_notAnArrayOrNotJson_throwsNotAnArrayOrMalformed() {
    assertThat(
            catchThrowableOfType(
                    ExchangeException.class, () -> DataInclusionImport.read("{}", "[]"))
                .code())
        .isEqualTo("exchange.import.not-an-array");
    assertThat(
            catchThrowableOfType(ExchangeException.class, () -> DataInclusionImport.read("[", "[]"))
                .code())
        .isEqualTo("exchange.import.malformed");
  }

  @Test
  void kinds_everyKind_hasThematiquesOfTheOfficialList() {
    List<String> official =
        List.of(
            Kinds.GARDE, Kinds.PARENTALITE, Kinds.CONFLITS, Kinds.HEBERGEMENT, Kinds.HABILLEMENT);
    for (StructureKind kind : StructureKind.values()) {
      assertThat(official).containsAll(Kinds.of(kind).thematiques());
      assertThat(Kinds.fromServiceName(Kinds.serviceName(kind))).contains(kind);
    }
    assertThat(Kinds.fromServiceName("Atelier cuisine")).isEqualTo(Optional.empty());
  }
}
