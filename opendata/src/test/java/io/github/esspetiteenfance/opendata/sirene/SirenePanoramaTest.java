package io.github.esspetiteenfance.opendata.sirene;

import static io.github.esspetiteenfance.opendata.sirene.SireneFixtures.copy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.esspetiteenfance.identifier.CodeCommune;
import io.github.esspetiteenfance.identifier.CodeDepartement;
import io.github.esspetiteenfance.identifier.CodeNaf;
import io.github.esspetiteenfance.identifier.CodeRegion;
import io.github.esspetiteenfance.indicator.Panorama;
import io.github.esspetiteenfance.indicator.Population;
import io.github.esspetiteenfance.indicator.SecrecyRule;
import io.github.esspetiteenfance.indicator.Sector;
import io.github.esspetiteenfance.opendata.OpenDataErrorCode;
import io.github.esspetiteenfance.opendata.OpenDataException;
import io.github.esspetiteenfance.opendata.ProgressListener;
import io.github.esspetiteenfance.opendata.RowAccounting;
import io.github.esspetiteenfance.opendata.RowRejection;
import io.github.esspetiteenfance.organization.EssFamily;
import io.github.esspetiteenfance.organization.PerimeterDefinition;
import io.github.esspetiteenfance.territory.Cog;
import io.github.esspetiteenfance.territory.France;
import io.github.esspetiteenfance.territory.Territory;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SirenePanoramaTest {

  @TempDir Path dir;

  private static final Cog COG = Cog.bundled();

  private SireneResult fixture() {
    return SirenePanorama.compute(
        SireneRequest.of(
            copy(SireneFixtures.ESTABLISHMENTS_2026, dir), copy(SireneFixtures.UNITS_2026, dir)),
        ProgressListener.NONE);
  }

  private static long establishments(Panorama p, Territory t, EssFamily family) {
    return p.tally(t, Population.family(Sector.EAJE, family).withNonEmployers()).establishments();
  }

  @Test
  void everyRowOfTheEstablishmentFixtureIsAccountedForWithItsReason() {
    RowAccounting a = fixture().establishments();

    assertThat(a.read()).isEqualTo(17);
    assertThat(a.accepted()).isEqualTo(6);
    assertThat(a.filtered())
        .containsOnly(
            Map.entry(SireneFilter.CLOSED, 1L),
            Map.entry(SireneFilter.OTHER_ACTIVITY, 2L),
            Map.entry(SireneFilter.OTHER_NOMENCLATURE, 1L),
            Map.entry(SireneFilter.ABROAD, 1L),
            Map.entry(SireneFilter.OVERSEAS_COLLECTIVITY, 1L),
            Map.entry(SireneFilter.UNKNOWN_COMMUNE, 1L),
            Map.entry(SireneFilter.NO_COMMUNE, 1L));
    assertThat(a.rejectedByCode())
        .containsOnly(
            Map.entry("opendata.siret.invalid", 1L),
            Map.entry("opendata.legal-unit.unusable", 1L),
            Map.entry("opendata.value.invalid", 1L));
    assertThat(a.rejections())
        .extracting(RowRejection::line, RowRejection::column)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(12L, "siret"),
            org.assertj.core.groups.Tuple.tuple(13L, "siret"),
            org.assertj.core.groups.Tuple.tuple(17L, "etatAdministratifEtablissement"));
    assertThat(a.read()).isEqualTo(a.accepted() + a.filteredCount() + a.rejected());
  }

  @Test
  void theLegalUnitFileIsJoinedOnTheSirensOfTheKeptEstablishmentsOnly() {
    RowAccounting a = fixture().legalUnits();

    assertThat(a.read()).isEqualTo(17);
    assertThat(a.accepted()).isEqualTo(5);
    assertThat(a.filtered()).containsOnly(Map.entry(SireneFilter.UNIT_NOT_SELECTED, 12L));
    assertThat(a.rejected()).isZero();
  }

  @Test
  void familiesDifferBetweenTheStatutoryAndTheStatisticalPerimeter() {
    SireneResult r = fixture();
    Panorama law = r.statutory();
    Panorama stats = r.statistical();
    France fr = France.INSTANCE;

    assertThat(law.records()).isEqualTo(6);
    assertThat(stats.records()).isEqualTo(6);
    // the non-employer association of Paris is ESS by law, not in the statistics
    assertThat(establishments(law, fr, EssFamily.ASSOCIATION)).isEqualTo(3);
    assertThat(establishments(stats, fr, EssFamily.ASSOCIATION)).isEqualTo(2);
    assertThat(establishments(stats, fr, EssFamily.OUTSIDE_ESS)).isEqualTo(2);
    assertThat(establishments(law, fr, EssFamily.COOPERATIVE)).isEqualTo(1);
    assertThat(establishments(law, fr, EssFamily.FONDATION)).isEqualTo(1);
    assertThat(establishments(law, fr, EssFamily.OUTSIDE_ESS)).isEqualTo(1);
    assertThat(r.panorama()).isSameAs(stats);
    assertThat(r.withPerimeterShown(PerimeterDefinition.STATUTORY).panorama()).isSameAs(law);
  }

  @Test
  void formerDelegatedAndArrondissementCodesCountInTheirCurrentCommune() {
    Panorama p = fixture().statutory();

    // 44160 Saint-Géréon merged into 44003 Ancenis-Saint-Géréon (2019)
    assertThat(p.territories()).contains(COG.requireCommune(CodeCommune.of("44003")));
    // 49001 Les Alleuds, commune déléguée of 49050
    assertThat(p.territories()).contains(COG.requireCommune(CodeCommune.of("49050")));
    // 75101 Paris 1er arrondissement counts in Paris, département 75
    assertThat(p.territories())
        .contains(
            COG.requireCommune(CodeCommune.of("75056")),
            COG.requireDepartement(CodeDepartement.of("75")));
    assertThat(p.territories())
        .noneMatch(t -> t.code().equals("44160") || t.code().equals("75101"));
  }

  @Test
  void jobsAreTheBandsRangesAndUnknownWithoutBand() {
    Panorama p = fixture().statutory();
    var all = new Population(Sector.EAJE, Set.of(EssFamily.values()), false);

    // bands 11 (10-19) + 03 (6-9) + 02 (3-5) + 21 (50-99), one employer with no band, one NN
    assertThat(p.tally(France.INSTANCE, all).jobs().lower()).isEqualTo(10 + 6 + 3 + 50);
    assertThat(p.tally(France.INSTANCE, all).jobs().upper()).isEmpty();
  }

  @Test
  void aTerritoryFilterCountsTheRestAsOutside() {
    SireneResult r =
        SirenePanorama.compute(
            SireneRequest.of(
                    copy(SireneFixtures.ESTABLISHMENTS_2026, dir),
                    copy(SireneFixtures.UNITS_2026, dir))
                .withRegions(List.of(CodeRegion.of("52"))),
            ProgressListener.NONE);

    // Paris and the overseas/unknown rows: Paris is outside; the other PdL ones stay
    assertThat(r.establishments().filtered()).containsEntry(SireneFilter.OUTSIDE_TERRITORY, 1L);
    assertThat(r.establishments().accepted()).isEqualTo(5);
  }

  @Test
  void aNaf2025CodeIsMatchedOnTheNaf2025Column() {
    SireneResult r =
        SirenePanorama.compute(
            SireneRequest.of(
                    copy(SireneFixtures.ESTABLISHMENTS_2026, dir),
                    copy(SireneFixtures.UNITS_2026, dir))
                .withActivities(List.of(CodeNaf.of("88.91G"))),
            ProgressListener.NONE);

    // the NAFRev1 row has no NAF 2025 code: it is another activity there
    assertThat(r.establishments().filtered()).doesNotContainKey(SireneFilter.OTHER_NOMENCLATURE);
    assertThat(
            r.statutory()
                .tally(France.INSTANCE, all(Sector.naf(CodeNaf.of("88.91G"))))
                .establishments())
        .isEqualTo(6);
  }

  private static Population all(Sector sector) {
    return new Population(sector, Set.of(EssFamily.values()), false);
  }

  @Test
  void the2019HeaderReadsAndItsClosedNapRowsAreFiltered() {
    SireneResult r =
        SirenePanorama.compute(
            SireneRequest.of(
                copy(SireneFixtures.ESTABLISHMENTS_2019, dir),
                copy(SireneFixtures.UNITS_SAMPLE, dir)),
            ProgressListener.NONE);

    assertThat(r.establishments().read()).isEqualTo(3);
    assertThat(r.establishments().filtered())
        .containsOnly(Map.entry(SireneFilter.OTHER_ACTIVITY, 3L));
    assertThat(r.legalUnits().filtered())
        .containsOnly(Map.entry(SireneFilter.UNIT_NOT_SELECTED, 9L));
  }

  @Test
  void aNaf2025RequestOnA2019FileStopsNamingTheMissingColumn() {
    SireneRequest request =
        SireneRequest.of(
                copy(SireneFixtures.ESTABLISHMENTS_2019, dir),
                copy(SireneFixtures.UNITS_SAMPLE, dir))
            .withActivities(List.of(CodeNaf.of("88.91G")));

    assertThatThrownBy(() -> SirenePanorama.compute(request, ProgressListener.NONE))
        .isInstanceOfSatisfying(
            OpenDataException.class,
            e -> {
              assertThat(e.errorCode()).isEqualTo(OpenDataErrorCode.COLUMN_MISSING);
              assertThat(e.rejectedValue()).isEqualTo("activitePrincipaleNAF25Etablissement");
              assertThat(e.message(Locale.FRENCH)).contains("activitePrincipaleNAF25Etablissement");
            });
  }

  @Test
  void aLegalUnitFileWithoutTheStockColumnsStopsBeforeTheLongRead() {
    SireneRequest request =
        SireneRequest.of(
            copy(SireneFixtures.ESTABLISHMENTS_2026, dir),
            copy(SireneFixtures.UNITS_ESS_LIST, dir));
    List<ProgressListener.Progress> seen = new CopyOnWriteArrayList<>();

    assertThatThrownBy(() -> SirenePanorama.compute(request, seen::add))
        .isInstanceOfSatisfying(
            OpenDataException.class,
            e -> {
              assertThat(e.errorCode()).isEqualTo(OpenDataErrorCode.COLUMN_MISSING);
              assertThat(e.rejectedValue()).isEqualTo("nomenclatureActivitePrincipaleUniteLegale");
              assertThat(e.field()).contains(SireneFixtures.UNITS_ESS_LIST);
            });
    assertThat(seen).isEmpty();
  }

  @Test
  void aMissingFileIsUnreadable() {
    SireneRequest request = SireneRequest.of(dir.resolve("none.csv"), dir.resolve("none2.csv"));

    assertThatThrownBy(() -> SirenePanorama.compute(request, ProgressListener.NONE))
        .isInstanceOfSatisfying(
            OpenDataException.class,
            e -> assertThat(e.errorCode()).isEqualTo(OpenDataErrorCode.FILE_UNREADABLE));
  }

  @Test
  void secrecyIsOnByDefaultAndCanBeSwitchedOff() {
    SireneResult r = fixture();

    assertThat(r.secrecyRule()).isEqualTo(SecrecyRule.INSEE);
    assertThat(r.withSecrecyShown(false).secrecyRule()).isEqualTo(SecrecyRule.NONE);
  }

  @Test
  void theProgressListenerSeesEveryRowAtTheEnd() {
    List<ProgressListener.Progress> seen = new CopyOnWriteArrayList<>();
    SirenePanorama.compute(
        SireneRequest.of(
            copy(SireneFixtures.ESTABLISHMENTS_2026, dir), copy(SireneFixtures.UNITS_2026, dir)),
        seen::add);

    assertThat(seen)
        .anySatisfy(
            p -> {
              assertThat(p.file()).isEqualTo(SireneFixtures.ESTABLISHMENTS_2026);
              assertThat(p.rowsRead()).isEqualTo(17);
              assertThat(p.bytesRead()).isEqualTo(p.bytesTotal());
            });
  }

  @Test
  void theAccountingLineNamesEveryReason() {
    String line = fixture().establishments().summary(Locale.ENGLISH);

    assertThat(line)
        .startsWith(SireneFixtures.ESTABLISHMENTS_2026 + ": read 17 = accepted 6 + filtered 8 (")
        .contains("closed establishment 1", "abroad 1", "rejected 3");
    assertThat(fixture().establishments().summary(Locale.FRENCH)).contains("lues 17", "fermé");
  }

  @Test
  void aCorruptCompressedFileIsUnreadable() throws java.io.IOException {
    Path est = SireneFixtures.copy(SireneFixtures.ESTABLISHMENTS_2026, dir);
    Path gz = dir.resolve("StockEtablissement_utf8.csv.gz");
    try (var out = new java.util.zip.GZIPOutputStream(java.nio.file.Files.newOutputStream(gz))) {
      java.nio.file.Files.copy(est, out);
    }
    byte[] bytes = java.nio.file.Files.readAllBytes(gz);
    java.nio.file.Files.write(gz, java.util.Arrays.copyOf(bytes, bytes.length / 2));
    SireneRequest request = SireneRequest.of(gz, copy(SireneFixtures.UNITS_2026, dir));

    assertThatThrownBy(() -> SirenePanorama.compute(request, ProgressListener.NONE))
        .isInstanceOfSatisfying(
            OpenDataException.class,
            e -> {
              assertThat(e.errorCode()).isEqualTo(OpenDataErrorCode.FILE_UNREADABLE);
              assertThat(e.field()).contains("StockEtablissement_utf8.csv.gz");
            });
  }
}
