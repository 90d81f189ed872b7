package io.github.esspetiteenfance.opendata.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.github.esspetiteenfance.identifier.CodeDepartement;
import io.github.esspetiteenfance.indicator.CountRange;
import io.github.esspetiteenfance.indicator.Population;
import io.github.esspetiteenfance.indicator.Sector;
import io.github.esspetiteenfance.indicator.Tally;
import io.github.esspetiteenfance.opendata.OpenDataErrorCode;
import io.github.esspetiteenfance.opendata.OpenDataException;
import io.github.esspetiteenfance.opendata.ProgressListener;
import io.github.esspetiteenfance.opendata.RowAccounting;
import io.github.esspetiteenfance.opendata.RowRejection;
import io.github.esspetiteenfance.organization.EmployerStatus;
import io.github.esspetiteenfance.organization.EssFamily;
import io.github.esspetiteenfance.organization.PerimeterDefinition;
import io.github.esspetiteenfance.regulation.FindingCode;
import io.github.esspetiteenfance.structure.Management;
import io.github.esspetiteenfance.structure.MicroCreche;
import io.github.esspetiteenfance.structure.StructureKind;
import io.github.esspetiteenfance.territory.Cog;
import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * The published-list reader on small lists written for the tests (fictional names, real commune
 * codes and postcodes): mapping, accounting, regulatory checks, encodings, and a property test that
 * a bad row never stops the read nor shifts the rows after it.
 */
class ListReaderTest {

  private static final LocalDate DATE = LocalDate.of(2026, 6, 1);

  private static final String MAPPING =
      """
      section,key,value
      # a département's list: INSEE code, manager column
      format,delimiter,;
      list,source,Liste de test
      list,employer,yes
      column,id,id
      column,name,nom
      column,kind,type
      column,manager,gestion
      column,capacity,capacite
      column,commune,code_insee
      column,postcode,cp
      kind,Multi-accueil,multi-accueil
      kind,Micro crèche,micro-creche
      kind,Crèche parentale,creche-collective parental
      kind,Crèche collective,creche-collective
      kind,MAM,skip
      manager,Associatif,association
      manager,Commune,public-sector
      manager,Privé,outside-ess
      manager,Inconnu,unknown
      """;

  private static final String HEADER = "id;nom;type;gestion;capacite;code_insee;cp";

  private static ListMapping mapping() {
    return ListMapping.read(
        new ByteArrayInputStream(MAPPING.getBytes(StandardCharsets.UTF_8)), "test.mapping.csv");
  }

  private static ListResult read(String list) {
    return read(list, StandardCharsets.UTF_8, mapping());
  }

  private static ListResult read(String list, Charset charset, ListMapping mapping) {
    byte[] bytes = list.getBytes(charset);
    return ListReader.read(
        new ByteArrayInputStream(bytes),
        "liste.csv",
        bytes.length,
        mapping,
        DATE,
        ProgressListener.NONE);
  }

  @Test
  void read_goodRows_becomeEstablishmentsOfTheMappedKindAndFamily() {
    ListResult result =
        read(
            HEADER
                + "\n"
                + "1;Les Lilas;Multi-accueil;Associatif;40;44109;\n"
                + "2;Les Loups;micro  CRÈCHE;Privé;10;;49100\n"
                + "3;Les Lutins;Crèche parentale;Associatif;20;49007;\n"
                + "4;Le Port;Multi-accueil;Commune;60;44184;\n");

    RowAccounting accounting = result.accounting();
    assertThat(accounting.read()).isEqualTo(4);
    assertThat(accounting.accepted()).isEqualTo(4);
    assertThat(result.establishments())
        .extracting(e -> e.establishment().kind())
        .containsExactly(
            StructureKind.MULTI_ACCUEIL,
            StructureKind.MICRO_CRECHE,
            StructureKind.CRECHE_COLLECTIVE,
            StructureKind.MULTI_ACCUEIL);
    assertThat(result.establishments())
        .extracting(e -> e.statistical().family())
        .containsExactly(
            EssFamily.ASSOCIATION,
            EssFamily.OUTSIDE_ESS,
            EssFamily.ASSOCIATION,
            EssFamily.PUBLIC_SECTOR);
    ListedEstablishment loups = result.establishments().get(1);
    assertThat(loups.line()).isEqualTo(3);
    assertThat(loups.statistical().commune().code().toString()).isEqualTo("49007");
    assertThat(((MicroCreche) loups.establishment().structure()).capacity().orElseThrow().places())
        .isEqualTo(10);
    assertThat(result.establishments().get(2).establishment().structure())
        .extracting(s -> ((io.github.esspetiteenfance.structure.Eaje) s).management())
        .isEqualTo(Optional.of(Management.PARENTAL));
    assertThat(result.establishments().get(0).statistical().sector()).isEqualTo(Sector.EAJE);
  }

