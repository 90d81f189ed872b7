package io.github.esspetiteenfance.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.esspetiteenfance.CommonErrorCode;
import io.github.esspetiteenfance.Fraction;
import io.github.esspetiteenfance.InvalidValueException;
import io.github.esspetiteenfance.identifier.CodeNaf;
import io.github.esspetiteenfance.organization.EssFamily;
import io.github.esspetiteenfance.territory.France;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Invariants, texts and display of the value types of the package. */
class IndicatorValuesTest {

  private static void rejected(ThrowingCallable call, io.github.esspetiteenfance.ErrorCode code) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.code()).isEqualTo(code.code()));
  }

  @Test
  void invalidValues_rejectedWithTheirCodes() {
    rejected(() -> Share.of(3, 2), IndicatorErrorCode.SHARE_ABOVE_ONE);
    rejected(() -> Share.of(0, 0), IndicatorErrorCode.ZERO_DENOMINATOR);
    rejected(() -> Share.of(-1, 2), CommonErrorCode.NEGATIVE);
    rejected(() -> Count.of(-1), CommonErrorCode.NEGATIVE);
    rejected(() -> Amount.of("-0.5"), CommonErrorCode.NEGATIVE);
    rejected(() -> CountRange.between(5, 3), IndicatorErrorCode.RANGE_REVERSED);
    rejected(() -> CountRange.parse("[1; 2]"), IndicatorErrorCode.RANGE_FORMAT);
    rejected(() -> Fraction.of(1, 0), CommonErrorCode.ZERO_DENOMINATOR);
    rejected(() -> Fraction.parse("a/b"), CommonErrorCode.FRACTION_FORMAT);
    rejected(
        () -> new ShareRange(Fraction.of(1, 2), Fraction.of(3, 2)),
        IndicatorErrorCode.SHARE_ABOVE_ONE);
    rejected(
        () -> new ShareRange(Fraction.of(1, 2), Fraction.of(1, 3)),
        IndicatorErrorCode.RANGE_REVERSED);
    rejected(
        () -> new RationalInterval(Fraction.ONE, false, Fraction.ONE, true),
        IndicatorErrorCode.INTERVAL_EMPTY);
    rejected(() -> new RoundedCount(4050, 100, Rounding.NEAREST), IndicatorErrorCode.STEP_INVALID);
    rejected(() -> new Sector(Sector.Kind.NAF, "8891A"), IndicatorErrorCode.SECTOR_INVALID);
    rejected(() -> Sector.parse("EAJE"), IndicatorErrorCode.SECTOR_INVALID);
    rejected(
        () -> new Population(Sector.EAJE, Set.of(), true), IndicatorErrorCode.POPULATION_EMPTY);
    rejected(
        () -> new SecrecyRule(0, Fraction.ONE, SecrecyRule.INSEE.basis()),
        IndicatorErrorCode.SECRECY_RULE_INVALID);
    rejected(
        () -> new ReferencePeriod(LocalDate.of(2022, 2, 1), LocalDate.of(2022, 1, 1)),
        IndicatorErrorCode.RANGE_REVERSED);
  }

  @Test
  void indicator_shareNeedsABaseThatIncludesItsPopulation() {
    Population ess = Population.ess(Sector.EAJE);
    Population all = Population.all(Sector.EAJE);
    rejected(
        () ->
            IndicatorBuilderSupport.published(
                "x", Measure.ESTABLISHMENTS, France.INSTANCE, ess, Share.of(1, 2)),
        IndicatorErrorCode.BASE_MISMATCH);
    rejected(
        () ->
            IndicatorBuilderSupport.share(
                "x", Measure.ESTABLISHMENTS, France.INSTANCE, ess, ess, Count.of(3)),
        IndicatorErrorCode.BASE_MISMATCH);
    rejected(
        () ->
            IndicatorBuilderSupport.share(
                "x", Measure.ESTABLISHMENTS, France.INSTANCE, all, ess, Share.of(1, 2)),
        IndicatorErrorCode.POPULATION_NOT_IN_BASE);
    Indicator ok =
        IndicatorBuilderSupport.share(
            "x", Measure.ESTABLISHMENTS, France.INSTANCE, ess, all, Share.of(3, 10));
    assertThat(ok.level()).isEqualTo(io.github.esspetiteenfance.territory.TerritoryLevel.FRANCE);
    assertThat(ok.message(Locale.FRENCH)).contains("ESS parmi toutes").contains("30\u00a0%");
    assertThat(ok.message(Locale.ENGLISH)).contains("ESS among all").contains("30%");
  }

  @Test
  void builder_buildsTheSameIndicator() {
    Indicator built =
        IndicatorBuilder.builder()
            .id("x")
            .measure(Measure.JOBS)
            .value(Count.of(3239))
            .territory(France.INSTANCE)
            .population(Population.ess(Sector.EAJE))
            .source(Source.computed())
            .origin(Origin.COMPUTED)
            .secrecy(Secrecy.NONE)
            .build();
    assertThat(built.period()).isEmpty();
    assertThat(built.shown().message(Locale.FRENCH)).isEqualTo("3\u202f239");
  }

  @Test
  void texts_roundTrip() {
    for (Sector s :
        new Sector[] {
          Sector.ALL, Sector.EAJE, Sector.naf(CodeNaf.of("88.99A")), Sector.structureKind("MAM")
        }) {
      assertThat(Sector.parse(s.toString())).isEqualTo(s);
    }
    for (Population p :
        new Population[] {
          Population.ess(Sector.EAJE),
          Population.all(Sector.ALL),
          Population.family(Sector.EAJE, EssFamily.MUTUELLE).withNonEmployers(),
          new Population(Sector.EAJE, Set.of(EssFamily.ASSOCIATION, EssFamily.FONDATION), true)
        }) {
      assertThat(Population.parse(p.toString())).isEqualTo(p);
    }
    assertThat(ReferencePeriod.ofYear(2022)).hasToString("2022");
    assertThat(ReferencePeriod.ofYear(2024).isYear()).isTrue();
    assertThat(ReferencePeriod.ofDate(LocalDate.of(2022, 12, 31))).hasToString("2022-12-31");
    assertThat(
            Population.all(Sector.EAJE)
                .minus(Population.ess(Sector.EAJE))
                .orElseThrow()
                .familiesLabel(Locale.FRENCH))
        .isEqualTo("hors ESS");
    assertThat(Population.ess(Sector.EAJE).minus(Population.ess(Sector.EAJE))).isEmpty();
  }

  @Test
  void rounding_intervalsOfEveryRule() {
    Fraction p = Fraction.of(43);
    Fraction one = Fraction.ONE;
    Fraction lo = Fraction.of(85, 2);
    Fraction hi = Fraction.of(87, 2);
    assertThat(Rounding.NEAREST.interval(p, one))
        .isEqualTo(new RationalInterval(lo, true, hi, true));
    assertThat(Rounding.HALF_UP.interval(p, one))
        .isEqualTo(new RationalInterval(lo, true, hi, false));
    assertThat(Rounding.HALF_DOWN.interval(p, one))
        .isEqualTo(new RationalInterval(lo, false, hi, true));
    // 43 is odd: 42.5 rounds to 42 and 43.5 to 44 under half-even
    assertThat(Rounding.HALF_EVEN.interval(p, one))
        .isEqualTo(new RationalInterval(lo, false, hi, false));
    assertThat(Rounding.HALF_EVEN.interval(Fraction.of(42), one).lowerClosed()).isTrue();
    assertThat(Rounding.DOWN.interval(p, one))
        .isEqualTo(new RationalInterval(p, true, Fraction.of(44), false));
    assertThat(Rounding.UP.interval(p, one))
        .isEqualTo(new RationalInterval(Fraction.of(42), false, p, true));
    assertThat(Rounding.EXACT.interval(p, one)).isEqualTo(RationalInterval.exactly(p));
  }

  @Test
  void display_frenchAndEnglish() {
    assertThat(Share.of(233, 540).message(Locale.ENGLISH)).isEqualTo("43%");
    assertThat(Share.of(233, 540).percent(1)).isEqualByComparingTo("43.1");
    assertThat(new ShareRange(Fraction.of(91, 161), Fraction.of(92, 160)).message(Locale.ENGLISH))
        .isEqualTo("56.5% – 57.5%");
    assertThat(CountRange.atLeast(10000).message(Locale.FRENCH)).isEqualTo("au moins 10\u202f000");
    assertThat(new RoundedCount(4000, 1000, Rounding.NEAREST).message(Locale.FRENCH))
        .isEqualTo("environ 4\u202f000");
    assertThat(RoundedPercentage.of("11.8", "0.1", Rounding.HALF_UP).message(Locale.FRENCH))
        .isEqualTo("11,8\u00a0%");
    assertThat(Amount.of("153100.5").message(Locale.ENGLISH)).isEqualTo("153,100.5");
    assertThat(Measure.JOBS.unit(Locale.FRENCH)).isEqualTo("emplois");
    assertThat(RoundedPercentage.ofUnit(43).interval().toPercentText(1))
        .isEqualTo("[42.5 %, 43.5 %)");
  }

  @Test
  void secrecy_combines() {
    Secrecy a = Secrecy.of(SecrecyReason.FREQUENCY);
    Secrecy b = Secrecy.of(SecrecyReason.DOMINANCE);
    assertThat(a.and(b).reasons())
        .containsExactlyInAnyOrder(SecrecyReason.FREQUENCY, SecrecyReason.DOMINANCE);
    assertThat(Secrecy.NONE.and(a)).isEqualTo(a);
    assertThat(Secrecy.NONE.isSecret()).isFalse();
    assertThat(a).hasToString("SECRET[FREQUENCY]");
    assertThat(SecrecyRule.INSEE.minimumUnits()).isEqualTo(3);
    assertThat(SecrecyRule.INSEE.dominanceThreshold()).isEqualTo(Fraction.of(17, 20));
    assertThat(SecrecyRule.INSEE.basis().confidence())
        .isEqualTo(io.github.esspetiteenfance.legal.Confidence.SECONDARY);
    // dominance with exact counts: 86 of 100 dominates, 85 does not
    Tally dominated = Tally.of(CountRange.exact(86)).plus(Tally.of(CountRange.exact(14)));
    Tally balanced = Tally.of(CountRange.exact(85)).plus(Tally.of(CountRange.exact(15)));
    assertThat(SecrecyRule.INSEE.mayDominate(dominated)).isTrue();
    assertThat(SecrecyRule.INSEE.mayDominate(balanced)).isFalse();
    // an unbounded band may always dominate
    Tally open = Tally.of(CountRange.atLeast(10000)).plus(Tally.of(CountRange.exact(50_000)));
    assertThat(SecrecyRule.INSEE.mayDominate(open)).isTrue();
    assertThat(Optional.of(Source.computed().toString())).get().asString().contains("DERIVED");
  }
}
