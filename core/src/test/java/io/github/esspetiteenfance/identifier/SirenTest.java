package io.github.esspetiteenfance.identifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Golden cases of {@link Siren}: real public numbers from the project reference, section 4. */
class SirenTest {

  @ParameterizedTest
  @ValueSource(strings = {"552081317", "130025265", "356000000", "732829320"})
  void of_realSiren_accepted(String text) {
    Siren siren = Siren.of(text);
    assertThat(siren.toString()).isEqualTo(text);
    assertThat(Siren.isValid(text)).isTrue();
    assertThat(Siren.of(siren.toString())).isEqualTo(siren).hasSameHashCodeAs(siren);
  }

  @Test
  void of_spaces_removed() {
    assertThat(Siren.of(" 552 081 317 ").toString()).isEqualTo("552081317");
    assertThat(Siren.of("552\u00A0081\u202F317").toString()).isEqualTo("552081317");
    assertThat(Siren.of("552 081 317")).isEqualTo(Siren.of("552081317"));
  }

  @ParameterizedTest
  @CsvSource({
    "552081318, identifier.siren.checksum",
    "130025266, identifier.siren.checksum",
    "55208131, identifier.siren.length",
    "5520813170, identifier.siren.length",
    "'', identifier.siren.length",
    "'   ', identifier.siren.length",
    "55208131A, identifier.siren.digits",
    "552-081-3, identifier.siren.digits",
    "５５２０８１３１７, identifier.siren.digits"
  })
  void of_invalid_throwsWithCode(String text, String code) {
    assertThatExceptionOfType(InvalidIdentifierException.class)
        .isThrownBy(() -> Siren.of(text))
        .satisfies(
            e -> {
              assertThat(e.code()).isEqualTo(code);
              assertThat(e.identifierType()).isEqualTo(IdentifierType.SIREN);
              assertThat(e.input()).isEqualTo(text);
              assertThat(e.rejectedValue()).isEqualTo(text);
            });
    assertThat(Siren.isValid(text)).isFalse();
  }

  @Test
  void isValid_null_false() {
    assertThat(Siren.isValid(null)).isFalse();
  }

  @Test
  void of_null_throwsNpe() {
    assertThatNullPointerException().isThrownBy(() -> Siren.of(null));
  }

  @Test
  void exception_messagesInBothLanguages() {
    InvalidIdentifierException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            InvalidIdentifierException.class, () -> Siren.of("552081318"));
    assertThat(e.message(Locale.ENGLISH)).contains("552081318").contains("Luhn");
    assertThat(e.message(Locale.FRENCH)).contains("552081318").contains("clé de contrôle");
    assertThat(e.getMessage()).startsWith("[identifier.siren.checksum]");
  }

  @Test
  void isLaPoste_onlyLaPoste() {
    assertThat(Siren.of("356000000").isLaPoste()).isTrue();
    assertThat(Siren.of("552081317").isLaPoste()).isFalse();
  }
}
