package io.github.esspetiteenfance.identifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.github.esspetiteenfance.testing.IdentifierGenerators;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * The four entry points of every identifier agree (QuickTheories, 1000 examples each): {@code
 * check(s).isEmpty() == isValid(s)}; {@code of(s)} throws exactly the violation {@code check}
 * returns; {@code parse(x.toString()).equals(x)}; {@code parse} refuses every non-canonical
 * spelling that {@code of} accepts; and only U+0020, U+00A0 and U+202F are separators (issue #16,
 * D11).
 */
class EntryPointsPropertiesTest {

  private static final int EXAMPLES = 1000;

  /** The separators {@code of} ignores. */
  private static final String SEPARATORS = " \u00A0\u202F";

  /**
   * Characters that are not separators although {@link Character#isWhitespace(char)} or Unicode
   * calls some of them spaces: D11's list, then tab, line feed, carriage return, figure space and
   * ideographic space.
   */
  private static final String NOT_SEPARATORS =
      "\u000B\u000C\u001C\u001D\u001E\u001F\u2028\u2029\t\n\r\u2007\u3000";

  /** The entry points of one value type. */
  record Type<T>(
      String name,
      Gen<T> values,
      Function<String, T> of,
      Function<CharSequence, T> parse,
      Function<CharSequence, Optional<IdentifierViolation>> check,
      Predicate<String> isValid) {}

  private static List<Type<?>> types() {
    return List.of(
        new Type<>(
            "SIREN",
            IdentifierGenerators.sirens(),
            Siren::of,
            Siren::parse,
            Siren::check,
            Siren::isValid),
        new Type<>(
            "SIRET",
            Generate.oneOf(IdentifierGenerators.sirets(), IdentifierGenerators.laPosteSirets()),
            Siret::of,
            Siret::parse,
            Siret::check,
            Siret::isValid),
        new Type<>(
            "NIC", IdentifierGenerators.nics(), Nic::of, Nic::parse, Nic::check, Nic::isValid),
        new Type<>(
            "RNA",
            IdentifierGenerators.rnaNumbers(),
            RnaNumber::of,
            RnaNumber::parse,
            RnaNumber::check,
            RnaNumber::isValid),
        new Type<>(
            "NAF",
            IdentifierGenerators.codesNaf(),
            CodeNaf::of,
            CodeNaf::parse,
            CodeNaf::check,
            CodeNaf::isValid),
        new Type<>(
            "CJ",
            IdentifierGenerators.categoriesJuridiques(),
            CategorieJuridique::of,
            CategorieJuridique::parse,
            CategorieJuridique::check,
            CategorieJuridique::isValid),
        new Type<>(
            "commune",
            IdentifierGenerators.codesCommune(),
            CodeCommune::of,
            CodeCommune::parse,
            CodeCommune::check,
            CodeCommune::isValid),
        new Type<>(
            "departement",
            IdentifierGenerators.codesDepartement(),
            CodeDepartement::of,
            CodeDepartement::parse,
            CodeDepartement::check,
            CodeDepartement::isValid),
        new Type<>(
            "region",
            IdentifierGenerators.codesRegion(),
            CodeRegion::of,
            CodeRegion::parse,
            CodeRegion::check,
            CodeRegion::isValid),
        new Type<>(
            "postal",
            IdentifierGenerators.codesPostaux(),
            CodePostal::of,
            CodePostal::parse,
            CodePostal::check,
            CodePostal::isValid),
        new Type<>(
            "FINESS",
            IdentifierGenerators.finessNumbers(),
            FinessNumber::of,
            FinessNumber::parse,
            FinessNumber::check,
            FinessNumber::isValid));
  }

  /** Inserts a character of an alphabet at a position (clamped to the text). */
  private static String insert(String text, int at, String alphabet, int which) {
    int position = Math.min(at, text.length());
    return text.substring(0, position)
        + alphabet.charAt(which % alphabet.length())
        + text.substring(position);
  }

  private static Optional<IdentifierViolation> thrownBy(Runnable call) {
    try {
      call.run();
      return Optional.empty();
    } catch (InvalidIdentifierException e) {
      return Optional.of(e.violation());
    }
  }

  private static Gen<String> texts() {
    return Generate.oneOf(
        IdentifierGenerators.identifierLikeTexts(),
        SourceDSL.strings().allPossible().ofLengthBetween(0, 16),
        IdentifierGenerators.fromAlphabet("0123456789.AW2B \u00A0\u202F\u001F", 10));
  }

