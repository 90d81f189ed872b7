package io.github.esspetiteenfance.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class MicroCrecheExampleTest {

  @Test
  void print_english_findsTheMinimumOfTwoAndTheDirectorRuleOf2026() {
    String output = Run.capture(out -> MicroCrecheExample.print(out, Locale.ENGLISH));

    assertThat(output.lines())
        .contains(
            "2026-01-15: compliant=false, confidence=CONFIRMED, [CATEGORY, STAFF_MINIMUM_ADULTS]",
            "2026-01-15: compliant=true, confidence=CONFIRMED, [CATEGORY]",
            "2026-09-01: compliant=false, confidence=SECONDARY,"
                + " [CATEGORY, DIRECTION_TIME_INSUFFICIENT]");
    assertThat(output).contains("R2324-43-1").contains("R2324-46-1");
  }

  @Test
  void print_french_messagesInFrench() {
    String output = Run.capture(out -> MicroCrecheExample.print(out, Locale.FRENCH));

    assertThat(output).contains("il en faut au moins 2").contains("0,5 ETP");
  }
}
