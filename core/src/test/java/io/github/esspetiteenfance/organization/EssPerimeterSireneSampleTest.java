package io.github.esspetiteenfance.organization;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.esspetiteenfance.identifier.CodeNaf;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Golden counts over 3,375 real Sirene legal units declared ESS in the digital sector (see the
 * README beside the test resource). The family counts by catégorie juridique are those of the
 * project's data catalogue (§9.2, DERIVED); the statistical counts were computed by the project
 * from the same file, reading the headcount band {@code NN} as "non-employer" (DERIVED).
 */
class EssPerimeterSireneSampleTest {

  private static final LocalDate DATE = LocalDate.of(2026, 3, 5);

  private record Unit(String siren, String cj, PerimeterFacts facts) {}

  private static List<Unit> units;

  @BeforeAll
  static void read() throws IOException {
    units = new ArrayList<>();
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                Objects.requireNonNull(
                    EssPerimeterSireneSampleTest.class.getResourceAsStream(
                        "unites-legales-ess-numerique.csv")),
                StandardCharsets.UTF_8))) {
      String header = in.readLine();
      assertThat(header)
          .isEqualTo(
              "siren,categorieJuridiqueUniteLegale,activitePrincipaleUniteLegale,"
                  + "economieSocialeSolidaireUniteLegale,trancheEffectifsUniteLegale");
      String line;
      while ((line = in.readLine()) != null) {
        String[] f = line.split(",", -1);
        PerimeterFacts facts =
            PerimeterFactsBuilder.builder()
                .legalForm(LegalForm.of(f[1]))
                .activity(CodeNaf.of(f[2]))
                .declaredStatus(DeclaredEssStatus.fromSirene(f[3]))
                .employer(EmployerStatus.fromTrancheEffectifs(f[4]))
                .build();
        units.add(new Unit(f[0], f[1], facts));
      }
    }
  }

  private static Map<String, Long> countByCode(java.util.function.Predicate<Unit> filter) {
    return units.stream()
        .filter(filter)
        .collect(Collectors.groupingBy(Unit::cj, TreeMap::new, Collectors.counting()));
  }

  private static <K> Map<K, Long> count(
      PerimeterDefinition definition, Function<EssClassification, K> key) {
    return units.stream()
        .map(u -> EssPerimeter.classify(u.facts(), definition, DATE))
        .collect(Collectors.groupingBy(key, Collectors.counting()));
  }

  @Test
  void sample_has3375UnitsAllDeclaredEss() {
    assertThat(units).hasSize(3375);
    assertThat(units)
        .allSatisfy(
            u -> assertThat(u.facts().declaredStatus()).isEqualTo(DeclaredEssStatus.DECLARED_ESS));
  }

  @Test
  void legalFormFamilies_matchTheCatalogueCounts() {
    Map<String, Long> associations =
        countByCode(u -> u.facts().legalForm().family() == EssFamily.ASSOCIATION);
    assertThat(associations)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("9220", 2318L, "9230", 6L, "9260", 40L, "9221", 1L));
    assertThat(associations.get("9220") + associations.get("9230") + associations.get("9260"))
        .isEqualTo(2364L);

    assertThat(countByCode(u -> u.facts().legalForm().family() == EssFamily.FONDATION))
        .containsExactly(Map.entry("9300", 4L));

    Map<String, Long> cooperatives =
        countByCode(u -> u.facts().legalForm().family() == EssFamily.COOPERATIVE);
    long core =
        List.of("5458", "5460", "5560", "5660", "6317", "6318").stream()
            .mapToLong(cooperatives::get)
            .sum();
    assertThat(core).isEqualTo(206L);
    assertThat(cooperatives).containsEntry("5432", 1L).containsEntry("5532", 1L);
    assertThat(cooperatives.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(210L);
  }

  @Test
  void statutory_commercialCompaniesAreInOnlyThroughTheDeclaration() {
    Map<String, Long> byDeclaration =
        units.stream()
            .filter(
                u ->
                    EssPerimeter.statutory(u.facts(), DATE).rule()
                        == PerimeterRule.DECLARED_ESS_STATUS)
            .collect(Collectors.groupingBy(Unit::cj, TreeMap::new, Collectors.counting()));
    assertThat(byDeclaration)
        .containsEntry("5710", 632L)
        .containsEntry("5499", 157L)
        .containsEntry("5599", 1L);
    assertThat(byDeclaration.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(794L);

    for (Unit u : units) {
      if (List.of("5710", "5499", "5599").contains(u.cj())) {
        PerimeterFacts undeclared = u.facts().withDeclaredStatus(DeclaredEssStatus.NOT_DECLARED);
        assertThat(EssPerimeter.statutory(undeclared, DATE).inEss()).as(u.siren()).isFalse();
      }
    }
  }

  @Test
  void statutory_countsByFamilyAndRule() {
    Map<EssFamily, Long> families = count(PerimeterDefinition.STATUTORY, EssClassification::family);
    Map<EssFamily, Long> expected = new EnumMap<>(EssFamily.class);
    expected.put(EssFamily.ASSOCIATION, 2365L);
    expected.put(EssFamily.COOPERATIVE, 210L);
    expected.put(EssFamily.FONDATION, 4L);
    expected.put(EssFamily.SOCIETE_COMMERCIALE_ESS, 794L);
    expected.put(EssFamily.PUBLIC_SECTOR, 1L);
    expected.put(EssFamily.OUTSIDE_ESS, 1L);
    assertThat(families).containsExactlyInAnyOrderEntriesOf(expected);

    // the two units declared ESS whose legal form art. 1-II does not list: a GIP and an SCP
    assertThat(
            units.stream()
                .filter(
                    u -> EssPerimeter.statutory(u.facts(), DATE).has(Caveat.DECLARATION_CONFLICT))
                .map(Unit::cj))
        .containsExactlyInAnyOrder("7410", "6585");
  }

  @Test
  void statistical_countsEmployerUnitsOfTheListedFormsOnly() {
    Map<PerimeterRule, Long> rules =
        count(PerimeterDefinition.STATISTICAL, EssClassification::rule);
    assertThat(rules)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                PerimeterRule.CJ_IN_LIST, 213L,
                PerimeterRule.NON_EMPLOYER, 2366L,
                PerimeterRule.COMMERCIAL_COMPANY_NOT_COUNTED, 794L,
                PerimeterRule.CJ_NOT_IN_LIST, 2L));
    Map<EssFamily, Long> counted =
        units.stream()
            .map(u -> EssPerimeter.statistical(u.facts()))
            .filter(EssClassification::inEss)
            .collect(Collectors.groupingBy(EssClassification::family, Collectors.counting()));
    assertThat(counted)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                EssFamily.ASSOCIATION, 111L, EssFamily.COOPERATIVE, 100L, EssFamily.FONDATION, 2L));
  }
}
