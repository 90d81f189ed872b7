package io.github.esspetiteenfance.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.esspetiteenfance.CommonErrorCode;
import io.github.esspetiteenfance.InvalidValueException;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TextChecksTest {

  private static final Pattern NON_BLANK = Pattern.compile(TextChecks.NON_BLANK);

  @Test
  void matchesNonBlank_agreesWithThePatternOnRandomTexts() {
    qt().withExamples(5000)
        .forAll(strings().betweenCodePoints(0, 0x3100).ofLengthBetween(0, 5))
        .checkAssert(
            s ->
                assertThat(TextChecks.matchesNonBlank(s))
                    .as("'%s'", s)
                    .isEqualTo(NON_BLANK.matcher(s).matches()));
  }

  @Test
  void matchesNonBlank_onWhitespaceOnly_agreesWithThePattern() {
    qt().withExamples(2000)
        .forAll(strings().betweenCodePoints(0, 0x40).ofLengthBetween(0, 4))
        .checkAssert(
            s ->
                assertThat(TextChecks.matchesNonBlank(s))
                    .as("'%s'", s)
                    .isEqualTo(NON_BLANK.matcher(s).matches()));
  }

  @Test
  void matchesNonBlank_examples() {
    assertThat(TextChecks.matchesNonBlank("")).isFalse();
    assertThat(TextChecks.matchesNonBlank(" \t\n\u000B\f\r")).isFalse();
    assertThat(TextChecks.matchesNonBlank(" a ")).isTrue();
    assertThat(TextChecks.matchesNonBlank("\u00a0")).isTrue();
    assertThat(TextChecks.matchesNonBlank("\u001c")).isTrue();
    assertThat(TextChecks.matchesNonBlank("\b")).isTrue();
  }

  @Test
  void nonBlankOptional_refusesAPresentBlankText() {
    assertThat(TextChecks.nonBlank(Optional.empty(), "label", CommonErrorCode.BLANK)).isEmpty();
    assertThat(TextChecks.nonBlank(Optional.of("x"), "label", CommonErrorCode.BLANK)).contains("x");
    InvalidValueException e =
        catchThrowableOfType(
            InvalidValueException.class,
            () -> TextChecks.nonBlank(Optional.of(" \r"), "label", CommonErrorCode.BLANK));
    assertThat(e.errorCode()).isEqualTo(CommonErrorCode.BLANK);
  }
}
