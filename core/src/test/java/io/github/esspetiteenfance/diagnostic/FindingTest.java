package io.github.esspetiteenfance.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.github.esspetiteenfance.InvalidValueException;
import io.github.esspetiteenfance.indicator.CheckCode;
import io.github.esspetiteenfance.indicator.Count;
import io.github.esspetiteenfance.indicator.CountRange;
import io.github.esspetiteenfance.regulation.EajeCategory;
import io.github.esspetiteenfance.regulation.FindingCode;
import io.github.esspetiteenfance.regulation.Subject;
import io.github.esspetiteenfance.structure.RatioOption;
import io.github.esspetiteenfance.testing.DiagnosticGenerators;
import io.github.esspetiteenfance.testing.IndicatorGenerators;
import io.github.esspetiteenfance.testing.RegulationGenerators;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class FindingTest {

  /** Every code of a finding in the library: the argument table is checked over all of them. */
  static Stream<FindingKind> everyCode() {
    return Stream.concat(Stream.of(FindingCode.values()), Stream.of(CheckCode.values()));
  }

  @Test
  void of_eachSupportedType_givesItsKind() {
    assertThat(Argument.of(12)).isEqualTo(new Argument.IntegerValue(12));
    assertThat(Argument.of(new BigDecimal("1.50")))
        .isEqualTo(new Argument.DecimalValue(new BigDecimal("1.50")));
    assertThat(Argument.of("capacity")).isEqualTo(new Argument.TextValue("capacity"));
    assertThat(Argument.of(LocalDate.of(2024, 1, 15)))
        .isEqualTo(new Argument.DateValue(LocalDate.of(2024, 1, 15)));
    assertThat(Argument.of(YearMonth.of(2024, 1)))
        .isEqualTo(new Argument.MonthValue(YearMonth.of(2024, 1)));
    assertThat(Argument.of(EajeCategory.CRECHE))
        .isEqualTo(new Argument.TermValue("eaje-category", "CRECHE"));
    assertThat(Argument.of(RatioOption.ONE_PER_SIX))
        .isEqualTo(new Argument.TermValue("ratio-option", "ONE_PER_SIX"));
    assertThat(Argument.of(Subject.RSAI)).isEqualTo(new Argument.TermValue("subject", "RSAI"));
    assertThat(Argument.of(CountRange.between(536, 548)))
        .isEqualTo(new Argument.PhraseValue("536 – 548", "536 – 548"));
    Argument same = new Argument.TextValue("x");
    assertThat(Argument.of(same)).isSameAs(same);
  }

  @Test
  void of_anotherType_isRefusedWithItsCode() {
    for (Object value : List.of(12L, 1.5d, (short) 3, new Object(), List.of(1))) {
      assertThatThrownBy(() -> Argument.of(value))
          .isInstanceOfSatisfying(
              InvalidValueException.class,
              x -> {
                assertThat(x.errorCode()).isEqualTo(FindingErrorCode.ARGUMENT_UNSUPPORTED);
                assertThat(x.message(Locale.ENGLISH))
                    .contains(value.getClass().getSimpleName())
                    .contains("must be an integer, a decimal");
                assertThat(x.message(Locale.FRENCH))
                    .contains(value.getClass().getSimpleName())
                    .contains("doit être un entier");
              });
    }
    assertThatThrownBy(() -> Argument.of(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Finding.of(FindingCode.CATEGORY, List.of(), "capacity", 12L, 1))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            x -> assertThat(x.errorCode()).isEqualTo(FindingErrorCode.ARGUMENT_UNSUPPORTED));
  }

  @Test
  void records_refuseNull() {
    assertThatThrownBy(() -> new Argument.IntegerValue(null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new Argument.TextValue(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new Argument.TermValue("subject", null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new Argument.PhraseValue(null, "x"))
        .isInstanceOf(NullPointerException.class);
    List<Argument> withNull = new ArrayList<>();
    withNull.add(null);
    assertThatThrownBy(
            () -> new Finding(FindingCode.JARDIN_AGES_UNKNOWN, List.of(), List.of(), withNull))
        .isInstanceOf(NullPointerException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"1E+3", "-12E+2", "5E+0"})
  void decimal_withANegativeScale_isBroughtToScaleZero(String text) {
    BigDecimal value = new BigDecimal(text);
    Argument.DecimalValue a = new Argument.DecimalValue(value);
    assertThat(a.value().scale()).isZero();
    assertThat(a.value()).isEqualByComparingTo(value);
    BigDecimal one = BigDecimal.ONE;
    for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH)) {
      assertThat(
              Finding.of(FindingCode.PREMISES_SURFACE_INSUFFICIENT, List.of(), "s", a, one, one)
                  .message(locale))
          .isEqualTo(
              Finding.of(FindingCode.PREMISES_SURFACE_INSUFFICIENT, List.of(), "s", value, one, one)
                  .message(locale));
    }
  }

  @Test
  void vocabulary_isTheKebabCaseSimpleName() {
    assertThat(Argument.vocabulary(EajeCategory.class)).isEqualTo("eaje-category");
    assertThat(Argument.vocabulary(RatioOption.class)).isEqualTo("ratio-option");
    assertThat(Argument.vocabulary(Subject.class)).isEqualTo("subject");
  }

  @Test
  void term_isWrittenWithItsLabelInTheLanguage() {
    Argument category = Argument.of(EajeCategory.PETITE_CRECHE);
    assertThat(category.messageArgument(EajeCategory.class, Locale.FRENCH))
        .isEqualTo("petite crèche");
    assertThat(category.messageArgument(EajeCategory.class, Locale.ENGLISH))
        .isEqualTo("small crèche");
    assertThat(category.value(EajeCategory.class)).isEqualTo(EajeCategory.PETITE_CRECHE);
    assertThat(category.matches(Subject.class)).isFalse();
    assertThat(new Argument.TermValue("eaje-category", "NOPE").matches(EajeCategory.class))
        .isFalse();
    assertThat(Argument.of(12).messageArgument(Integer.class, Locale.FRENCH)).isEqualTo(12);
  }

  @Test
  void finding_ofPlainValues_wrapsThemAndGivesThemBack() {
    Finding f =
        Finding.of(FindingCode.CATEGORY, List.of(), "capacity", 13, EajeCategory.PETITE_CRECHE);
    assertThat(f.arguments())
        .containsExactly(
            new Argument.TextValue("capacity"),
            new Argument.IntegerValue(13),
            new Argument.TermValue("eaje-category", "PETITE_CRECHE"));
    assertThat(f.argumentValues()).containsExactly("capacity", 13, EajeCategory.PETITE_CRECHE);
    assertThat(f.message(Locale.ENGLISH))
        .isEqualTo("Category on this date: small crèche (13 places).");
    assertThat(f.severity()).isEqualTo(Severity.INFO);
    assertThat(f).isEqualTo(new Finding(FindingCode.CATEGORY, List.of(), List.of(), f.arguments()));
  }

  @Test
  void findingAboutFigures_writesTheFiguresFirst() {
    qt().withExamples(50)
        .forAll(IndicatorGenerators.quantities())
        .checkAssert(
            ess -> {
              Finding f =
                  Finding.about(
                      CheckCode.CONTRADICTION,
                      List.of("ess", "ess-share", "total"),
                      ess,
                      CountRange.between(536, 548),
                      Count.of(600));
              assertThat(f.argumentValues())
                  .containsExactly(
                      new Argument.PhraseValue(
                          ess.message(Locale.ENGLISH), ess.message(Locale.FRENCH)),
                      new Argument.PhraseValue(
                          CountRange.between(536, 548).message(Locale.ENGLISH),
                          CountRange.between(536, 548).message(Locale.FRENCH)),
                      new Argument.PhraseValue("600", "600"));
              assertThat(f.message(Locale.ENGLISH))
                  .isEqualTo(
                      "The figures ess, ess-share, total cannot all be true: "
                          + ess.message(Locale.ENGLISH)
                          + " would be both 536 – 548 and 600.");
              assertThat(f)
                  .hasToString(
                      "ERROR [indicator.check.contradiction] " + f.message(Locale.ENGLISH));
            });
  }

  @ParameterizedTest
  @MethodSource("everyCode")
  void argumentTable_ofEveryCode_acceptsItsArgumentsAndRendersEveryPlaceholder(FindingKind code) {
    qt().withExamples(200)
        .forAll(DiagnosticGenerators.arguments(code))
        .checkAssert(
            arguments -> {
              Finding f = new Finding(code, List.of("a", "b"), List.of(), arguments);
              assertThat(f.argumentValues()).hasSize(code.argumentTypes().size());
              boolean bracesGiven = arguments.toString().contains("{");
              for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH)) {
                if (!bracesGiven) {
                  assertThat(f.message(locale)).doesNotContainPattern("\\{[0-9]+\\}");
                }
              }
            });
  }

  @ParameterizedTest
  @MethodSource("everyCode")
  void argumentTable_ofEveryCode_refusesTooFewOrTooManyArguments(FindingKind code) {
    qt().withExamples(20)
        .forAll(DiagnosticGenerators.arguments(code))
        .checkAssert(valid -> refusesTooFewOrTooMany(code, valid));
  }

  private static void refusesTooFewOrTooMany(FindingKind code, List<Argument> valid) {
    List<List<Argument>> wrong = new ArrayList<>();
    if (!valid.isEmpty()) {
      wrong.add(valid.subList(0, valid.size() - 1));
      wrong.add(List.of());
    }
    List<Argument> more = new ArrayList<>(valid);
    more.add(new Argument.IntegerValue(1));
    wrong.add(more);
    for (List<Argument> arguments : wrong) {
      assertThatThrownBy(() -> new Finding(code, List.of(), List.of(), arguments))
          .isInstanceOfSatisfying(
              InvalidValueException.class,
              e -> {
                assertThat(e.errorCode()).isEqualTo(FindingErrorCode.ARGUMENT_COUNT);
                assertThat(e.message(Locale.FRENCH)).contains(code.code());
              });
    }
  }

  @ParameterizedTest
  @MethodSource("everyCode")
  void argumentTable_ofEveryCode_refusesAWronglyTypedArgumentAtEachPosition(FindingKind code) {
    qt().withExamples(20)
        .forAll(DiagnosticGenerators.arguments(code))
        .checkAssert(valid -> refusesWronglyTyped(code, valid));
  }

  private static void refusesWronglyTyped(FindingKind code, List<Argument> valid) {
    List<Argument> others =
        List.of(
            new Argument.IntegerValue(1),
            new Argument.DecimalValue(BigDecimal.ONE),
            new Argument.TextValue("t"),
            new Argument.DateValue(LocalDate.of(2024, 1, 1)),
            new Argument.MonthValue(YearMonth.of(2024, 1)),
            new Argument.TermValue("structure-kind", "CRECHE"),
            new Argument.TermValue("eaje-category", "NOT_A_CATEGORY"),
            new Argument.PhraseValue("e", "f"));
    for (int i = 0; i < valid.size(); i++) {
      Class<?> type = code.argumentTypes().get(i);
      for (Argument other : others) {
        if (other.matches(type)) {
          continue;
        }
        List<Argument> arguments = new ArrayList<>(valid);
        arguments.set(i, other);
        int position = i;
        assertThatThrownBy(() -> new Finding(code, List.of(), List.of(), arguments))
            .isInstanceOfSatisfying(
                InvalidValueException.class,
                e -> {
                  assertThat(e.errorCode()).isEqualTo(FindingErrorCode.ARGUMENT_KIND);
                  assertThat(e.field()).contains("arguments/" + position);
                });
      }
    }
  }

  @Test
  void argumentTable_declaresOnlyTypesAKindHolds() {
    everyCode()
        .forEach(
            code -> code.argumentTypes().forEach(t -> assertThat(Argument.kindOf(t)).isNotNull()));
    assertThatThrownBy(() -> Argument.kindOf(Long.class))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void checkerReports_holdEveryKindOfArgumentAndEveryTermIsResolved() {
    Set<Class<?>> kinds = new HashSet<>();
    qt().withExamples(1000)
        .forAll(RegulationGenerators.reports())
        .checkAssert(
            report ->
                report
                    .findings()
                    .forEach(
                        f -> {
                          f.arguments().forEach(a -> kinds.add(a.getClass()));
                          for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH)) {
                            List<Object> plain = new ArrayList<>();
                            List<Object> values = f.argumentValues();
                            for (Object v : values) {
                              plain.add(
                                  v instanceof io.github.esspetiteenfance.Localized l
                                      ? l.message(locale)
                                      : v);
                            }
                            assertThat(f.message(locale))
                                .startsWith(f.code().message(locale, plain.toArray()));
                          }
                        }));
    qt().withExamples(300)
        .forAll(IndicatorGenerators.consistencyReports())
        .checkAssert(
            r -> r.findings().forEach(f -> f.arguments().forEach(a -> kinds.add(a.getClass()))));
    assertThat(kinds).containsAll(List.of(Argument.class.getPermittedSubclasses()));
  }
}
