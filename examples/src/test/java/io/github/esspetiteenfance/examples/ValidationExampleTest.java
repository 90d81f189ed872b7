package io.github.esspetiteenfance.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ValidationExampleTest {

  @Test
  void print_invalidLine_listsEveryProblemInBothLanguages() {
    String output = Run.capture(ValidationExample::print);

    assertThat(output)
        .contains("valid line: true []")
        .contains("valid: false, 4 errors")
        .contains("siret: doit être un SIRET valide")
        .contains("siret: must be a valid SIRET")
        .contains("name: ne doit pas être vide [constraint.NotBlank]")
        .contains("postcode -> constraint.ValidCodePostal")
        .contains("commune -> constraint.ValidCodeCommune");
  }
}
