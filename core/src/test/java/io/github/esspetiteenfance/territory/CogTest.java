package io.github.esspetiteenfance.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.esspetiteenfance.identifier.CodeCommune;
import io.github.esspetiteenfance.identifier.CodeDepartement;
import io.github.esspetiteenfance.identifier.CodeRegion;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CogTest {

  private final Cog cog = Cog.bundled();

  private static CodeCommune commune(String code) {
    return CodeCommune.of(code);
  }

  private static CodeDepartement dep(String code) {
    return CodeDepartement.of(code);
  }

  private static CodeRegion reg(String code) {
    return CodeRegion.of(code);
  }

  @Test
  void bundled_isLoadedOnce() {
    assertThat(Cog.bundled()).isSameAs(cog);
  }

  @Test
  void vintage_is2026WithItsAttribution() {
    assertThat(cog.vintage()).isEqualTo(CogVintage.COG_2026);
    assertThat(cog.vintage().year()).isEqualTo(Year.of(2026));
    assertThat(cog.vintage().referenceDate()).isEqualTo(LocalDate.of(2026, 1, 1));
    assertThat(cog.vintage().attribution())
        .startsWith("Source : INSEE, Code officiel géographique au 1er janvier 2026")
        .contains("Licence Ouverte");
    assertThat(cog.vintage()).hasToString("COG 2026");
  }

  @Test
  void regions_are18SortedWithOverseasFirst() {
    List<Region> regions = cog.regions();
    assertThat(regions).hasSize(18);
    assertThat(regions)
        .extracting(r -> r.code().toString())
        .containsExactly(
            "01", "02", "03", "04", "06", "11", "24", "27", "28", "32", "44", "52", "53", "75",
            "76", "84", "93", "94");
  }

  @Test
  void requireRegion_paysDeLaLoire_hasNantesAsChefLieu() {
    Region pdl = cog.requireRegion(reg("52"));
    assertThat(pdl.name()).isEqualTo("Pays de la Loire");
    assertThat(pdl.chefLieu()).isEqualTo(commune("44109"));
    assertThat(pdl.level()).isEqualTo(TerritoryLevel.REGION);
    assertThat(pdl.parent()).contains(France.INSTANCE);
    assertThat(pdl).hasToString("52 Pays de la Loire");
  }

  @Test
  void requireRegion_unknownCode_throwsWithCodeAndVintage() {
    assertThat(cog.findRegion(reg("99"))).isEmpty();
    assertThatThrownBy(() -> cog.requireRegion(reg("99")))
        .isInstanceOfSatisfying(
            UnknownTerritoryException.class,
            e -> {
              assertThat(e.errorCode()).isEqualTo(TerritoryErrorCode.REGION_UNKNOWN);
              assertThat(e.code()).isEqualTo("territory.region.unknown");
              assertThat(e.field()).contains("codeRegion");
              assertThat(e.rejectedValue()).isEqualTo(reg("99"));
              assertThat(e.message(Locale.FRENCH)).contains("99").contains("COG 2026");
            });
  }

  @Test
  void departements_are101WithCorsicaAndOverseas() {
    List<String> codes = cog.departements().stream().map(d -> d.code().toString()).toList();
    assertThat(codes).hasSize(101).doesNotContain("20", "975");
    assertThat(codes.subList(27, 31)).containsExactly("29", "2A", "2B", "30");
    assertThat(codes.subList(96, 101)).containsExactly("971", "972", "973", "974", "976");
  }

  @Test
  void departements_ofPaysDeLaLoire_areTheFive() {
    assertThat(cog.departements(reg("52")))
        .extracting(Departement::code, Departement::name, Departement::chefLieu)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(dep("44"), "Loire-Atlantique", commune("44109")),
            org.assertj.core.groups.Tuple.tuple(dep("49"), "Maine-et-Loire", commune("49007")),
            org.assertj.core.groups.Tuple.tuple(dep("53"), "Mayenne", commune("53130")),
            org.assertj.core.groups.Tuple.tuple(dep("72"), "Sarthe", commune("72181")),
            org.assertj.core.groups.Tuple.tuple(dep("85"), "Vendée", commune("85191")));
    assertThat(cog.requireRegion(reg("52")).departements()).isEqualTo(cog.departements(reg("52")));
  }

  @Test
  void departements_ofUnknownRegion_throws() {
    assertThatThrownBy(() -> cog.departements(reg("00")))
        .isInstanceOfSatisfying(
            UnknownTerritoryException.class,
            e -> assertThat(e.code()).isEqualTo("territory.region.unknown"));
  }

  @Test
  void communes_countsEveryCurrentCommuneOfTheFile() {
    assertThat(cog.communes()).hasSize(34_875).allMatch(Commune::isCurrent);
    int sumByDepartement =
        cog.departements().stream().mapToInt(d -> cog.communes(d.code()).size()).sum();
    assertThat(sumByDepartement).isEqualTo(34_875);
  }

  @Test
  void communes_ofPaysDeLaLoireDepartements_matchTheCog2026Counts() {
    Map<String, Integer> counts =
        cog.departements(reg("52")).stream()
            .collect(Collectors.toMap(d -> d.code().toString(), d -> d.communes().size()));
    assertThat(counts)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("44", 207, "49", 176, "53", 240, "72", 352, "85", 253));
    assertThat(counts.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(1_228);
  }

  @Test
  void requireCommune_goldenCases_giveNameDepartementAndRegion() {
    assertCommune("44100", "Monnières", "44", "52");
    assertCommune("85047", "Challans", "85", "52");
    assertCommune("44109", "Nantes", "44", "52");
    assertCommune("2A004", "Ajaccio", "2A", "94");
    assertCommune("97105", "Basse-Terre", "971", "01");
  }

  private void assertCommune(String code, String name, String departement, String region) {
    Commune c = cog.requireCommune(commune(code));
    assertThat(c.name()).isEqualTo(name);
    assertThat(c.type()).isEqualTo(CommuneType.COM);
    assertThat(c.departementCode()).isEqualTo(dep(departement));
    assertThat(c.regionCode()).isEqualTo(reg(region));
    assertThat(c.departement().code()).isEqualTo(dep(departement));
    assertThat(c.region().code()).isEqualTo(reg(region));
    assertThat(c.parentCode()).isEmpty();
  }

  @Test
  void findCommune_monnieresInTheJura_isAnotherCommuneWithTheSameName() {
    Commune jura = cog.requireCommune(commune("39345"));
    assertThat(jura.name()).isEqualTo("Monnières");
    assertThat(jura.departement().name()).isEqualTo("Jura");
    assertThat(jura).isNotEqualTo(cog.requireCommune(commune("44100")));
  }

  @Test
  void requireCommune_formerCommune_throwsCommuneUnknown() {
    assertThat(cog.findCommune(commune("72287"))).isEmpty();
    assertThatThrownBy(() -> cog.requireCommune(commune("72287")))
        .isInstanceOfSatisfying(
            UnknownTerritoryException.class,
            e -> {
              assertThat(e.errorCode()).isEqualTo(TerritoryErrorCode.COMMUNE_UNKNOWN);
              assertThat(e.rejectedValue()).isEqualTo(commune("72287"));
              assertThat(e.message(Locale.ENGLISH)).contains("72287").contains("COG 2026");
            });
  }

  @Test
  void findCommune_communeDeleguee_isNotACurrentCommune() {
    // 85233 Saint-Jean-de-Beugné is a commune déléguée of 85223 since 2025
    assertThat(cog.findCommune(commune("85233"))).isEmpty();
    assertThat(cog.communesWithCode(commune("85233")))
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.type()).isEqualTo(CommuneType.COMD);
              assertThat(c.name()).isEqualTo("Saint-Jean-de-Beugné");
              assertThat(c.parentCode()).contains(commune("85223"));
              assertThat(c.departementCode()).isEqualTo(dep("85"));
              assertThat(c.isCurrent()).isFalse();
            });
  }

  @Test
  void communesWithCode_chefLieuDeleguee_givesTheComThenTheComd() {
    assertThat(cog.communesWithCode(commune("73003")))
        .extracting(Commune::type, Commune::name)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(CommuneType.COM, "Grand-Aigueblanche"),
            org.assertj.core.groups.Tuple.tuple(CommuneType.COMD, "Aigueblanche"));
    assertThat(cog.communesWithCode(commune("44999"))).isEmpty();
  }

  @Test
  void communeAssociee_inAnotherDepartement_takesItsParentsDepartement() {
    Commune puy = cog.communesWithCode(commune("79224")).get(0);
    assertThat(puy.type()).isEqualTo(CommuneType.COMA);
    assertThat(puy.departementCode()).isEqualTo(dep("49"));
    assertThat(puy.regionCode()).isEqualTo(reg("52"));
    assertThat(puy.parentCommune()).map(Commune::name).contains("Cholet");
    assertThat(commune("79224").departement()).isEqualTo(dep("79"));
    assertThat(puy).hasToString("79224 Le Puy-Saint-Bonnet (COMA of 49099)");
  }

  @Test
  void subdivisions_ofParisLyonMarseille_areTheirArrondissements() {
    assertThat(cog.subdivisions(commune("75056")))
        .hasSize(20)
        .allMatch(c -> c.type() == CommuneType.ARM);
    assertThat(cog.subdivisions(commune("13055"))).hasSize(16);
    assertThat(cog.requireCommune(commune("69123")).subdivisions()).hasSize(9);
    assertThat(cog.subdivisions(commune("44109"))).isEmpty();
  }

  @Test
  void communeTypes_countEveryRowOfTheFile() {
    long comd = countParts(CommuneType.COMD);
    long coma = countParts(CommuneType.COMA);
    long arm = countParts(CommuneType.ARM);
    assertThat(List.of(comd, coma, arm)).containsExactly(2_105L, 471L, 45L);
  }

  private long countParts(CommuneType type) {
    return cog.communes().stream()
        .flatMap(c -> c.subdivisions().stream())
        .filter(c -> c.type() == type)
        .count();
  }

  @Test
  void territory_monnieres_navigatesUpToFrance() {
    Commune monnieres = cog.requireCommune(commune("44100"));
    assertThat(monnieres.ancestors())
        .extracting(Territory::level, t -> t.code().toString())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(TerritoryLevel.DEPARTEMENT, "44"),
            org.assertj.core.groups.Tuple.tuple(TerritoryLevel.REGION, "52"),
            org.assertj.core.groups.Tuple.tuple(TerritoryLevel.FRANCE, "FR"));
    Departement loireAtlantique = cog.requireDepartement(dep("44"));
    assertThat(loireAtlantique.contains(monnieres)).isTrue();
    assertThat(monnieres.contains(loireAtlantique)).isFalse();
    assertThat(cog.requireDepartement(dep("85")).contains(monnieres)).isFalse();
    assertThat(cog.france().contains(monnieres)).isTrue();
    assertThat(monnieres.contains(monnieres)).isTrue();
  }

  @Test
  void territory_communeDeleguee_isContainedInItsCommuneAndDepartement() {
    Commune grandAigueblanche = cog.requireCommune(commune("73003"));
    Commune aigueblanche = cog.communesWithCode(commune("73003")).get(1);
    assertThat(aigueblanche.parent()).contains(grandAigueblanche);
    assertThat(grandAigueblanche.contains(aigueblanche)).isTrue();
    assertThat(aigueblanche.contains(grandAigueblanche)).isFalse();
    assertThat(cog.requireDepartement(dep("73")).contains(aigueblanche)).isTrue();
    assertThat(aigueblanche.level()).isEqualTo(TerritoryLevel.COMMUNE);
  }

  @Test
  void territory_sealedHierarchy_switchesOnEveryKind() {
    List<Territory> territories =
        List.of(
            France.INSTANCE,
            cog.requireRegion(reg("52")),
            cog.requireDepartement(dep("85")),
            cog.requireCommune(commune("85047")));
    assertThat(territories)
        .extracting(CogTest::describe)
        .containsExactly("France", "région Pays de la Loire", "département Vendée", "COM Challans");
  }

  private static String describe(Territory t) {
    if (t instanceof France f) {
      return f.name();
    } else if (t instanceof Region r) {
      return "région " + r.name();
    } else if (t instanceof Departement d) {
      return "département " + d.name();
    } else if (t instanceof Commune c) {
      return c.type() + " " + c.name();
    }
    throw new AssertionError(t);
  }

  @Test
  void france_isSingletonLikeAndRoot() {
    assertThat(new France()).isEqualTo(France.INSTANCE);
    assertThat(France.INSTANCE.parent()).isEmpty();
    assertThat(France.INSTANCE.ancestors()).isEmpty();
    assertThat(France.INSTANCE.code()).isEqualTo("FR");
    assertThat(France.INSTANCE.regions()).isEqualTo(cog.regions());
    assertThat(France.INSTANCE.contains(France.INSTANCE)).isTrue();
    assertThat(cog.requireRegion(reg("52")).contains(France.INSTANCE)).isFalse();
  }

  @Test
  void territoryLevel_ordersFromFranceToCommune() {
    assertThat(TerritoryLevel.FRANCE.isAbove(TerritoryLevel.REGION)).isTrue();
    assertThat(TerritoryLevel.DEPARTEMENT.isAbove(TerritoryLevel.COMMUNE)).isTrue();
    assertThat(TerritoryLevel.COMMUNE.isAbove(TerritoryLevel.DEPARTEMENT)).isFalse();
    assertThat(TerritoryLevel.REGION.isAbove(TerritoryLevel.REGION)).isFalse();
  }

  @Test
  void handBuiltCommune_inUnknownDepartement_failsToNavigate() {
    Commune made =
        new Commune(
            commune("95999"),
            CommuneType.COM,
            "Nulle-Part",
            dep("95"),
            reg("00"),
            java.util.Optional.empty());
    assertThatThrownBy(made::region)
        .isInstanceOfSatisfying(
            UnknownTerritoryException.class,
            e -> assertThat(e.code()).isEqualTo("territory.region.unknown"));
  }

  @Test
  void territory_readsBackTheReferenceOfEveryTerritory() {
    Cog cog = Cog.bundled();
    assertThat(cog.territory(cog.france().reference())).isEqualTo(cog.france());
    for (Region r : cog.regions()) {
      assertThat(cog.territory(r.reference())).isEqualTo(r);
    }
    for (Departement d : cog.departements()) {
      assertThat(cog.territory(d.reference())).isEqualTo(d);
    }
    for (Commune c : cog.communes()) {
      assertThat(cog.territory(c.reference())).isEqualTo(c);
      for (Commune part : cog.subdivisions(c.code())) {
        assertThat(cog.territory(part.reference())).isEqualTo(part);
      }
    }
    assertThat(cog.regions().get(0).reference()).startsWith("region:");
    assertThat(cog.territory("departement:44").reference()).isEqualTo("departement:44");
  }

  @Test
  void territory_otherForms_areRefused() {
    Cog cog = Cog.bundled();
    for (String other : new String[] {"REG:52", "DEP:44", "COM:44109", "52", "region", "fr"}) {
      assertThatThrownBy(() -> cog.territory(other))
          .as(other)
          .isInstanceOf(io.github.esspetiteenfance.EssPetiteEnfanceException.class);
    }
    assertThatThrownBy(() -> cog.territory("REG:52"))
        .hasMessageContaining("territory.reference.malformed");
  }
}
