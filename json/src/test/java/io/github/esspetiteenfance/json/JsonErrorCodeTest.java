package io.github.esspetiteenfance.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.esspetiteenfance.Messages;
import io.github.esspetiteenfance.json.testmodel.TestErrorCode;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class JsonErrorCodeTest {

  @Test
  void everyCode_hasEnglishAndFrenchMessages() {
    for (JsonErrorCode code : JsonErrorCode.values()) {
      assertThat(Messages.hasBothLanguages(code.messageBundle(), code.code()))
          .as("messages of %s", code.code())
          .isTrue();
      assertThat(code.message(Locale.ENGLISH, "/a", "1", "x", "y")).isNotBlank();
      assertThat(code.message(Locale.FRENCH, "/a", "1", "x", "y")).isNotBlank();
    }
    for (TestErrorCode code : TestErrorCode.values()) {
      assertThat(Messages.hasBothLanguages(code.messageBundle(), code.code())).isTrue();
    }
  }

  @Test
  void codes_areUniqueAndNamespaced() {
    assertThat(Arrays.stream(JsonErrorCode.values()).map(JsonErrorCode::code))
        .doesNotHaveDuplicates()
        .allMatch(c -> c.matches("json\\.[a-z]+(-[a-z]+)*\\.[a-z]+(-[a-z]+)*"));
  }
}