  @Test
  void anyText_checkIsValidOfAndParseAgree() {
    for (Type<?> type : types()) {
      qt().withExamples(EXAMPLES)
          .forAll(texts())
          .check(
              text -> {
                Optional<IdentifierViolation> violation = type.check().apply(text);
                Optional<IdentifierViolation> fromOf = thrownBy(() -> type.of().apply(text));
                boolean canonical =
                    violation.isEmpty() && type.of().apply(text).toString().equals(text);
                boolean parsed = thrownBy(() -> type.parse().apply(text)).isEmpty();
                return violation.isEmpty() == type.isValid().test(text)
                    && fromOf.equals(violation)
                    && parsed == canonical;
              });
    }
  }

  @Test
  void validValue_parsesBackFromItsCanonicalText() {
    for (Type<?> type : types()) {
      roundTrip(type);
    }
  }

  private static <T> void roundTrip(Type<T> type) {
    qt().withExamples(EXAMPLES)
        .forAll(type.values())
        .check(
            value ->
                type.parse().apply(value.toString()).equals(value)
                    && type.parse().apply(new StringBuilder(value.toString())).equals(value)
                    && type.check().apply(value.toString()).isEmpty());
  }

  @Test
  void validValue_withSeparators_acceptedByOfRefusedByParse() {
    for (Type<?> type : types()) {
      separated(type);
    }
  }

  private static <T> void separated(Type<T> type) {
    qt().withExamples(EXAMPLES)
        .forAll(
            type.values(), SourceDSL.integers().between(0, 14), SourceDSL.integers().between(0, 2))
        .check(
            (value, at, which) -> {
              String spaced = insert(value.toString(), at, SEPARATORS, which);
              return type.of().apply(spaced).equals(value)
                  && type.check().apply(spaced).isEmpty()
                  && type.isValid().test(spaced)
                  && thrownBy(() -> type.parse().apply(spaced)).isPresent();
            });
  }

  @Test
  void validValue_withANonSeparator_refusedEverywhere() {
    for (Type<?> type : types()) {
      notSeparated(type);
    }
  }

  private static <T> void notSeparated(Type<T> type) {
    qt().withExamples(EXAMPLES)
        .forAll(
            type.values(),
            SourceDSL.integers().between(0, 14),
            SourceDSL.integers().between(0, NOT_SEPARATORS.length() - 1))
        .check(
            (value, at, which) -> {
              String text = insert(value.toString(), at, NOT_SEPARATORS, which);
              Optional<IdentifierViolation> violation = type.check().apply(text);
              return violation.isPresent()
                  && !type.isValid().test(text)
                  && thrownBy(() -> type.of().apply(text)).equals(violation)
                  && thrownBy(() -> type.parse().apply(text)).isPresent();
            });
  }

  @Test
  void issue16D11_controlSeparatorsInASiren_refused() {
    for (char c : NOT_SEPARATORS.toCharArray()) {
      String text = "552" + c + "081317";
      assertThat(Siren.isValid(text)).as("U+%04X", (int) c).isFalse();
      assertThatThrownBy(() -> Siren.of(text))
          .isInstanceOfSatisfying(
              InvalidIdentifierException.class,
              e -> assertThat(e.violation()).isEqualTo(IdentifierViolation.SIREN_LENGTH));
    }
    assertThat(Siren.of("552\u00A0081\u202F317")).hasToString("552081317");
  }

  @Test
  void check_normalizesFirst_parseDoesNot() {
    assertThat(Siret.check("130 025 265 00013")).isEmpty();
    assertThat(Siret.check("130 025 265 00014")).contains(IdentifierViolation.SIRET_CHECKSUM);
    assertThat(Siret.parse("13002526500013")).isEqualTo(Siret.of("130 025 265 00013"));
    assertThatThrownBy(() -> Siret.parse("130 025 265 00013"))
        .isInstanceOfSatisfying(
            InvalidIdentifierException.class,
            e -> {
              assertThat(e.violation()).isEqualTo(IdentifierViolation.SIRET_LENGTH);
              assertThat(e.input()).isEqualTo("130 025 265 00013");
            });
    assertThat(CodeNaf.of("8891A")).hasToString("88.91A");
    assertThatThrownBy(() -> CodeNaf.parse("8891A")).isInstanceOf(InvalidIdentifierException.class);
    assertThat(CategorieJuridique.parse("9220")).isSameAs(CategorieJuridique.of("92 20"));
  }

  @Test
  void nullText_checkAndParseThrowNullPointer_isValidFalse() {
    assertThatThrownBy(() -> Siren.check(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Siren.parse(null)).isInstanceOf(NullPointerException.class);
    assertThat(Siren.isValid(null)).isFalse();
  }
}
