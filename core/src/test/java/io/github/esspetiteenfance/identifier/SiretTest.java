package io.github.esspetiteenfance.identifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Golden cases of {@link Siret}: real public numbers from the project reference, section 4. */
class SiretTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "13002526500013",
        "55208131766522",
        "73282932000074",
        "35600000000048",
        "35600000049837"
      })
  void of_realSiret_accepted(String text) {
    Siret siret = Siret.of(text);
    assertThat(siret.toString()).isEqualTo(text);
    assertThat(Siret.isValid(text)).isTrue();
    assertThat(Siret.of(siret.toString())).isEqualTo(siret).hasSameHashCodeAs(siret);
  }

  @Test
  void sirenAndNic_split() {
    Siret dinum = Siret.of("130 025 265 00013");
    assertThat(dinum.siren()).isEqualTo(Siren.of("130025265"));
    assertThat(dinum.nic()).isEqualTo(Nic.of("00013"));
    assertThat(Siret.of(dinum.siren(), dinum.nic())).isEqualTo(dinum);
  }

  @Test
  void laPoste_headOfficePassesLuhn_othersDigitSum() {
    assertThat(Luhn.isValid("35600000000048")).isTrue();
    assertThat(Luhn.digitSum("35600000000048") % 5).isNotZero();
    assertThat(Luhn.isValid("35600000049837")).isFalse();
    assertThat(Luhn.digitSum("35600000049837")).isEqualTo(45);
    assertThat(Siret.of("35600000049837").isLaPoste()).isTrue();
    assertThat(Siret.of("13002526500013").isLaPoste()).isFalse();
  }

  @ParameterizedTest
  @CsvSource({
    "13002526500014, identifier.siret.checksum",
    "55208131766523, identifier.siret.checksum",
    "1300252650001, identifier.siret.length",
    "130025265000130, identifier.siret.length",
    "1300252650001A, identifier.siret.digits",
    "MONACOCONFO001, identifier.siret.digits",
    "13002526600013, identifier.siret.siren-checksum",
    "35600000049838, identifier.siret.la-poste",
    "35600000000049, identifier.siret.la-poste"
  })
  void of_invalid_throwsWithCode(String text, String code) {
    assertThatExceptionOfType(InvalidIdentifierException.class)
        .isThrownBy(() -> Siret.of(text))
        .satisfies(
            e -> {
              assertThat(e.code()).isEqualTo(code);
              assertThat(e.identifierType()).isEqualTo(IdentifierType.SIRET);
              assertThat(e.input()).isEqualTo(text);
            });
    assertThat(Siret.isValid(text)).isFalse();
  }

  @Test
  void laPoste_luhnValidButNotMultipleOf5_rejected() {
    // 356000000 + NIC 0001 + Luhn key: passes Luhn, digit sum not a multiple of 5
    String luhnValid = "3560000000001" + Luhn.checkDigit("3560000000001");
    assertThat(Luhn.isValid(luhnValid)).isTrue();
    assertThat(Luhn.digitSum(luhnValid) % 5).isNotZero();
    assertThat(Siret.isValid(luhnValid)).isFalse();
  }

  @Test
  void of_sirenAndNic_checksumFails_throws() {
    assertThatExceptionOfType(InvalidIdentifierException.class)
        .isThrownBy(() -> Siret.of(Siren.of("130025265"), Nic.of("00014")))
        .satisfies(e -> assertThat(e.code()).isEqualTo("identifier.siret.checksum"));
  }

  @Test
  void isValid_null_false() {
    assertThat(Siret.isValid(null)).isFalse();
  }
}
