package io.github.esspetiteenfance.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.github.esspetiteenfance.InvalidValueException;
import io.github.esspetiteenfance.identifier.CodeRegion;
import io.github.esspetiteenfance.territory.Cog;
import io.github.esspetiteenfance.testing.IndicatorGenerators;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The typed arguments of indicator findings: a closed set of kinds, and messages as before. */
class FindingArgumentTest {

  private static final Quantity PDL_ESS =
      new Quantity(
          Measure.ESTABLISHMENTS,
          Cog.bundled().requireRegion(CodeRegion.of("52")),
          java.util.Optional.empty(),
          Population.ess(Sector.EAJE));

  @Test
  void of_eachSupportedType_givesItsRecord() {
    assertThat(FindingArgument.of(PDL_ESS)).isEqualTo(new FindingArgument.QuantityValue(PDL_ESS));
    assertThat(FindingArgument.of(CountRange.between(536, 548)))
        .isEqualTo(new FindingArgument.FigureValue(CountRange.between(536, 548)));
    assertThat(FindingArgument.of(RoundedPercentage.ofUnit(43)))
        .isEqualTo(new FindingArgument.FigureValue(RoundedPercentage.ofUnit(43)));
    assertThat(FindingArgument.of("[42.5 %, 43.5 %)"))
        .isEqualTo(new FindingArgument.TextValue("[42.5 %, 43.5 %)"));
  }

  @Test
  void of_theValueOfAnyArgument_givesTheSameArgument() {
    qt().withExamples(1000)
        .forAll(IndicatorGenerators.findingArguments())
        .checkAssert(a -> assertThat(FindingArgument.of(a.value())).isEqualTo(a));
  }

  @Test
  void generatedArguments_coverEveryKindAndEveryIndicatorValue() {
    Set<Class<?>> kinds = new HashSet<>();
    Set<Class<?>> values = new HashSet<>();
    qt().withExamples(1000)
        .forAll(IndicatorGenerators.findingArguments())
        .checkAssert(
            a -> {
              kinds.add(a.getClass());
              if (a instanceof FindingArgument.FigureValue v) {
                values.add(v.value().getClass());
              }
            });
    assertThat(kinds).containsAll(List.of(FindingArgument.class.getPermittedSubclasses()));
    assertThat(values).containsAll(List.of(IndicatorValue.class.getPermittedSubclasses()));
  }

  @Test
  void checkerReports_holdEveryKindOfArgument() {
    Set<Class<?>> kinds = new HashSet<>();
    Set<IndicatorErrorCode> codes = new HashSet<>();
    qt().withExamples(1000)
        .forAll(IndicatorGenerators.consistencyReports())
        .checkAssert(
            r ->
                r.findings()
                    .forEach(
                        f -> {
                          codes.add(f.code());
                          f.arguments().forEach(a -> kinds.add(a.getClass()));
                        }));
    assertThat(kinds).containsAll(List.of(FindingArgument.class.getPermittedSubclasses()));
    assertThat(codes)
        .filteredOn(c -> c.code().startsWith("indicator.check."))
        .hasSize(
            (int)
                java.util.Arrays.stream(IndicatorErrorCode.values())
                    .filter(c -> c.code().startsWith("indicator.check."))
                    .count());
  }

  @Test
  void of_anotherType_isRefusedWithItsCode() {
    for (Object value : List.of(12, 12L, new BigDecimal("1.5"), Measure.JOBS, new Object())) {
      assertThatThrownBy(() -> FindingArgument.of(value))
          .isInstanceOf(InvalidValueException.class)
          .satisfies(
              e -> {
                InvalidValueException x = (InvalidValueException) e;
                assertThat(x.code()).isEqualTo("indicator.finding.argument-unsupported");
                assertThat(x.message(Locale.ENGLISH))
                    .contains(value.getClass().getSimpleName())
                    .contains("must be a quantity, an indicator value or a text");
                assertThat(x.message(Locale.FRENCH))
                    .contains(value.getClass().getSimpleName())
                    .contains("doit être une quantité");
              });
    }
    assertThatThrownBy(() -> FindingArgument.of(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(
            () ->
                Finding.of(
                    IndicatorErrorCode.CONTRADICTION, Severity.ERROR, List.of("a"), PDL_ESS, 12))
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void records_refuseNull() {
    assertThatThrownBy(() -> new FindingArgument.QuantityValue(null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new FindingArgument.FigureValue(null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new FindingArgument.TextValue(null))
        .isInstanceOf(NullPointerException.class);
    List<FindingArgument> withNull = new ArrayList<>();
    withNull.add(null);
    assertThatThrownBy(
            () -> new Finding(IndicatorErrorCode.NOT_CHECKED, Severity.INFO, List.of(), withNull))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void finding_ofPlainValues_wrapsThemAndGivesThemBack() {
    Finding f =
        Finding.of(
            IndicatorErrorCode.CONTRADICTION,
            Severity.ERROR,
            List.of("ess", "ess-share", "total"),
            PDL_ESS,
            CountRange.between(536, 548),
            Count.of(600));
    assertThat(f.arguments())
        .containsExactly(
            new FindingArgument.QuantityValue(PDL_ESS),
            new FindingArgument.FigureValue(CountRange.between(536, 548)),
            new FindingArgument.FigureValue(Count.of(600)));
    assertThat(f.argumentValues())
        .containsExactly(PDL_ESS, CountRange.between(536, 548), Count.of(600));
    assertThat(f.message(Locale.ENGLISH))
        .isEqualTo(
            "The figures ess, ess-share, total cannot all be true: establishments (NAF:88.91A,"
                + " ESS, employers), 52 Pays de la Loire would be both 536 – 548 and 600.");
    assertThat(f)
        .isEqualTo(new Finding(f.code(), f.severity(), f.figures(), f.arguments()))
        .hasToString("ERROR [indicator.check.contradiction] " + f.message(Locale.ENGLISH));
  }

  @Test
  void message_isTheCodeMessageOfTheFiguresAndTheLocalizedValues() {
    qt().withExamples(1000)
        .forAll(IndicatorGenerators.findings())
        .checkAssert(
            f -> {
              for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH)) {
                List<Object> plain = new ArrayList<>();
                plain.add(String.join(", ", f.figures()));
                for (Object v : f.argumentValues()) {
                  plain.add(
                      v instanceof Quantity q
                          ? q.describe(locale)
                          : v instanceof IndicatorValue iv ? iv.display(locale) : v);
                }
                assertThat(f.message(locale)).isEqualTo(f.code().message(locale, plain.toArray()));
              }
            });
  }
}
