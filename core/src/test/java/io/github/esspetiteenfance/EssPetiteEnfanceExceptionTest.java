package io.github.esspetiteenfance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.github.esspetiteenfance.identifier.Siren;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

class EssPetiteEnfanceExceptionTest {

  private static final List<Locale> BOTH = List.of(Locale.ENGLISH, Locale.FRENCH);

  @SuppressWarnings("unchecked")
  private static <T> T roundTrip(T value) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return (T) in.readObject();
    }
  }

  @Test
  void serialization_keepsTheCodeFieldValueAndMessages() throws Exception {
    EssPetiteEnfanceException thrown = catchOf(() -> Siren.of("552081318"));
    EssPetiteEnfanceException read = roundTrip(thrown);
    assertThat(read.code()).isEqualTo(thrown.code());
    assertThat(read.errorCode()).isSameAs(thrown.errorCode());
    assertThat(read.field()).isEqualTo(thrown.field());
    assertThat(read.rejectedValue()).isEqualTo(thrown.rejectedValue());
    assertThat(read.getMessage()).isEqualTo(thrown.getMessage());
    for (Locale locale : BOTH) {
      assertThat(read.message(locale)).isEqualTo(thrown.message(locale));
    }
  }

  @Test
  void serialization_ofNonSerializableValuesAndArguments_keepsTheirText() throws Exception {
    Object notSerializable =
        new Object() {
          @Override
          public String toString() {
            return "opaque";
          }
        };
    InvalidValueException thrown =
        new InvalidValueException(
            CommonErrorCode.NEGATIVE, "amount", notSerializable, new BigDecimal("-1.50"));
    InvalidValueException read = roundTrip(thrown);
    assertThat(read.errorCode()).isEqualTo(CommonErrorCode.NEGATIVE);
    assertThat(read.rejectedValue()).isEqualTo("opaque");
    for (Locale locale : BOTH) {
      assertThat(read.message(locale)).isEqualTo(thrown.message(locale)).contains("opaque");
    }
    MissingAttributesException missing = roundTrip(new MissingAttributesException("name", "id"));
    assertThat(missing.missingAttributes()).containsExactly("name", "id");
    assertThat(missing.getMessage()).contains("name, id").startsWith("[model.missing-attributes]");
  }

  @Test
  void serialization_ofAnyIdentifierError_keepsItsMessages() {
    qt().withExamples(300)
        .forAll(SourceDSL.strings().allPossible().ofLengthBetween(0, 20))
        .assuming(text -> !Siren.isValid(text))
        .checkAssert(
            text -> {
              EssPetiteEnfanceException thrown = catchOf(() -> Siren.of(text));
              try {
                EssPetiteEnfanceException read = roundTrip(thrown);
                assertThat(read.code()).isEqualTo(thrown.code());
                for (Locale locale : BOTH) {
                  assertThat(read.message(locale)).isEqualTo(thrown.message(locale));
                }
              } catch (Exception e) {
                throw new AssertionError(e);
              }
            });
  }

  @Test
  void message_ofAValueHoldingALineBreak_staysOnOneLine() {
    EssPetiteEnfanceException e = catchOf(() -> Siren.of("55208131\n[ERROR] admin logged in"));
    for (Locale locale : BOTH) {
      assertThat(e.message(locale))
          .doesNotContain("\n")
          .doesNotContain("\r")
          .contains("55208131\\n[ERROR] admin logged in");
    }
    assertThat(e.getMessage()).doesNotContain("\n");
    assertThat(e.toString()).doesNotContain("\n");
  }

  @Test
  void message_ofAHugeValue_isShortAndGivesTheLength() {
    String huge = "5".repeat(10_000_000);
    EssPetiteEnfanceException e = catchOf(() -> Siren.of(huge));
    for (Locale locale : BOTH) {
      assertThat(e.message(locale).length()).isLessThan(500);
    }
    // the length of the cut text is written in the reader's language
    assertThat(e.message(Locale.ENGLISH)).contains("… (10000000 characters)");
    assertThat(e.message(Locale.FRENCH))
        .contains("… (10000000 caractères)")
        .doesNotContain("characters");
    assertThat(e.rejectedValue())
        .asString()
        .hasSize(EssPetiteEnfanceException.MAX_KEPT + "… (10000000 characters)".length())
        .endsWith("… (10000000 characters)");
  }

  @Test
  void echo_escapesEveryControlCharacterAndLoneSurrogate() {
    assertThat(EssPetiteEnfanceException.echo("a\r\n\tb\u0000c\u001Fd\u007Fe\u0085f\u2028g"))
        .isEqualTo("a\\r\\n\\tb\\u0000c\\u001Fd\\u007Fe\\u0085f\\u2028g");
    assertThat(EssPetiteEnfanceException.echo("x\uD800y\uDC00")).isEqualTo("x\\uD800y\\uDC00");
    assertThat(EssPetiteEnfanceException.echo("bébé 👶🏽 \\")).isEqualTo("bébé 👶🏽 \\\\");
    assertThat(EssPetiteEnfanceException.echo(null)).isEqualTo("null");
    assertThat(EssPetiteEnfanceException.echo(12)).isEqualTo("12");
  }

  @Test
  void echo_ofAnyText_isBoundedOnOneLineWithoutControlCharacters() {
    qt().withExamples(2000)
        .forAll(SourceDSL.strings().allPossible().ofLengthBetween(0, 400))
        .checkAssert(
            text -> {
              String echoed = EssPetiteEnfanceException.echo(text);
              assertThat(echoed.length())
                  .isLessThanOrEqualTo(EssPetiteEnfanceException.MAX_ECHOED + 30);
              assertThat(echoed.codePoints())
                  .noneMatch(c -> Character.getType(c) == Character.CONTROL)
                  .noneMatch(c -> c == 0x2028 || c == 0x2029)
                  .noneMatch(c -> c >= 0xD800 && c <= 0xDFFF);
              if (text.length() <= 20
                  && text.codePoints().allMatch(c -> c >= 0x20 && c < 0x7f)
                  && text.indexOf('\\') < 0) {
                assertThat(echoed).isEqualTo(text);
              }
            });
  }

  @Test
  void rejectedValue_ofABoundedValue_isKeptAsGiven() {
    EssPetiteEnfanceException e = catchOf(() -> Siren.of("55208131\n[ERROR]"));
    assertThat(e.rejectedValue()).isEqualTo("55208131\n[ERROR]");
    assertThatThrownBy(() -> new InvalidValueException(null, "f", 1))
        .isInstanceOf(NullPointerException.class);
  }

  private static EssPetiteEnfanceException catchOf(Runnable call) {
    try {
      call.run();
    } catch (EssPetiteEnfanceException e) {
      return e;
    }
    throw new AssertionError("no exception");
  }
}
