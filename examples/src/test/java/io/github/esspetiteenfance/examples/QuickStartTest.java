package io.github.esspetiteenfance.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuickStartTest {

  @Test
  void main_printsSiretChecksAndTheFamilyFee() {
    String output = Run.captureSystemOut(() -> QuickStart.main(new String[0]));

    assertThat(output.lines())
        .containsExactly("true", "false", "1.55 €/h", "242.83 €/month, UNCONFIRMED");
  }
}
