package io.github.esspetiteenfance.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue #14's measure of an everyday task, kept as a ratchet: the README's "Check a micro-crèche on
 * a date" (the code between the markers of {@link CheckMicroCreche}) needed 11 library types and 14
 * calls at 77138dc; it must need at most half: 5 types and 7 calls.
 *
 * <p>Library types are the imports of the example from {@code io.github.esspetiteenfance} that the
 * snippet names; calls are the method calls of the snippet, JDK ones included ({@code
 * LocalDate.of}), except the printing ({@code System.out.print}).
 */
class TaskBudgetTest {

  private static final Pattern CALL = Pattern.compile("\\.?\\b([a-zA-Z_]\\w*)\\s*\\(");

  @Test
  void checkMicroCreche_needsAtMostHalfTheTypesAndCallsOf77138dc() throws IOException {
    Path source =
        Path.of("src/main/java/io/github/esspetiteenfance/examples/CheckMicroCreche.java");
    List<String> lines = Files.readAllLines(source, StandardCharsets.UTF_8);
    String snippet =
        String.join(
                "\n",
                lines.subList(
                    lines.indexOf("    // check-micro-creche:begin") + 1,
                    lines.indexOf("    // check-micro-creche:end")))
            .replaceAll("//[^\n]*", "")
            .replace("System.out.print", "");

    Set<String> types = new TreeSet<>();
    for (String line : lines) {
      if (line.startsWith("import io.github.esspetiteenfance.")) {
        String simple = line.substring(line.lastIndexOf('.') + 1, line.length() - 1);
        if (Pattern.compile("\\b" + simple + "\\b").matcher(snippet).find()) {
          types.add(simple);
        }
      }
    }
    List<String> calls = new java.util.ArrayList<>();
    Matcher m = CALL.matcher(snippet);
    while (m.find()) {
      calls.add(m.group(1));
    }
    System.out.println("check a micro-crèche: " + types + ", calls " + calls);

    assertThat(types)
        .containsExactlyInAnyOrder(
            "MicroCreche", "Observation", "RegulatoryChecker", "ComplianceReport")
        .hasSizeLessThanOrEqualTo(5);
    assertThat(calls)
        .containsExactly("of", "ofChildren", "withStaff", "bundled", "check", "of", "message")
        .hasSizeLessThanOrEqualTo(7);
  }
}
