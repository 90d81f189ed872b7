package io.github.esspetiteenfance.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CheckMicroCrecheTest {

  @Test
  void main_printsTheVerdictAndEveryFinding() {
    String output = Run.captureSystemOut(() -> CheckMicroCreche.main(new String[0]));

    assertThat(output.lines().toList()).first().isEqualTo("false");
    assertThat(output)
        .contains("[regulation.category]")
        .contains("ERROR [regulation.staff.minimum-adults]");
  }
}
