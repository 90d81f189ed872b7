package io.github.esspetiteenfance.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class IndicatorsExampleTest {

  @Test
  void print_sixEstablishments_essSharesOfTheRegionAndVendee() {
    String output = Run.capture(out -> IndicatorsExample.print(out, Locale.ENGLISH));

    // ESS: 3 associations + 1 SCOP of 6; jobs 14 + 4 + 16 + 3 = 37 of 64
    assertThat(output)
        .contains("records: 6")
        .contains("== Pays de la Loire ==")
        .containsPattern("NAF:88.91A, ESS ?: 4 establishments")
        .containsPattern("ESS among all, establishments ?: 67\\s?%")
        .containsPattern("Association among ESS, establishments ?: 75\\s?%")
        .containsPattern("NAF:88.91A, ESS ?: 37 jobs")
        .containsPattern("ESS among all, jobs ?: 58\\s?%")
        .contains("== Vendée ==")
        .containsPattern("85 Vendée, NAF:88.91A, ESS among all, jobs ?: 79\\s?%");
  }
}
