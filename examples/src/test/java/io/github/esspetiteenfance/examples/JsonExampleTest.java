package io.github.esspetiteenfance.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JsonExampleTest {

  @Test
  void print_writesReadsAndRejectsWithPointers() {
    String output = Run.capture(JsonExample::print);

    assertThat(output)
        .contains("written: {\"text\":\"Décision CNAF (FNAS)\"")
        .contains("\"validity\":{\"start\":\"2025-09-01\"}")
        .contains("read back equal: true")
        .contains("/validity/start [json.value.invalid-format]")
        .contains("/confidence [json.value.unknown-code]")
        .contains("/page [json.property.unknown]");
  }
}
