package io.github.esspetiteenfance.benchmarks.sirene;

import io.github.esspetiteenfance.identifier.CodeCommune;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Writes a realistic pair of SIRENE stock files ({@code StockEtablissement_utf8.csv} with the
 * current 54-column header, {@code StockUniteLegale_utf8.csv} with the 35-column header) of any
 * size, for the race against DuckDB. Deterministic for a seed.
 *
 * <p>What makes it realistic (shares DERIVED from orders of magnitude of the national stock: 43.9 M
 * establishments for 29.9 M legal units, about 40 % of establishments active, 12 800 PSU EAJE):
 *
 * <ul>
 *   <li>0.67 legal unit per establishment; units hold 1 to a few establishments, sorted by SIREN
 *       like the INSEE files; SIRENs with a valid Luhn key (up to 44 M rows);
 *   <li>60 % of establishments closed ({@code F}), old ones with {@code NAFRev1} or {@code NAP}
 *       codes; 0.15 % of rows in 88.91A (the 88.91A units are mostly associations, communes, SAS
 *       and SARL, some cooperatives, foundations, mutuals and CCAS);
 *   <li>commune codes of the COG 2026: current communes, arrondissements of Paris, Lyon and
 *       Marseille, communes déléguées, former communes (merged), and a few codes abroad ({@code
 *       99xxx} country in {@code codePaysEtrangerEtablissement}), overseas collectivities and
 *       unknown codes;
 *   <li>3 % of rows partially diffusible ({@code P}) with {@code [ND]} address fields;
 *   <li>headcount bands with {@code NN} for most units, empty fields, quoted signs holding commas
 *       and doubled quotes;
 *   <li>the NAF 2025 column filled for active rows (88.91A gives 88.91G or 88.91H).
 * </ul>
 */
public final class SireneFileGenerator {

  /** The current header of {@code StockEtablissement_utf8} (54 columns). */
  public static final List<String> ESTABLISHMENT_HEADER =
      List.of(
          "siren",
          "nic",
          "siret",
          "statutDiffusionEtablissement",
          "dateCreationEtablissement",
          "trancheEffectifsEtablissement",
          "anneeEffectifsEtablissement",
          "activitePrincipaleRegistreMetiersEtablissement",
          "dateDernierTraitementEtablissement",
          "etablissementSiege",
          "nombrePeriodesEtablissement",
          "complementAdresseEtablissement",
          "numeroVoieEtablissement",
          "indiceRepetitionEtablissement",
          "dernierNumeroVoieEtablissement",
          "indiceRepetitionDernierNumeroVoieEtablissement",
          "typeVoieEtablissement",
          "libelleVoieEtablissement",
          "codePostalEtablissement",
          "libelleCommuneEtablissement",
          "libelleCommuneEtrangerEtablissement",
          "distributionSpecialeEtablissement",
          "codeCommuneEtablissement",
          "codeCedexEtablissement",
          "libelleCedexEtablissement",
          "codePaysEtrangerEtablissement",
          "libellePaysEtrangerEtablissement",
          "identifiantAdresseEtablissement",
          "coordonneeLambertAbscisseEtablissement",
          "coordonneeLambertOrdonneeEtablissement",
          "complementAdresse2Etablissement",
          "numeroVoie2Etablissement",
          "indiceRepetition2Etablissement",
          "typeVoie2Etablissement",
          "libelleVoie2Etablissement",
          "codePostal2Etablissement",
          "libelleCommune2Etablissement",
          "libelleCommuneEtranger2Etablissement",
          "distributionSpeciale2Etablissement",
          "codeCommune2Etablissement",
          "codeCedex2Etablissement",
          "libelleCedex2Etablissement",
          "codePaysEtranger2Etablissement",
          "libellePaysEtranger2Etablissement",
          "dateDebut",
          "etatAdministratifEtablissement",
          "enseigne1Etablissement",
          "enseigne2Etablissement",
          "enseigne3Etablissement",
          "denominationUsuelleEtablissement",
          "activitePrincipaleEtablissement",
          "nomenclatureActivitePrincipaleEtablissement",
          "caractereEmployeurEtablissement",
          "activitePrincipaleNAF25Etablissement");