  @Test
  void read_panoramaAndPlaces_countTheAcceptedRowsByDepartement() {
    ListResult result =
        read(
            HEADER
                + "\n"
                + "1;A;Multi-accueil;Associatif;40;44109;\n"
                + "2;B;Multi-accueil;Associatif;;44109;\n"
                + "3;C;Multi-accueil;Commune;20;44184;\n"
                + "4;D;Multi-accueil;Associatif;30;49007;\n");
    var cog = Cog.bundled();
    var loireAtlantique = cog.requireDepartement(CodeDepartement.of("44"));
    var maineEtLoire = cog.requireDepartement(CodeDepartement.of("49"));

    Tally ess =
        result
            .panorama(PerimeterDefinition.STATISTICAL)
            .tally(loireAtlantique, Population.ess(Sector.EAJE));
    Tally all =
        result
            .panorama(PerimeterDefinition.STATUTORY)
            .tally(loireAtlantique, Population.all(Sector.EAJE));

    assertThat(ess.establishments()).isEqualTo(2);
    assertThat(all.establishments()).isEqualTo(3);
    assertThat(result.places(loireAtlantique)).isEqualTo(CountRange.atLeast(60));
    assertThat(result.places(maineEtLoire)).isEqualTo(CountRange.exact(30));
  }

