package io.github.esspetiteenfance.identifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * Real public identifiers (Sirene extracts, COG 2026) are all accepted, and their derived parts
 * agree with the source. See {@code README.md} beside the fixtures for their origin.
 */
class RealDataTest {

  private static List<String[]> rows(String resource) throws IOException {
    InputStream in = RealDataTest.class.getResourceAsStream(resource);
    assertThat(in).as(resource).isNotNull();
    if (resource.endsWith(".gz")) {
      in = new GZIPInputStream(in);
    }
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return reader.lines().skip(1).map(line -> line.split(",", -1)).toList();
    }
  }

  @Test
  void sireneEssUnits_sirenCategorieJuridiqueAndNaf_allValid() throws IOException {
    List<String[]> rows = rows("sirene-ess-numerique-identifiers.csv");
    assertThat(rows).hasSize(3375);
    assertThat(rows)
        .allSatisfy(
            row -> {
              assertThat(Siren.isValid(row[0])).as(row[0]).isTrue();
              assertThat(CategorieJuridique.isValid(row[1])).as(row[1]).isTrue();
              assertThat(CodeNaf.of(row[2]).nomenclature()).isEqualTo(NafNomenclature.NAF_REV2);
            });
  }

  @Test
  void sireneSirets_allValid_nafCodesInTheirNomenclature() throws IOException {
    List<String[]> rows = rows("sirene-sirets.csv");
    assertThat(rows).hasSize(12);
    for (String[] row : rows) {
      Siret siret = Siret.of(row[0]);
      assertThat(siret.isLaPoste()).isFalse();
      if (!row[1].isEmpty()) {
        assertThat(CategorieJuridique.isValid(row[1])).isTrue();
        assertThat(CodeNaf.of(row[2]).nomenclature()).isEqualTo(NafNomenclature.NAF_REV2);
        assertThat(CodeNaf.of(row[3]).nomenclature()).isEqualTo(NafNomenclature.NAF_2025);
      }
    }
  }

  @Test
  void cog2026Communes_allValid_departementAsInCog() throws IOException {
    List<String[]> rows = rows("cog-2026-communes.csv.gz");
    assertThat(rows).hasSize(37496);
    for (String[] row : rows) {
      CodeCommune commune = CodeCommune.of(row[1]);
      if (!row[2].isEmpty()) {
        assertThat(commune.departement()).as(row[1]).hasToString(row[2]);
      }
    }
  }
}