  /** The current header of {@code StockUniteLegale_utf8} (35 columns). */
  public static final List<String> LEGAL_UNIT_HEADER =
      List.of(
          "siren",
          "statutDiffusionUniteLegale",
          "unitePurgeeUniteLegale",
          "dateCreationUniteLegale",
          "sigleUniteLegale",
          "sexeUniteLegale",
          "prenom1UniteLegale",
          "prenom2UniteLegale",
          "prenom3UniteLegale",
          "prenom4UniteLegale",
          "prenomUsuelUniteLegale",
          "pseudonymeUniteLegale",
          "identifiantAssociationUniteLegale",
          "trancheEffectifsUniteLegale",
          "anneeEffectifsUniteLegale",
          "dateDernierTraitementUniteLegale",
          "nombrePeriodesUniteLegale",
          "categorieEntreprise",
          "anneeCategorieEntreprise",
          "dateDebut",
          "etatAdministratifUniteLegale",
          "nomUniteLegale",
          "nomUsageUniteLegale",
          "denominationUniteLegale",
          "denominationUsuelle1UniteLegale",
          "denominationUsuelle2UniteLegale",
          "denominationUsuelle3UniteLegale",
          "categorieJuridiqueUniteLegale",
          "activitePrincipaleUniteLegale",
          "nomenclatureActivitePrincipaleUniteLegale",
          "nicSiegeUniteLegale",
          "economieSocialeSolidaireUniteLegale",
          "societeMissionUniteLegale",
          "caractereEmployeurUniteLegale",
          "activitePrincipaleNAF25UniteLegale");

  private static final String[] NAF =
      "47.11F 56.10A 68.20B 70.22Z 43.21A 62.01Z 86.21Z 96.02A 41.20A 45.20A 49.41A 47.71Z 85.59A 81.21Z 10.71C 01.11Z 69.20Z 71.12B 74.90B 82.99Z 93.12Z 94.99Z 88.10A 87.10A 85.10Z 84.11Z 94.91Z 64.20Z 77.39Z 66.22Z 88.99B 90.01Z 55.10Z 46.90Z 52.29A 85.32Z"
          .split(" ");
  private static final String[] OLD_NAF = "57.10 85.3K 52.1D 74.1G 70.3C 93.0D 55.3A".split(" ");
  private static final String[] BANDS = {
    "00", "01", "01", "02", "02", "03", "11", "12", "21", "22", "31", "32", "41", "42", "51", "52",
    "53"
  };
  private static final String[] WORDS =
      "LES PETITS LOUPS,CRECHE,MULTI-ACCUEIL,BOULANGERIE,DU CENTRE,SARL MARTIN,\"LE PETIT\" PRINCE,GARAGE,SERVICES,ET FILS,ATELIER,LA SOURCE"
          .split(",");

  /** 88.91A units: catégorie juridique and share (per thousand), DERIVED orders of magnitude. */
  private static final String[][] EAJE_CJ = {
    {"9220", "430"}, {"7210", "230"}, {"5710", "140"}, {"5499", "80"}, {"7348", "30"},
    {"5458", "15"}, {"9300", "15"}, {"8210", "10"}, {"9230", "10"}, {"5460", "10"},
    {"7361", "10"}, {"9210", "10"}, {"5599", "10"}
  };

  private static final String[] OTHER_CJ = {
    "1000", "1000", "1000", "1000", "5710", "5710", "5499", "5499", "9220", "6540", "5202", "6599",
    "5485", "7210", "5498", "9220", "5720", "5458", "9300", "6316"
  };

  private final SplittableRandom random;
  private final String[] communes;
  private final String[] arrondissements;
  private final String[] delegated;
  private final String[] former;

