package io.github.esspetiteenfance.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Temporary: writes EN/FR renderings of generated reports to a file (capture before/after). */
class MessageCaptureTest {

  @Test
  void capture() throws Exception {
    String out = System.getProperty("capture.out");
    if (out == null) {
      return;
    }
    List<String> lines = new ArrayList<>();
    qt().withFixedSeed(42L)
        .withExamples(4000)
        .withShrinkCycles(0)
        .forAll(RegulationGenerators.reports())
        .checkAssert(
            r -> {
              for (Locale l : List.of(Locale.ENGLISH, Locale.FRENCH)) {
                lines.addAll(r.message(l).lines().toList());
              }
            });
    qt().withFixedSeed(43L)
        .withExamples(1500)
        .withShrinkCycles(0)
        .forAll(IndicatorGenerators.consistencyReports())
        .checkAssert(
            r -> {
              for (Locale l : List.of(Locale.ENGLISH, Locale.FRENCH)) {
                lines.add(r.message(l));
              }
            });
    Files.write(Path.of(out), lines);
    assertThat(lines).isNotEmpty();
  }
}
