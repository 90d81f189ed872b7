package io.github.esspetiteenfance.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TextsTest {

  @Test
  void number_eachLanguage_usesItsSeparators() {
    assertThat(Texts.of(Locale.FRENCH).number(3239)).isEqualTo("3 239");
    assertThat(Texts.of(Locale.ENGLISH).number(3239)).isEqualTo("3,239");
    assertThat(Texts.of(Locale.CANADA_FRENCH).euros(new BigDecimal("1234.5")))
        .isEqualTo("1 234,50 €");
    assertThat(Texts.of(Locale.GERMAN).euros(new BigDecimal("1234.5"))).isEqualTo("€1,234.50");
    assertThat(Texts.of(Locale.FRENCH).percent(new BigDecimal("43"))).isEqualTo("43 %");
    assertThat(Texts.of(Locale.ENGLISH).percent(new BigDecimal("0.5"))).isEqualTo("0.5%");
  }

  @Test
  void get_everyKey_existsInBothLanguages() throws Exception {
    java.util.Properties en = load("report.properties");
    java.util.Properties fr = load("report_fr.properties");

    assertThat(fr.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
    assertThat(load("messages_fr.properties").stringPropertyNames())
        .isEqualTo(load("messages.properties").stringPropertyNames());
    for (ExamplesErrorCode code : ExamplesErrorCode.values()) {
      assertThat(
              en.containsKey(code.code()) || load("messages.properties").containsKey(code.code()))
          .as(code.code())
          .isTrue();
    }
  }

  private static java.util.Properties load(String name) throws Exception {
    java.util.Properties properties = new java.util.Properties();
    try (var in = TextsTest.class.getResourceAsStream(name)) {
      properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    }
    return properties;
  }
}