  /**
   * Creates a generator.
   *
   * @param seed the seed
   */
  public SireneFileGenerator(long seed) {
    this.random = new SplittableRandom(seed);
    List<String> com = new ArrayList<>();
    List<String> arm = new ArrayList<>();
    List<String> comd = new ArrayList<>();
    Set<String> all = new LinkedHashSet<>();
    for (String[] r : csv("/io/github/esspetiteenfance/territory/cog-2026-communes.csv")) {
      all.add(r[1]);
      switch (r[0]) {
        case "COM" -> com.add(r[1]);
        case "ARM" -> arm.add(r[1]);
        default -> comd.add(r[1]);
      }
    }
    Set<String> gone = new LinkedHashSet<>();
    for (String[] r :
        csv("/io/github/esspetiteenfance/territory/cog-2026-mouvements-communes.csv")) {
      if (!all.contains(r[3]) && CodeCommune.isValid(r[3])) {
        gone.add(r[3]);
      }
    }
    communes = com.toArray(String[]::new);
    arrondissements = arm.toArray(String[]::new);
    delegated = comd.toArray(String[]::new);
    former = gone.toArray(String[]::new);
  }

  /** Every commune code the generator may write (for the DuckDB commune table). */
  public List<String> communeCodes() {
    List<String> codes = new ArrayList<>(List.of(communes));
    codes.addAll(List.of(arrondissements));
    codes.addAll(List.of(delegated));
    codes.addAll(List.of(former));
    return codes;
  }

