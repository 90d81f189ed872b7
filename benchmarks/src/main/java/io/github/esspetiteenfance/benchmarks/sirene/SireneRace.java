package io.github.esspetiteenfance.benchmarks.sirene;

import io.github.esspetiteenfance.identifier.CodeCommune;
import io.github.esspetiteenfance.indicator.Panorama;
import io.github.esspetiteenfance.indicator.Population;
import io.github.esspetiteenfance.indicator.Sector;
import io.github.esspetiteenfance.opendata.ProgressListener;
import io.github.esspetiteenfance.opendata.sirene.SirenePanorama;
import io.github.esspetiteenfance.opendata.sirene.SireneRequest;
import io.github.esspetiteenfance.opendata.sirene.SireneResult;
import io.github.esspetiteenfance.organization.CjMapping;
import io.github.esspetiteenfance.organization.CjMappings;
import io.github.esspetiteenfance.organization.EssFamily;
import io.github.esspetiteenfance.organization.PerimeterDefinition;
import io.github.esspetiteenfance.territory.Cog;
import io.github.esspetiteenfance.territory.CommuneResolution;
import io.github.esspetiteenfance.territory.Departement;
import java.io.IOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The race of {@link SirenePanorama} against DuckDB on the same generated SIRENE file pairs: the
 * same work (read both CSV files, keep the active 88.91A establishments of NAFRev2 rows, resolve
 * their commune to its current département with the library's COG table, join their legal unit on
 * SIREN, classify it with the CJ → family table the library exports under both perimeters, count by
 * département and family). Both must give the same counts (the race stops otherwise); then the wall
 * times, rows/s, MB/s, the Java heap peak and the ratio are printed.
 *
 * <p>Usage: {@code java -Xmx512m -cp benchmarks/target/benchmarks.jar
 * io.github.esspetiteenfance.benchmarks.sirene.SireneRace [sizes] [directory] [runs]}, with sizes
 * such as {@code 1000000,10000000} (default), the directory of the generated files (default {@code
 * target/sirene-race}; files are generated once and reused), and the number of timed runs of each
 * engine (default 3; the best is kept, after one warm-up run each).
 */
public final class SireneRace {

  private SireneRace() {}

  /**
   * Runs the race.
   *
   * @param args sizes, directory, runs
   */
  public static void main(String[] args) throws Exception {
    String sizes = args.length > 0 ? args[0] : "1000000,10000000";
    Path dir = Path.of(args.length > 1 ? args[1] : "target/sirene-race");
    int runs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    int threads = Runtime.getRuntime().availableProcessors();
    Files.createDirectories(dir);
    SireneFileGenerator generator = new SireneFileGenerator(42);
    Path cj = dir.resolve("cj-family.csv");
    Path communes = dir.resolve("commune-departement.csv");
    exportTables(generator, cj, communes);
    System.out.printf(
        Locale.ROOT,
        "# %d processors, max heap %d MB, Java %s%n",
        threads,
        Runtime.getRuntime().maxMemory() >> 20,
        System.getProperty("java.version"));
    for (String s : sizes.split(",")) {
      long n = Long.parseLong(s.strip());
      Path est = dir.resolve("StockEtablissement_utf8_" + n + ".csv");
      Path ul = dir.resolve("StockUniteLegale_utf8_" + n + ".csv");
      if (!Files.exists(est) || !Files.exists(ul)) {
        long t0 = System.nanoTime();
        generator = new SireneFileGenerator(42);
        generator.write(n, est, ul);
        System.out.printf(
            Locale.ROOT, "# generated %d rows in %.1f s%n", n, (System.nanoTime() - t0) / 1e9);
      }
      race(n, est, ul, cj, communes, runs, threads);
    }
  }

