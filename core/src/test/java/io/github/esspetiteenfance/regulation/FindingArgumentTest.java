package io.github.esspetiteenfance.regulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.github.esspetiteenfance.InvalidValueException;
import io.github.esspetiteenfance.structure.Labelled;
import io.github.esspetiteenfance.structure.RatioOption;
import io.github.esspetiteenfance.structure.StructureKind;
import io.github.esspetiteenfance.testing.RegulationGenerators;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The typed arguments of findings: a closed set of kinds, and messages as before. */
class FindingArgumentTest {

  @Test
  void of_eachSupportedType_givesItsRecord() {
    assertThat(FindingArgument.of(12)).isEqualTo(new FindingArgument.IntegerValue(12));
    assertThat(FindingArgument.of(new BigDecimal("0.50")))
        .isEqualTo(new FindingArgument.DecimalValue(new BigDecimal("0.50")));
    assertThat(FindingArgument.of("capacity")).isEqualTo(new FindingArgument.TextValue("capacity"));
    assertThat(FindingArgument.of(LocalDate.of(2024, 1, 15)))
        .isEqualTo(new FindingArgument.DateValue(LocalDate.of(2024, 1, 15)));
    assertThat(FindingArgument.of(YearMonth.of(2024, 1)))
        .isEqualTo(new FindingArgument.MonthValue(YearMonth.of(2024, 1)));
    assertThat(FindingArgument.of(EajeCategory.CRECHE))
        .isEqualTo(new FindingArgument.CategoryValue(EajeCategory.CRECHE));
    assertThat(FindingArgument.of(RatioOption.ONE_PER_SIX))
        .isEqualTo(new FindingArgument.RatioOptionValue(RatioOption.ONE_PER_SIX));
    assertThat(FindingArgument.of(Subject.RSAI))
        .isEqualTo(new FindingArgument.SubjectValue(Subject.RSAI));
  }

  @Test
  void of_theValueOfAnyArgument_givesTheSameArgument() {
    qt().withExamples(1000)
        .forAll(RegulationGenerators.findingArguments())
        .checkAssert(a -> assertThat(FindingArgument.of(a.value())).isEqualTo(a));
  }

  @Test
  void generatedArguments_coverEveryKind() {
    List<Class<?>> seen = new ArrayList<>();
    qt().withExamples(1000)
        .forAll(RegulationGenerators.findingArguments())
        .checkAssert(a -> seen.add(a.getClass()));
    assertThat(seen).containsAll(List.of(FindingArgument.class.getPermittedSubclasses()));
  }

  @Test
  void of_anotherType_isRefusedWithItsCode() {
    for (Object value :
        List.of(12L, 1.5d, (short) 3, StructureKind.MICRO_CRECHE, new Object(), List.of(1))) {
      assertThatThrownBy(() -> FindingArgument.of(value))
          .isInstanceOf(InvalidValueException.class)
          .satisfies(
              e -> {
                InvalidValueException x = (InvalidValueException) e;
                assertThat(x.code()).isEqualTo("regulation.finding.argument-unsupported");
                assertThat(x.getMessage(Locale.ENGLISH))
                    .contains(value.getClass().getSimpleName())
                    .contains("must be an integer, a decimal");
                assertThat(x.getMessage(Locale.FRENCH))
                    .contains(value.getClass().getSimpleName())
                    .contains("doit être un entier");
              });
    }
    assertThatThrownBy(() -> FindingArgument.of(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Finding.of(FindingCode.CATEGORY, List.of(), "capacity", 12L))
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void records_refuseNull() {
    assertThatThrownBy(() -> new FindingArgument.IntegerValue(null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new FindingArgument.TextValue(null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new Finding(FindingCode.CATEGORY, List.of(), nullList()))
        .isInstanceOf(NullPointerException.class);
  }

  private static List<FindingArgument> nullList() {
    List<FindingArgument> list = new ArrayList<>();
    list.add(null);
    return list;
  }

  @ParameterizedTest
  @ValueSource(strings = {"1E+3", "-12E+2", "5E+0"})
  void decimal_withANegativeScale_isBroughtToScaleZero(String text) {
    BigDecimal value = new BigDecimal(text);
    FindingArgument.DecimalValue a = new FindingArgument.DecimalValue(value);
    assertThat(a.value().scale()).isZero();
    assertThat(a.value()).isEqualByComparingTo(value);
    for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH)) {
      assertThat(
              Finding.of(FindingCode.PREMISES_SURFACE_INSUFFICIENT, List.of(), "s", a.value(), 1, 2)
                  .message(locale))
          .isEqualTo(
              Finding.of(FindingCode.PREMISES_SURFACE_INSUFFICIENT, List.of(), "s", value, 1, 2)
                  .message(locale));
    }
  }

  @Test
  void messageArgument_isTheLabelOfALabelledValueInTheLanguage() {
    FindingArgument category = FindingArgument.of(EajeCategory.PETITE_CRECHE);
    assertThat(category.messageArgument(Locale.FRENCH)).isEqualTo("petite crèche");
    assertThat(category.messageArgument(Locale.ENGLISH)).isEqualTo("small crèche");
    assertThat(FindingArgument.of(Subject.NOT_FOR_KIND).messageArgument(Locale.ENGLISH))
        .isEqualTo("the rule does not apply to this kind of structure");
    assertThat(FindingArgument.of(12).messageArgument(Locale.FRENCH)).isEqualTo(12);
  }

  @Test
  void finding_ofPlainValues_wrapsThemAndGivesThemBack() {
    Finding f =
        Finding.of(FindingCode.CATEGORY, List.of(), "capacity", 13, EajeCategory.PETITE_CRECHE);
    assertThat(f.arguments())
        .containsExactly(
            new FindingArgument.TextValue("capacity"),
            new FindingArgument.IntegerValue(13),
            new FindingArgument.CategoryValue(EajeCategory.PETITE_CRECHE));
    assertThat(f.argumentValues()).containsExactly("capacity", 13, EajeCategory.PETITE_CRECHE);
    assertThat(f.message(Locale.ENGLISH))
        .isEqualTo("Category on this date: small crèche (13 places).");
    assertThat(f).isEqualTo(new Finding(FindingCode.CATEGORY, List.of(), f.arguments()));
  }

  @Test
  void message_isTheCodeMessageOfTheLocalizedValues() {
    qt().withExamples(1000)
        .forAll(RegulationGenerators.reports())
        .checkAssert(
            report ->
                report
                    .findings()
                    .forEach(
                        f -> {
                          for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH)) {
                            Object[] plain =
                                f.argumentValues().stream()
                                    .map(v -> v instanceof Labelled l ? l.label(locale) : v)
                                    .toArray();
                            assertThat(f.message(locale))
                                .startsWith(f.code().message(locale, plain));
                          }
                        }));
  }
}