  private static List<String[]> csv(String resource) {
    List<String[]> rows = new ArrayList<>();
    try (InputStream in = SireneFileGenerator.class.getResourceAsStream(resource);
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      r.readLine();
      String line;
      while ((line = r.readLine()) != null) {
        rows.add(line.split(",", -1));
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return rows;
  }

  /**
   * Writes a pair of files.
   *
   * @param establishments how many establishment rows
   * @param establishmentFile where to write them
   * @param legalUnitFile where to write the legal units
   */
  public void write(long establishments, Path establishmentFile, Path legalUnitFile)
      throws IOException {
    long units = Math.max(1, establishments * 67 / 100);
    try (OutputStream est = Files.newOutputStream(establishmentFile);
        OutputStream ul = Files.newOutputStream(legalUnitFile)) {
      Sink e = new Sink(est);
      Sink u = new Sink(ul);
      e.line(String.join(",", ESTABLISHMENT_HEADER));
      u.line(String.join(",", LEGAL_UNIT_HEADER));
      long written = 0;
      long sirenBase = 1_000_000L;
      for (long i = 0; i < units; i++) {
        long remainingUnits = units - i;
        long remainingRows = establishments - written;
        int count = 1;
        long spare = remainingRows - remainingUnits;
        if (spare > 0) {
          // about half a spare establishment per unit on average, skewed
          double r = random.nextDouble();
          count +=
              r < 0.75
                  ? 0
                  : r < 0.93 ? 1 : r < 0.98 ? 2 + random.nextInt(3) : 5 + random.nextInt(20);
          count = (int) Math.min(count, 1 + spare);
        }
        if (i == units - 1) {
          count = (int) remainingRows;
        }
        sirenBase += 1 + random.nextInt(3);
        String siren = luhn(String.format("%08d", sirenBase));
        boolean eaje = random.nextInt(1000) < 2 + (count > 1 ? 1 : 0);
        String cj = eaje ? pick(EAJE_CJ) : OTHER_CJ[random.nextInt(OTHER_CJ.length)];
        boolean unitActive = random.nextInt(100) < 45 || eaje;
        writeUnit(u, siren, cj, eaje, unitActive);
        for (int k = 0; k < count; k++) {
          writeEstablishment(e, siren, k, eaje, cj, unitActive);
        }
        written += count;
      }
      e.flush();
      u.flush();
    }
  }

  private String pick(String[][] weighted) {
    int total = 0;
    for (String[] w : weighted) {
      total += Integer.parseInt(w[1]);
    }
    int r = random.nextInt(total);
    for (String[] w : weighted) {
      r -= Integer.parseInt(w[1]);
      if (r < 0) {
        return w[0];
      }
    }
    return weighted[0][0];
  }

  private static String luhn(String eight) {
    for (int d = 0; d <= 9; d++) {
      String s = eight + d;
      int sum = 0;
      for (int i = 0; i < 9; i++) {
        int v = s.charAt(i) - '0';
        if (i % 2 == 1) {
          v *= 2;
          if (v > 9) {
            v -= 9;
          }
        }
        sum += v;
      }
      if (sum % 10 == 0) {
        return s;
      }
    }
    throw new IllegalStateException();
  }

  private void writeUnit(Sink u, String siren, String cj, boolean eaje, boolean active) {
    String naf = eaje ? "88.91A" : NAF[random.nextInt(NAF.length)];
    String nomenclature = "NAFRev2";
    if (!active && random.nextInt(4) == 0) {
      naf = OLD_NAF[random.nextInt(OLD_NAF.length)];
      nomenclature = naf.length() == 5 ? "NAP" : "NAFRev1";
    }
    String naf25 = nomenclature.equals("NAFRev2") && active ? naf25(naf) : "";
    boolean association = cj.startsWith("92");
    String ess =
        association || cj.startsWith("54") && cj.equals("5458")
            ? "O"
            : cj.equals("5710") && random.nextInt(20) == 0
                ? "O"
                : random.nextInt(10) == 0 ? "" : "N";
    boolean p = random.nextInt(100) < 3;
    String band = random.nextInt(100) < 70 ? "NN" : BANDS[random.nextInt(BANDS.length)];
    StringBuilder b = u.row();
    b.append(siren).append(',').append(p ? 'P' : 'O').append(",,");
    b.append(1950 + random.nextInt(75)).append("-01-01,");
    b.append(association && random.nextInt(3) == 0 ? "ALP" : "").append(',');
    b.append(cj.equals("1000") ? (random.nextBoolean() ? "M" : "F") : "").append(',');
    b.append(cj.equals("1000") ? (p ? "[ND]" : "JEAN") : "").append(",,,,");
    b.append(cj.equals("1000") ? (p ? "[ND]" : "JEAN") : "").append(",,");
    b.append(association ? "W" + (100000000 + random.nextInt(899999999)) : "").append(',');
    b.append(band.equals("NN") ? "NN" : band).append(',');
    b.append(band.equals("NN") ? "" : "2023").append(',');
    b.append("2025-12-06T05:25:38,").append(1 + random.nextInt(9)).append(',');
    b.append(active ? "PME,2023," : ",,");
    b.append("2020-01-01,").append(active ? 'A' : 'C').append(',');
    b.append(cj.equals("1000") ? (p ? "[ND]" : "MARTIN") : "").append(",,");
    if (!cj.equals("1000")) {
      quoted(b, WORDS[random.nextInt(WORDS.length)] + " " + WORDS[random.nextInt(WORDS.length)]);
    }
    b.append(",,,,");
    b.append(cj).append(',').append(naf).append(',').append(nomenclature).append(',');
    b.append("00012,").append(ess).append(",,");
    b.append(band.equals("NN") ? "N" : "O").append(',').append(naf25);
    u.end();
  }

  private static String naf25(String naf) {
    if (naf.equals("88.91A")) {
      return "88.91G";
    }
    return naf.substring(0, 5) + "Y";
  }

  private void writeEstablishment(
      Sink e, String siren, int k, boolean eaje, String cj, boolean unitActive) {
    String nic = String.format("%05d", 12 + k * 17);
    boolean active = unitActive ? random.nextInt(100) < 80 : random.nextInt(100) < 3;
    String naf = eaje && random.nextInt(10) < 9 ? "88.91A" : NAF[random.nextInt(NAF.length)];
    String nomenclature = "NAFRev2";
    if (!active && random.nextInt(3) == 0) {
      naf = random.nextInt(2000) == 0 ? "88.91A" : OLD_NAF[random.nextInt(OLD_NAF.length)];
      nomenclature = naf.length() == 5 ? "NAP" : naf.equals("88.91A") ? "NAFRev1" : "NAFRev1";
    }
    boolean p = random.nextInt(100) < 3;
    String commune;
    String pays = "";
    int r = random.nextInt(1000);
    if (p && random.nextInt(10) == 0) {
      commune = "[ND]";
    } else if (r < 5) {
      commune = "";
      pays = "99" + (100 + random.nextInt(400));
    } else if (r < 6) {
      commune = random.nextBoolean() ? "97501" : "97801";
    } else if (r < 7) {
      commune = "44999";
    } else if (r < 80) {
      commune = arrondissements[random.nextInt(arrondissements.length)];
    } else if (r < 110) {
      commune = delegated[random.nextInt(delegated.length)];
    } else if (r < 125) {
      commune = former[random.nextInt(former.length)];
    } else {
      commune = communes[random.nextInt(communes.length)];
    }
    String band =
        random.nextInt(100) < (eaje ? 30 : 75)
            ? (random.nextInt(8) == 0 ? "" : "NN")
            : BANDS[random.nextInt(eaje ? 9 : BANDS.length)];
    String employer =
        band.equals("NN") ? "N" : band.isEmpty() ? (random.nextBoolean() ? "" : "O") : "O";
    StringBuilder b = e.row();
    b.append(siren).append(',').append(nic).append(',').append(siren).append(nic).append(',');
    b.append(p ? 'P' : 'O').append(',');
    b.append(1970 + random.nextInt(55))
        .append('-')
        .append(pad2(1 + random.nextInt(12)))
        .append("-01,");
    b.append(band)
        .append(',')
        .append(band.isEmpty() || band.equals("NN") ? "" : "2023")
        .append(",,");
    b.append("2025-12-06T05:25:38,").append(k == 0 ? "true" : "false").append(',');
    b.append(1 + random.nextInt(5)).append(',');
    if (p) {
      b.append("[ND],[ND],,,,[ND],[ND],");
    } else {
      b.append(random.nextInt(10) == 0 ? "BAT A" : "").append(',');
      b.append(1 + random.nextInt(120)).append(",,,,RUE,");
      quoted(b, WORDS[random.nextInt(WORDS.length)]);
      b.append(',');
    }
    b.append(
            commune.length() == 5 && !commune.startsWith("[")
                ? commune.substring(0, 2) + "000"
                : "")
        .append(',');
    b.append(commune.isEmpty() ? "" : "COMMUNE").append(',');
    b.append(pays.isEmpty() ? "" : "LONDRES").append(",,");
    b.append(commune).append(",,,");
    b.append(pays).append(',').append(pays.isEmpty() ? "" : "ROYAUME-UNI").append(',');
    b.append(p ? "" : commune.isEmpty() ? "" : commune + "_B001_00012").append(',');
    b.append(p ? "[ND],[ND]" : "355000.0,6690000.0").append(',');
    b.append(",,,,,,,,,,,,,,");
    b.append("2021-01-01,").append(active ? 'A' : 'F').append(',');
    if (random.nextInt(5) == 0) {
      quoted(b, WORDS[random.nextInt(WORDS.length)] + ", " + WORDS[random.nextInt(WORDS.length)]);
    }
    b.append(",,,,");
    b.append(naf).append(',').append(nomenclature).append(',').append(employer).append(',');
    b.append(active && nomenclature.equals("NAFRev2") ? naf25(naf) : "");
    e.end();
  }

  private static String pad2(int n) {
    return n < 10 ? "0" + n : Integer.toString(n);
  }

  private static void quoted(StringBuilder b, String text) {
    if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0) {
      b.append('"').append(text.replace("\"", "\"\"")).append('"');
    } else {
      b.append(text);
    }
  }

  /** A buffered writer of lines. */
  private static final class Sink {
    private final OutputStream out;
    private final StringBuilder row = new StringBuilder(512);
    private final byte[] buf = new byte[1 << 20];
    private int n;

    Sink(OutputStream out) {
      this.out = out;
    }

    StringBuilder row() {
      row.setLength(0);
      return row;
    }

    void line(String text) throws IOException {
      row.setLength(0);
      row.append(text);
      end();
    }

    void end() {
      row.append('\n');
      byte[] bytes = row.toString().getBytes(StandardCharsets.UTF_8);
      try {
        if (n + bytes.length > buf.length) {
          flush();
        }
        System.arraycopy(bytes, 0, buf, n, bytes.length);
        n += bytes.length;
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }

    void flush() throws IOException {
      out.write(buf, 0, n);
      n = 0;
    }
  }
}
