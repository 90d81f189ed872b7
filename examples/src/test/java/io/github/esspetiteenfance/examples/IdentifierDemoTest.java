package io.github.esspetiteenfance.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdentifierDemoTest {

  @Test
  void main_validSiret_printsSirenAndNic() {
    String output = Run.captureSystemOut(() -> IdentifierDemo.main(new String[0]));

    assertThat(output).contains("130 025 265 00013    valid: SIREN 130025265, NIC 00013");
    assertThat(output).contains("35600000049837       valid").contains("La Poste: digit-sum rule");
  }

  @Test
  void main_invalidSirets_printCodeAndBothLanguages() {
    String output = Run.captureSystemOut(() -> IdentifierDemo.main(new String[0]));

    assertThat(output)
        .contains("13002526500014       invalid [identifier.siret.checksum]")
        .contains("35600000049838       invalid [identifier.siret.la-poste]")
        .contains("1300252650001        invalid [identifier.siret.length]")
        .contains("fr: Le SIRET « 13002526500014 » a une clé de contrôle")
        .contains("en: The SIRET '13002526500014' fails its check digit");
  }

  @Test
  void main_codes_printNafCategoryAndCommune() {
    String output = Run.captureSystemOut(() -> IdentifierDemo.main(new String[0]));

    assertThat(output)
        .contains("552081318            isValid: false")
        .contains("Catégorie juridique 5458: SARL coopérative de production (SCOP)")
        .contains("Commune 44100 (Monnières), département 44");
  }
}