  private static void exportTables(SireneFileGenerator generator, Path cj, Path communes)
      throws IOException {
    try (Writer w = Files.newBufferedWriter(cj, StandardCharsets.UTF_8)) {
      w.write("code,family\n");
      for (CjMapping m : CjMappings.all()) {
        w.write(
            m.code()
                + ","
                + (m.commercialCompany() ? "COMMERCIAL_COMPANY" : m.familyByForm().name())
                + "\n");
      }
    }
    Cog cog = Cog.bundled();
    try (Writer w = Files.newBufferedWriter(communes, StandardCharsets.UTF_8)) {
      w.write("code,dep\n");
      for (String code : new java.util.TreeSet<>(generator.communeCodes())) {
        if (!CodeCommune.isValid(code)) {
          continue;
        }
        Optional<CommuneResolution> r = cog.findResolution(CodeCommune.of(code));
        if (r.isPresent() && r.get().communes().size() == 1) {
          w.write(code + "," + r.get().communes().get(0).departement().code() + "\n");
        }
      }
    }
  }

  private static void race(long n, Path est, Path ul, Path cj, Path communes, int runs, int threads)
      throws Exception {
    double megabytes = (Files.size(est) + Files.size(ul)) / 1e6;
    SireneRequest request = SireneRequest.of(est, ul).withThreads(threads);
    // warm-up, and the counts to compare
    SireneResult result = SirenePanorama.compute(request, ProgressListener.NONE);
    Map<String, Long> ours = counts(result);
    Map<String, Long> theirs;
    try (Connection duck = DriverManager.getConnection("jdbc:duckdb:")) {
      try (Statement st = duck.createStatement()) {
        st.execute("SET threads=" + threads);
      }
      theirs = duckdb(duck, est, ul, cj, communes);
      if (!ours.equals(theirs)) {
        throw new IllegalStateException(
            "the counts differ:\n  ours   " + ours + "\n  duckdb " + theirs);
      }
      long bestOurs = Long.MAX_VALUE;
      long bestTheirs = Long.MAX_VALUE;
      long heap = 0;
      for (int i = 0; i < runs; i++) {
        System.gc();
        resetPeaks();
        long t0 = System.nanoTime();
        SireneResult again = SirenePanorama.compute(request, ProgressListener.NONE);
        long t = System.nanoTime() - t0;
        heap = Math.max(heap, heapPeak());
        if (!counts(again).equals(ours)) {
          throw new IllegalStateException("a run of ours differs from the first");
        }
        bestOurs = Math.min(bestOurs, t);
        t0 = System.nanoTime();
        Map<String, Long> d = duckdb(duck, est, ul, cj, communes);
        t = System.nanoTime() - t0;
        if (!d.equals(ours)) {
          throw new IllegalStateException("a run of DuckDB differs");
        }
        bestTheirs = Math.min(bestTheirs, t);
      }
      long groups = ours.size();
      long total = ours.values().stream().mapToLong(Long::longValue).sum() / 2;
      System.out.printf(
          Locale.ROOT,
          "%,d establishments + %,d legal units (%.0f MB): %d (département, family, perimeter)"
              + " counts equal, %,d establishments kept%n",
          n,
          result.legalUnits().read(),
          megabytes,
          groups,
          total);
      System.out.printf(
          Locale.ROOT,
          "  ess-petite-enfance: %.2f s, %,.0f rows/s, %.0f MB/s, heap peak %d MB%n",
          bestOurs / 1e9,
          n / (bestOurs / 1e9),
          megabytes / (bestOurs / 1e9),
          heap >> 20);
      System.out.printf(
          Locale.ROOT,
          "  DuckDB %s: %.2f s, %,.0f rows/s, %.0f MB/s%n",
          duckVersion(duck),
          bestTheirs / 1e9,
          n / (bestTheirs / 1e9),
          megabytes / (bestTheirs / 1e9));
      System.out.printf(
          Locale.ROOT, "  ratio (DuckDB time / ours): %.2f%n", (double) bestTheirs / bestOurs);
      System.out.println("  " + result.establishments().summary(Locale.ENGLISH));
      System.out.println("  " + result.legalUnits().summary(Locale.ENGLISH));
    }
  }

  private static Map<String, Long> counts(SireneResult result) {
    Map<String, Long> counts = new TreeMap<>();
    Cog cog = Cog.bundled();
    for (PerimeterDefinition d : PerimeterDefinition.values()) {
      Panorama p = result.panorama(d);
      for (Departement dep : cog.departements()) {
        for (EssFamily f : EssFamily.values()) {
          long c = p.tally(dep, new Population(Sector.EAJE, Set.of(f), false)).establishments();
          if (c > 0) {
            counts.put(d + "|" + dep.code() + "|" + f, c);
          }
        }
      }
    }
    return counts;
  }

