package io.github.esspetiteenfance.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CheckMicroCrecheTest {

  @Test
  void main_printsTheVerdictAndEveryFinding() {
    String output = Run.captureSystemOut(() -> CheckMicroCreche.main(new String[0]));

    assertThat(output.lines().toList())
        .first()
        .isEqualTo("Not compliant on September 1, 2026: 1 error(s), 0 warning(s).");
    assertThat(output)
        .contains("INFORMATION [regulation.category]")
        .contains("ERROR [regulation.staff.minimum-adults]")
        .contains("(Code de la santé publique, R2324-43-1");
  }
}
