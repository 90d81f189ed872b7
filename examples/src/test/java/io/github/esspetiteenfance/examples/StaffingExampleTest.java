package io.github.esspetiteenfance.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class StaffingExampleTest {

  @Test
  void print_twelveNotWalkingSixWalking_fourOrThreeProfessionals() {
    String output = Run.capture(out -> StaffingExample.print(out, Texts.of(Locale.ENGLISH)));

    // 12 / 5 + 6 / 8 = 3.15 -> 4 ; 18 / 6 = 3
    assertThat(output)
        .contains("12 children who do not walk and 6 who walk")
        .contains(
            "Option \"1 per 5 who do not walk, 1 per 8 who walk\": 4 professionals by the ratio;"
                + " minimum of two: 2; 4 adults needed, 1 of them with an R2324-42 1° diploma")
        .contains("Option \"1 per 6 children\": 3 professionals by the ratio")
        .contains("R2324-46-4")
        .contains("R2324-43-1");
  }
}
