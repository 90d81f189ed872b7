package io.github.esspetiteenfance.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.esspetiteenfance.json.EssDocument;
import io.github.esspetiteenfance.json.EssJson;
import io.github.esspetiteenfance.json.EssJsonReader;
import io.github.esspetiteenfance.json.JsonDocumentException;
import io.github.esspetiteenfance.json.JsonProblem;
import io.github.esspetiteenfance.testing.HostileDocuments;
import io.github.esspetiteenfance.testing.SeedPortraits;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The long run of the hostile corpus (issue #16.3): reads a million (or more) documents of every
 * type mutated by {@link HostileDocuments}, on every core, and checks each outcome: a value or the
 * documented {@link JsonDocumentException} only, no cause, no partial object or document tree
 * reachable (every rejected value a bounded scalar), every message at most {@link
 * JsonDocumentException#MAX_MESSAGE_LENGTH} characters without control characters, and the heap
 * held after the run back to its baseline. Prints documents, accepted, refused, defects, the
 * slowest document and the peak heap.
 *
 * <pre>{@code
 * mvn -B -q -DskipTests -pl benchmarks -am package
 * java -Xmx1g -cp benchmarks/target/benchmarks.jar \
 *     io.github.esspetiteenfance.benchmarks.HostileCorpusRun 1000000 json/src/test/resources/golden
 * }</pre>
 *
 * <p>Exits with status 1 if any defect was found.
 */
public final class HostileCorpusRun {

  private HostileCorpusRun() {}

  /**
   * Runs the corpus.
   *
   * @param args the number of documents (default 1 000 000) and the folder of the golden documents
   *     (default {@code json/src/test/resources/golden})
   * @throws Exception if the seeds cannot be read
   */
  public static void main(String[] args) throws Exception {
    long count = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000L;
    Path golden = Path.of(args.length > 1 ? args[1] : "json/src/test/resources/golden");
    List<EssDocument<?>> types = EssDocument.values();
    List<byte[]> seeds = new ArrayList<>();
    for (EssDocument<?> type : types) {
      seeds.add(
          type == EssDocument.ESTABLISHMENTS
              ? EssJson.encode(SeedPortraits.all().subList(0, 3)).getBytes(StandardCharsets.UTF_8)
              : Files.readAllBytes(golden.resolve(type.name() + ".json")));
    }
    HostileDocuments corpus = new HostileDocuments(seeds);
    List<EssJsonReader<?>> readers = new ArrayList<>();
    for (EssDocument<?> type : types) {
      readers.add(EssJson.reader(type));
    }
    // warm up, then take the baseline of the heap held
    for (long n = 0; n < 5_000; n++) {
      outcome(readers.get(corpus.seedOf(n)), corpus.document(n), n);
    }
    long baseline = heldHeap();

    int threads = Runtime.getRuntime().availableProcessors();
    AtomicLong accepted = new AtomicLong();
    AtomicLong refused = new AtomicLong();
    AtomicLong slowestNanos = new AtomicLong();
    AtomicLong slowest = new AtomicLong(-1);
    AtomicLong peak = new AtomicLong();
    AtomicLong done = new AtomicLong();
    ConcurrentLinkedQueue<String> defects = new ConcurrentLinkedQueue<>();
    long start = System.nanoTime();
    List<Thread> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int stripe = t;
      Thread worker =
          new Thread(
              () -> {
                for (long n = stripe; n < count; n += threads) {
                  byte[] doc = corpus.document(n);
                  long t0 = System.nanoTime();
                  String defect;
                  boolean ok;
                  try {
                    ok = outcome(readers.get(corpus.seedOf(n)), doc, n);
                    defect = null;
                  } catch (AssertionError e) {
                    ok = false;
                    defect = e.getMessage();
                  }
                  long took = System.nanoTime() - t0;
                  if (defect != null) {
                    defects.add("document " + n + ": " + defect);
                  } else if (ok) {
                    accepted.incrementAndGet();
                  } else {
                    refused.incrementAndGet();
                  }
                  if (took > slowestNanos.get()) {
                    slowestNanos.set(took);
                    slowest.set(n);
                  }
                  if ((n & 4095) == stripe) {
                    peak.accumulateAndGet(usedHeap(), Math::max);
                  }
                  long d = done.incrementAndGet();
                  if (d % 25_000 == 0) {
                    System.out.printf(
                        Locale.ROOT,
                        "progress: %d documents, accepted %d, refused %d, defects %d, slowest %d"
                            + " (%.1f ms), peak used %s, %.0f s%n",
                        d,
                        accepted.get(),
                        refused.get(),
                        defects.size(),
                        slowest.get(),
                        slowestNanos.get() / 1e6,
                        mb(peak.get()),
                        (System.nanoTime() - start) / 1e9);
                  }
                }
              });
      workers.add(worker);
      worker.start();
    }
    for (Thread worker : workers) {
      worker.join();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    long held = heldHeap();
    long poolPeak = poolPeak();
    long grown = held - baseline;
    if (grown > 16L << 20) {
      defects.add("heap held grew by " + mb(grown) + " after the refusals");
    }
    System.out.printf(
        Locale.ROOT,
        "documents %d, accepted %d, refused %d, defects %d, in %.1f s on %d threads%n",
        count,
        accepted.get(),
        refused.get(),
        defects.size(),
        seconds,
        threads);
    System.out.printf(
        Locale.ROOT,
        "slowest document %d (%s, %d bytes): %.1f ms%n",
        slowest.get(),
        corpus.firstMutation(slowest.get()),
        corpus.document(slowest.get()).length,
        slowestNanos.get() / 1e6);
    System.out.printf(
        Locale.ROOT,
        "heap: baseline held %s, held after the run %s (%+.1f MB), peak used %s (sampled), heap"
            + " pools' peak %s, max %s%n",
        mb(baseline),
        mb(held),
        grown / 1048576.0,
        mb(peak.get()),
        mb(poolPeak),
        mb(Runtime.getRuntime().maxMemory()));
    defects.stream().limit(20).forEach(d -> System.out.println("DEFECT " + d));
    System.exit(defects.isEmpty() ? 0 : 1);
  }

  /**
   * Reads a document and checks the outcome.
   *
   * @return true if it was accepted, false if refused with the documented exception
   * @throws AssertionError describing a defect
   */
  static boolean outcome(EssJsonReader<?> reader, byte[] doc, long n) {
    try {
      if (reader.read(doc) == null) {
        throw new AssertionError("null value");
      }
      return true;
    } catch (JsonDocumentException e) {
      check(e);
      return false;
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      throw new AssertionError("undocumented " + e, e);
    }
  }

  private static void check(JsonDocumentException e) {
    if (e.getCause() != null || e.getSuppressed().length > 0) {
      throw new AssertionError("a cause or suppressed exception: " + e.getCause());
    }
    if (e.problems().isEmpty()) {
      throw new AssertionError("no problem");
    }
    for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.FRENCH}) {
      String message = e.message(locale);
      if (message.length() > JsonDocumentException.MAX_MESSAGE_LENGTH) {
        throw new AssertionError("message of " + message.length() + " characters");
      }
      if (message.replace(System.lineSeparator(), "").chars().anyMatch(c -> c < 0x20)) {
        throw new AssertionError("control character in " + message);
      }
    }
    for (JsonProblem p : e.problems()) {
      Object r = p.rejectedValue();
      boolean bounded =
          r == null
              || r instanceof Number
              || r instanceof Boolean
              || r instanceof Enum<?>
              || r instanceof java.time.temporal.TemporalAccessor
              || (r instanceof JsonNode node && node.isValueNode())
              || (r instanceof String s && s.length() <= JsonProblem.MAX_VALUE_LENGTH + 30);
      if (!bounded) {
        throw new AssertionError("rejected value kept: " + r.getClass().getName());
      }
    }
  }

  private static long usedHeap() {
    Runtime rt = Runtime.getRuntime();
    return rt.totalMemory() - rt.freeMemory();
  }

  private static long heldHeap() throws InterruptedException {
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(100);
    }
    return usedHeap();
  }

  private static long poolPeak() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }

  static String mb(long bytes) {
    return String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0);
  }
}