  private static final String QUERY =
      """
      WITH e AS (
        SELECT substr(siret, 1, 9) AS siren, codeCommuneEtablissement AS code,
          CASE WHEN caractereEmployeurEtablissement = 'O' THEN true
               WHEN caractereEmployeurEtablissement = 'N' THEN false
               ELSE coalesce(trancheEffectifsEtablissement, '') NOT IN ('', 'NN', '[ND]') END
            AS employer
        FROM read_csv('%1$s', header = true, all_varchar = true, delim = ',', quote = '"',
                      escape = '"')
        WHERE activitePrincipaleEtablissement = '88.91A'
          AND nomenclatureActivitePrincipaleEtablissement = 'NAFRev2'
          AND etatAdministratifEtablissement = 'A'),
      u AS (
        SELECT siren, categorieJuridiqueUniteLegale AS cj,
          economieSocialeSolidaireUniteLegale AS ess,
          CASE WHEN nomenclatureActivitePrincipaleUniteLegale = 'NAFRev2'
                 AND regexp_full_match(activitePrincipaleUniteLegale, '\\d\\d\\.\\d\\d[A-Z]')
               THEN activitePrincipaleUniteLegale
               ELSE activitePrincipaleNAF25UniteLegale END AS act
        FROM read_csv('%2$s', header = true, all_varchar = true, delim = ',', quote = '"',
                      escape = '"')),
      cj AS (SELECT * FROM read_csv('%3$s', header = true, all_varchar = true)),
      com AS (SELECT * FROM read_csv('%4$s', header = true, all_varchar = true)),
      j AS (
        SELECT com.dep, cj.family AS form, u.ess, coalesce(u.act, '') AS act, e.employer
        FROM e JOIN com ON e.code = com.code JOIN u ON u.siren = e.siren
          JOIN cj ON cj.code = u.cj)
      SELECT 'STATUTORY' AS p, dep,
        CASE WHEN form IN ('ASSOCIATION', 'COOPERATIVE', 'MUTUELLE', 'FONDATION') THEN form
             WHEN form = 'COMMERCIAL_COMPANY'
               THEN CASE WHEN ess = 'O' THEN 'SOCIETE_COMMERCIALE_ESS' ELSE 'OUTSIDE_ESS' END
             WHEN form = 'PUBLIC_SECTOR' THEN form
             ELSE 'OUTSIDE_ESS' END AS f, count(*) AS n
      FROM j GROUP BY ALL
      UNION ALL
      SELECT 'STATISTICAL' AS p, dep,
        CASE WHEN form = 'COMMERCIAL_COMPANY' THEN 'OUTSIDE_ESS'
             WHEN form IN ('PUBLIC_SECTOR', 'OUTSIDE_ESS') THEN form
             WHEN act LIKE '84.%%' OR substr(act, 1, 5) IN ('94.11', '94.20', '94.91', '94.92')
               THEN 'OUTSIDE_ESS'
             WHEN NOT employer THEN 'OUTSIDE_ESS'
             ELSE form END AS f, count(*) AS n
      FROM j GROUP BY ALL
      """;

  private static Map<String, Long> duckdb(
      Connection duck, Path est, Path ul, Path cj, Path communes) throws SQLException {
    Map<String, Long> counts = new TreeMap<>();
    String sql =
        String.format(
            QUERY,
            est.toAbsolutePath(),
            ul.toAbsolutePath(),
            cj.toAbsolutePath(),
            communes.toAbsolutePath());
    try (Statement st = duck.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      while (rs.next()) {
        counts.merge(
            rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3),
            rs.getLong(4),
            Long::sum);
      }
    }
    return counts;
  }

  private static String duckVersion(Connection duck) throws SQLException {
    try (Statement st = duck.createStatement();
        ResultSet rs = st.executeQuery("SELECT version()")) {
      rs.next();
      return rs.getString(1);
    }
  }

  private static void resetPeaks() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  private static long heapPeak() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }
}
