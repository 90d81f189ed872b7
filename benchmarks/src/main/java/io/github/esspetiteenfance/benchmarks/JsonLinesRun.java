package io.github.esspetiteenfance.benchmarks;

import io.github.esspetiteenfance.establishment.Establishment;
import io.github.esspetiteenfance.json.EssDocument;
import io.github.esspetiteenfance.json.EssJson;
import io.github.esspetiteenfance.json.JsonStreamSummary;
import io.github.esspetiteenfance.testing.EstablishmentGenerators;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.quicktheories.core.Gen;

/**
 * Writes and reads a large JSON Lines file of establishments with constant memory (issue #16.2).
 *
 * <pre>{@code
 * mvn -B -q -DskipTests -pl benchmarks -am package
 * CP=benchmarks/target/benchmarks.jar; M=io.github.esspetiteenfance.benchmarks.JsonLinesRun
 * java -Xmx256m -cp $CP $M write /tmp/establishments.jsonl 200000
 * java -Xmx256m -cp $CP $M read /tmp/establishments.jsonl
 * java -Xmx256m -cp $CP $M array /tmp/establishments.json 200000   # a streamed array, read back
 * }</pre>
 *
 * <p>Writing draws the establishments one by one from core's generators with a fixed seed and
 * streams them out; reading hands each to a consumer that keeps only a count. Prints the counts,
 * the time and the heap pools' peak use.
 */
public final class JsonLinesRun {

  private JsonLinesRun() {}

  /**
   * Runs a step.
   *
   * @param args {@code write <file> <count>}, {@code read <file>} or {@code array <file> <count>}
   * @throws Exception on an I/O error
   */
  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[1]);
    long start = System.nanoTime();
    switch (args[0]) {
      case "write" -> {
        long n = write(file, Long.parseLong(args[2]), false);
        report("wrote " + n + " establishments, " + Files.size(file) + " bytes", start);
      }
      case "read" -> {
        JsonStreamSummary summary;
        AtomicLong sites = new AtomicLong();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
          summary =
              EssJson.reader(EssDocument.ESTABLISHMENT)
                  .readLines(
                      in,
                      e -> sites.addAndGet(e.sites().size()),
                      e -> System.out.println("refused " + e.getMessage()));
        }
        report("read " + summary + ", " + sites.get() + " sites", start);
      }
      case "array" -> {
        long n = write(file, Long.parseLong(args[2]), true);
        report("wrote an array of " + n + " establishments, " + Files.size(file) + " bytes", start);
        long read = System.nanoTime();
        AtomicLong count = new AtomicLong();
        JsonStreamSummary summary;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
          summary =
              EssJson.reader(EssDocument.ESTABLISHMENT)
                  .readArray(
                      in,
                      e -> count.incrementAndGet(),
                      e -> System.out.println("refused " + e.getMessage()));
        }
        report("read the array: " + summary, read);
      }
      default -> throw new IllegalArgumentException("write, read or array: " + args[0]);
    }
  }

  private static long write(Path file, long count, boolean array) throws Exception {
    Gen<Establishment> gen = EstablishmentGenerators.establishments();
    Datasets.SeededSource source = new Datasets.SeededSource(20_261_204L);
    Iterator<Establishment> values =
        new Iterator<>() {
          long made;

          @Override
          public boolean hasNext() {
            return made < count;
          }

          @Override
          public Establishment next() {
            while (true) {
              try {
                Establishment e = gen.generate(source);
                made++;
                return e;
              } catch (RuntimeException e) {
                // a generator that gave up on an assumption: draw again
              }
            }
          }
        };
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      return array ? EssJson.writeArray(values, out) : EssJson.writeLines(values, out);
    }
  }

  private static void report(String what, long start) {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    long gcs = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      gcs += Math.max(0, gc.getCollectionCount());
    }
    System.out.printf(
        Locale.ROOT,
        "%s in %.1f s; heap max %s, heap pools' peak %s, %d collections%n",
        what,
        (System.nanoTime() - start) / 1e9,
        HostileCorpusRun.mb(Runtime.getRuntime().maxMemory()),
        HostileCorpusRun.mb(peak),
        gcs);
  }
}
