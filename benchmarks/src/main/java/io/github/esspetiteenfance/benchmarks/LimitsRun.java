package io.github.esspetiteenfance.benchmarks;

import io.github.esspetiteenfance.establishment.Establishment;
import io.github.esspetiteenfance.json.EssDocument;
import io.github.esspetiteenfance.json.EssJson;
import io.github.esspetiteenfance.json.EssJsonReader;
import io.github.esspetiteenfance.json.JsonDocumentException;
import io.github.esspetiteenfance.json.JsonLimits;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Measures the worst-case time and heap of each limit of {@link JsonLimits#defaults()} (issue
 * #16.4): for each, an adversarial document just within (or at) the limit is read three times, and
 * the best CPU time of the reading thread (wall time depends on the load of the machine), the bytes
 * allocated by one read and the heap pools' peak during the reads are printed, as a Markdown table
 * for {@code json/README.md}.
 *
 * <pre>{@code
 * mvn -B -q -DskipTests -pl benchmarks -am package
 * java -Xmx1g -cp benchmarks/target/benchmarks.jar io.github.esspetiteenfance.benchmarks.LimitsRun
 * }</pre>
 */
public final class LimitsRun {

  private LimitsRun() {}

  private static final JsonLimits L = JsonLimits.defaults();

  /**
   * Runs the measures.
   *
   * @param args none
   */
  public static void main(String[] args) {
    EssJsonReader<?> org = EssJson.reader(EssDocument.ORGANIZATION);
    EssJsonReader<?> dataset = EssJson.reader(EssDocument.ESTABLISHMENTS);
    int size = (int) L.maxDocumentLength() - 64;
    System.out.println(
        "| limit | adversarial document | size | outcome | CPU time | allocated | heap peak |");
    System.out.println("|---|---|---|---|---|---|---|");
    measure(
        "maxDocumentLength + maxTokenCount",
        "`{\"k0\":0,\"k1\":0,…}` unknown keys up to the token limit, as an organization",
        org,
        () -> keys(Math.min(size / 12, (int) (L.maxTokenCount() / 2) - 2)));
    measure(
        "maxDocumentLength",
        "`{\"territories\":[{},{},…]}` up to the size limit (tree of empty objects)",
        org,
        () ->
            "{\"territories\":["
                + repeat("{},", Math.min(size / 3, (int) L.maxTokenCount() / 2 - 10))
                + "{}]}");
    measure(
        "maxNestingDepth",
        "`[[[…1…]]]` nested to the depth limit, repeated up to the size limit",
        org,
        () ->
            "{\"territories\":["
                + repeat(
                    "[".repeat(L.maxNestingDepth() - 3)
                        + "1"
                        + "]".repeat(L.maxNestingDepth() - 3)
                        + ",",
                    size / (2 * L.maxNestingDepth()))
                + "1]}");
    measure("maxNestingDepth (beyond)", "`[[[…` 10 000 deep", org, () -> "[".repeat(10_000));
    measure(
        "maxStringLength",
        "unknown properties holding strings of the string limit, up to the size limit",
        org,
        () -> {
          StringBuilder b = new StringBuilder("{");
          String s = "x".repeat(L.maxStringLength());
          for (int i = 0; b.length() < size - L.maxStringLength() - 20; i++) {
            b.append("\"k").append(i).append("\":\"").append(s).append("\",");
          }
          return b.append("\"z\":0}").toString();
        });
    measure(
        "maxNumberLength",
        "`[n,n,…]` of 40-digit numbers as territories, up to the size limit",
        org,
        () ->
            "{\"territories\":["
                + repeat("1234567890123456789012345678901234567890,", size / 41 - 2)
                + "1]}");
    measure(
        "maxNameLength",
        "unknown properties with names of the name limit, up to the size limit",
        org,
        () -> {
          StringBuilder b = new StringBuilder("{");
          for (int i = 0; b.length() < size - 400; i++) {
            String name = String.format("%0" + L.maxNameLength() + "d", i);
            b.append('"').append(name).append("\":0,");
          }
          return b.append("\"z\":0}").toString();
        });
    measure(
        "maxDecimalScale",
        "hourly rate whose amounts are `1e-30`",
        EssJson.reader(EssDocument.HOURLY_RATE),
        () -> "{\"rate\":1e-30}");
    measure(
        "maxProblems",
        "`{\"territories\":[\"x\",\"x\",…]}` with 100 000 bad references (1 000 reported)",
        org,
        () -> "{\"territories\":[" + repeat("\"x\",", 100_000) + "\"x\"]}");
    List<Establishment> many = Datasets.establishments(20_000, 20_261_204L);
    String valid = EssJson.encode(many);
    measure(
        "(dataset, per element)",
        "20 000 valid establishments (" + valid.length() / 1_000_000 + " MB)",
        dataset,
        () -> valid);
    String lastBad =
        valid.substring(0, valid.lastIndexOf("\"name\":\""))
            + "\"name\":\" \""
            + valid.substring(valid.indexOf('"', valid.lastIndexOf("\"name\":\"") + 8) + 1);
    measure(
        "(dataset, per element)",
        "the same, one blank name in the last establishment",
        dataset,
        () -> lastBad);
  }

  private static String keys(int n) {
    StringBuilder b = new StringBuilder(n * 12).append('{');
    for (int i = 0; i < n; i++) {
      b.append("\"k").append(i).append("\":0,");
    }
    return b.append("\"z\":0}").toString();
  }

  private static String repeat(String s, int n) {
    return s.repeat(Math.max(0, n));
  }

  private static void measure(
      String limit, String what, EssJsonReader<?> reader, Supplier<String> doc) {
    byte[] bytes = doc.get().getBytes(StandardCharsets.UTF_8);
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long best = Long.MAX_VALUE;
    long allocated = 0;
    String outcome = "";
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
    long before = usedHeap();
    for (int i = 0; i < 3; i++) {
      long a0 = threads.getCurrentThreadAllocatedBytes();
      long t0 = threads.getCurrentThreadCpuTime();
      try {
        reader.read(bytes);
        outcome = "accepted";
      } catch (JsonDocumentException e) {
        List<String> codes = new ArrayList<>(new java.util.LinkedHashSet<>(e.codes()));
        outcome =
            "refused: "
                + String.join(", ", codes.subList(0, Math.min(2, codes.size())))
                + " ("
                + e.problems().size()
                + ")";
      }
      best = Math.min(best, threads.getCurrentThreadCpuTime() - t0);
      allocated = threads.getCurrentThreadAllocatedBytes() - a0;
    }
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    System.out.printf(
        Locale.ROOT,
        "| `%s` | %s | %.1f MB | %s | %.0f ms | %.0f MB | %.0f MB (%.0f MB before) |%n",
        limit,
        what,
        bytes.length / 1048576.0,
        outcome,
        best / 1e6,
        allocated / 1048576.0,
        peak / 1048576.0,
        before / 1048576.0);
  }

  private static long usedHeap() {
    Runtime rt = Runtime.getRuntime();
    return rt.totalMemory() - rt.freeMemory();
  }
}
