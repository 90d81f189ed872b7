package io.github.esspetiteenfance.benchmarks.sirene;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes one realistic pair of SIRENE stock files with {@link SireneFileGenerator}, named as INSEE
 * names them, for trying the command-line tool's {@code panorama} (the root README's command):
 *
 * <pre>
 * mvn -B -q -DskipTests -pl benchmarks -am package
 * java -cp benchmarks/target/benchmarks.jar \
 *     io.github.esspetiteenfance.benchmarks.sirene.GenerateSirenePair 100000 target/sirene
 * </pre>
 *
 * <p>Arguments: the number of establishment rows (default 100 000), the directory (default {@code
 * target/sirene}), the seed (default 2026). Writes {@code StockEtablissement_utf8.csv} and {@code
 * StockUniteLegale_utf8.csv} there, and prints their paths.
 */
public final class GenerateSirenePair {

  private GenerateSirenePair() {}

  /**
   * Writes the pair.
   *
   * @param args rows, directory, seed; all optional
   * @throws Exception if a file cannot be written
   */
  public static void main(String[] args) throws Exception {
    long rows = args.length > 0 ? Long.parseLong(args[0].replace("_", "")) : 100_000;
    Path dir = Path.of(args.length > 1 ? args[1] : "target/sirene");
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 2026;
    Files.createDirectories(dir);
    Path establishments = dir.resolve("StockEtablissement_utf8.csv");
    Path legalUnits = dir.resolve("StockUniteLegale_utf8.csv");
    new SireneFileGenerator(seed).write(rows, establishments, legalUnits);
    System.out.println(establishments);
    System.out.println(legalUnits);
  }
}