  @Test
  void read_badRows_areRejectedWithLineColumnAndCode_andSkippedOnesFiltered() {
    ListResult result =
        read(
            HEADER
                + "\n"
                + "1;;Multi-accueil;Associatif;40;44109;\n"
                + "2;B;Jardin d'éveil;Associatif;40;44109;\n"
                + "3;C;Multi-accueil;Mairie;40;44109;\n"
                + "4;D;Multi-accueil;Associatif;vingt;44109;\n"
                + "5;E;Multi-accueil;Associatif;0;44109;\n"
                + "6;F;Multi-accueil;Associatif;40;99999;\n"
                + "7;G;Multi-accueil;Associatif;40;;00000\n"
                + "8;H;MAM;Associatif;12;44109;\n"
                + "9;I;Multi-accueil;Inconnu;40;44109;\n"
                + ";;;;;;\n"
                + "11;K;Multi-accueil;Associatif;40;44109\n"
                + "12;L;Multi-accueil;Associatif;40;44109;;extra\n"
                + "13;M;Multi-accueil;Associatif;40;;\n"
                + "14;N;Multi-accueil;Associatif;40;44109;\n"
                + "15;O;Multi-accueil;Associatif;40;;85000\n");

    RowAccounting a = result.accounting();
    assertThat(a.read()).isEqualTo(15);
    assertThat(a.accepted()).isEqualTo(1);
    assertThat(a.filteredCount()).isEqualTo(3);
    assertThat(a.rejected()).isEqualTo(11);
    assertThat(a.read()).isEqualTo(a.accepted() + a.filteredCount() + a.rejected());
    assertThat(result.establishments().get(0).establishment().name()).isEqualTo("N");
    assertThat(result.establishments().get(0).line()).isEqualTo(15);
    assertThat(a.rejections())
        .extracting(RowRejection::line, RowRejection::column, r -> r.code().code())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(2L, "nom", "list.value.blank"),
            org.assertj.core.groups.Tuple.tuple(3L, "type", "list.kind.unmapped"),
            org.assertj.core.groups.Tuple.tuple(4L, "gestion", "list.manager.unmapped"),
            org.assertj.core.groups.Tuple.tuple(5L, "capacite", "list.capacity.invalid"),
            org.assertj.core.groups.Tuple.tuple(6L, "capacite", "list.capacity.invalid"),
            org.assertj.core.groups.Tuple.tuple(7L, "code_insee", "list.commune.unknown"),
            org.assertj.core.groups.Tuple.tuple(8L, "cp", "list.commune.unknown"),
            org.assertj.core.groups.Tuple.tuple(12L, "", "opendata.row.too-short"),
            org.assertj.core.groups.Tuple.tuple(13L, "", "opendata.row.too-long"),
            org.assertj.core.groups.Tuple.tuple(14L, "code_insee", "list.value.blank"),
            org.assertj.core.groups.Tuple.tuple(16L, "cp", "list.commune.ambiguous"));
    assertThat(a.filtered().keySet())
        .containsExactlyInAnyOrder(
            ListFilter.KIND_SKIPPED, ListFilter.MANAGER_UNKNOWN, ListFilter.EMPTY_LINE);
    RowRejection kind = a.rejections().get(1);
    assertThat(kind.message(Locale.FRENCH)).contains("ligne 3").contains("Jardin d'éveil");
    assertThat(kind.message(Locale.ENGLISH)).contains("line 3").contains("not in the mapping");
  }

  @Test
  void read_unknownEmployer_rejectsEveryRowWithTheLibraryCode() {
    ListMapping unknown =
        ListMapping.read(
            new ByteArrayInputStream(
                MAPPING
                    .replace("list,employer,yes", "list,employer,unknown")
                    .getBytes(StandardCharsets.UTF_8)),
            "m.csv");
    ListResult result =
        read(
            HEADER + "\n1;A;Multi-accueil;Associatif;40;44109;\n", StandardCharsets.UTF_8, unknown);
    assertThat(result.accounting().rejectedByCode())
        .containsExactly(java.util.Map.entry("indicator.employer.unknown", 1L));
    assertThat(result.accounting().rejections().get(0).message(Locale.FRENCH)).contains("ligne 2");
  }

  @Test
  void read_windows1252_withTheMappingsEncoding() {
    ListMapping cp1252 =
        ListMapping.read(
            new ByteArrayInputStream(
                (MAPPING + "format,encoding,windows-1252\n").getBytes(StandardCharsets.UTF_8)),
            "m.csv");
    ListResult result =
        read(
            HEADER + "\n1;Crèche Les Hérons;Micro crèche;Associatif;12;44109;\n",
            Charset.forName("windows-1252"),
            cp1252);
    assertThat(result.accounting().accepted()).isEqualTo(1);
    assertThat(result.establishments().get(0).establishment().name())
        .isEqualTo("Crèche Les Hérons");
    assertThat(cp1252.encoding()).isEqualTo(Charset.forName("windows-1252"));
  }

  @Test
  void checks_microCrecheAbove12AndParentalAbove24_areRegulatoryFindings() {
    ListResult result =
        read(
            HEADER
                + "\n"
                + "1;A;Micro crèche;Privé;14;44109;\n"
                + "2;B;Crèche parentale;Associatif;30;44109;\n"
                + "3;C;Micro crèche;Privé;12;44109;\n"
                + "4;D;Micro crèche;Inconnu;13;44109;\n");

    List<ListResult.Checked> checks = result.checks(DATE);

    assertThat(result.checkedCount()).isEqualTo(4);
    assertThat(result.unclassified())
        .extracting(ListResult.Unclassified::name)
        .containsExactly("D");
    assertThat(checks).extracting(ListResult.Checked::line).contains(2L, 3L, 5L);
    assertThat(checks.get(0).report().codes()).contains(FindingCode.MICRO_CRECHE_CAPACITY_EXCEEDED);
    assertThat(checks.get(1).report().codes())
        .containsAnyOf(
            FindingCode.PARENTAL_CAPACITY_EXCEEDED, FindingCode.PARENTAL_CAPACITY_DEROGATION);
    assertThat(checks)
        .noneMatch(
            c ->
                c.line() == 4L
                    && c.report().codes().contains(FindingCode.MICRO_CRECHE_CAPACITY_EXCEEDED));
    assertThat(
            checks.stream().filter(c -> c.line() == 5L).findFirst().orElseThrow().report().codes())
        .contains(FindingCode.MICRO_CRECHE_CAPACITY_EXCEEDED);
  }

  @Test
  void read_missingMappedColumn_stopsTheRunNamingIt() {
    assertThatThrownBy(() -> read("id;nom;type;gestion;capacite;cp\n"))
        .isInstanceOf(OpenDataException.class)
        .extracting(e -> ((OpenDataException) e).errorCode())
        .isEqualTo(OpenDataErrorCode.COLUMN_MISSING);
    assertThatThrownBy(() -> read(""))
        .isInstanceOf(OpenDataException.class)
        .extracting(e -> ((OpenDataException) e).errorCode())
        .isEqualTo(OpenDataErrorCode.HEADER_MISSING);
  }

  @Test
  void mapping_incompleteOrWrong_isRefusedWithTheLine() {
    assertThatThrownBy(() -> mappingOf("section,key,value\nlist,source,x\n"))
        .isInstanceOf(ListMappingException.class)
        .extracting(e -> ((ListMappingException) e).errorCode())
        .isEqualTo(ListErrorCode.MAPPING_INCOMPLETE);
    assertThatThrownBy(() -> mappingOf(MAPPING + "kind,Relais,relais-petite-enfance\n"))
        .isInstanceOf(ListMappingException.class)
        .extracting(e -> ((ListMappingException) e).field().orElseThrow())
        .isEqualTo("m.csv:22");
    assertThatThrownBy(() -> mappingOf(MAPPING + "colonne,nom,Nom\n"))
        .extracting(e -> ((ListMappingException) e).errorCode())
        .isEqualTo(ListErrorCode.MAPPING_UNKNOWN_KEY);
    assertThatThrownBy(() -> mappingOf(MAPPING + "manager,Mairie,mairie\n"))
        .extracting(e -> ((ListMappingException) e).errorCode())
        .isEqualTo(ListErrorCode.MAPPING_VALUE_INVALID);
    assertThatThrownBy(() -> mappingOf(MAPPING + "format,encoding,klingon-8\n"))
        .extracting(e -> ((ListMappingException) e).message(Locale.FRENCH))
        .asString()
        .contains("klingon-8");
  }

  @Test
  void mapping_builder_isTheFileFormatsEquivalent() {
    ListMapping built =
        ListMapping.builder()
            .source("Liste de test")
            .employer(EmployerStatus.EMPLOYER)
            .column(ListField.NAME, "nom")
            .column(ListField.KIND, "type")
            .column(ListField.COMMUNE, "code_insee")
            .manager(Optional.of(EssFamily.ASSOCIATION))
            .kind(
                "Multi-accueil",
                new ListMapping.KindMapping(Optional.of(StructureKind.MULTI_ACCUEIL), false))
            .build();
    ListResult result =
        read("nom;type;code_insee\nA;Multi-accueil;44109\n", StandardCharsets.UTF_8, built);
    assertThat(result.establishments()).hasSize(1);
    assertThat(result.establishments().get(0).statutory().family())
        .isEqualTo(EssFamily.ASSOCIATION);
  }

  private static ListMapping mappingOf(String text) {
    return ListMapping.read(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "m.csv");
  }

  // ------------------------------------------------------------------------------------ property

  /** A row of a generated list: good (with its name) or one of the bad shapes. */
  private record Row(String text, Optional<String> goodName) {}

  private static Gen<Row> rows() {
    Gen<Integer> which = SourceDSL.integers().between(0, 9);
    Gen<Integer> number = SourceDSL.integers().between(1, 99_999);
    return which.zip(
        number,
        (w, n) ->
            switch (w) {
              case 0 ->
                  new Row(
                      n + ";Nom " + n + ";Multi-accueil;Associatif;;44109;",
                      Optional.of("Nom " + n));
              case 1 ->
                  new Row(n + ";Nom " + n + ";Inconnu;Associatif;20;44109;", Optional.empty());
              case 2 ->
                  new Row(
                      n + ";Nom " + n + ";Multi-accueil;Associatif;x" + n + ";44109;",
                      Optional.empty());
              case 3 ->
                  new Row(
                      n + ";Nom;" + n + ";Multi-accueil;Associatif;20;44109;", Optional.empty());
              case 4 -> new Row(n + ";Nom " + n + ";Multi-accueil", Optional.empty());
              case 5 ->
                  new Row(
                      "\"" + n + "\";\"Nom; " + n + "\";Multi-accueil;Associatif;20;44109;",
                      Optional.of("Nom; " + n));
              case 6 -> new Row(n + ";Nom " + n + ";MAM;Associatif;20;44109;", Optional.empty());
              default ->
                  new Row(
                      n + ";Nom " + n + ";Multi-accueil;Commune;20;44109;",
                      Optional.of("Nom " + n));
            });
  }

  @Test
  void read_anyMixOfGoodAndBadRows_acceptsExactlyTheGoodOnesInOrder() {
    qt().withExamples(300)
        .forAll(SourceDSL.lists().of(rows()).ofSizeBetween(0, 30))
        .check(
            rows -> {
              StringBuilder list = new StringBuilder(HEADER).append('\n');
              List<String> expected = new ArrayList<>();
              for (Row r : rows) {
                list.append(r.text()).append('\n');
                r.goodName().ifPresent(expected::add);
              }
              ListResult result = read(list.toString());
              RowAccounting a = result.accounting();
              List<String> names =
                  result.establishments().stream().map(e -> e.establishment().name()).toList();
              return a.read() == rows.size()
                  && a.read() == a.accepted() + a.filteredCount() + a.rejected()
                  && names.equals(expected);
            });
  }
}
