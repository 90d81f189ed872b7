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

  @Test
  void characters_oneLineText_refusesEveryControlLineBreakAndLoneSurrogate() {
    for (String bad :
        new String[] {
          "a\u0000b",
          "a\tb",
          "a\nb",
          "a\rb",
          "a\u001Fb",
          "a\u007Fb",
          "a\u0085b",
          "a\u2028b",
          "a\uD800b",
          "a\uDC00",
          "\uD800"
        }) {
      InvalidValueException e =
          catchThrowableOfType(
              InvalidValueException.class, () -> TextChecks.characters(bad, "name"));
      assertThat(e).as("%s", bad.codePoints().boxed().toList()).isNotNull();
      assertThat(e.code()).isEqualTo("model.text.invalid-character");
      assertThat(e.field()).contains("name");
    }
    assertThat(TextChecks.characters("Crèche « Les Lutins » 🙂 €", "name"))
        .isEqualTo("Crèche « Les Lutins » 🙂 €");
  }

  @Test
  void characters_multiLineText_allowsTabAndLineFeedOnly() {
    assertThat(TextChecks.characters("a\tb\nc\u2028d", "description")).isNotNull();
    for (String bad : new String[] {"a\rb", "a\u0000b", "a\u000Bb", "a\uD800b", "a\u009Fb"}) {
      assertThat(
              catchThrowableOfType(
                  InvalidValueException.class, () -> TextChecks.characters(bad, "description")))
          .as("%s", bad.codePoints().boxed().toList())
          .isNotNull();
    }
  }

  @Test
  void characters_agreeWithAPatternOnRandomTexts() {
    Pattern oneLine = Pattern.compile("[\\x00-\\x1F\\x7F-\\x9F\\u2028\\u2029]");
    qt().withExamples(5000)
        .forAll(strings().allPossible().ofLengthBetween(0, 6))
        .checkAssert(
            s -> {
              boolean loneSurrogate =
                  !s.equals(
                      new String(
                          s.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                          java.nio.charset.StandardCharsets.UTF_8));
              boolean expected = !(loneSurrogate || oneLine.matcher(s).find());
              assertThat(TextChecks.invalidCharacter(s, false) < 0)
                  .as("'%s'", s)
                  .isEqualTo(expected);
            });
  }

  @Test
  void nonBlank_refusesInvalidCharacters() {
    InvalidValueException e =
        catchThrowableOfType(
            InvalidValueException.class,
            () -> TextChecks.nonBlank("Crèche\u0000", "name", CommonErrorCode.BLANK));
    assertThat(e.code()).isEqualTo("model.text.invalid-character");
    assertThat(
            catchThrowableOfType(
                InvalidValueException.class,
                () -> TextChecks.nonBlank(Optional.of("x\uDBFF"), "label", CommonErrorCode.BLANK)))
        .isNotNull();
  }
}
