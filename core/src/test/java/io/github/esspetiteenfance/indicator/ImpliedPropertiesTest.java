package io.github.esspetiteenfance.indicator;

import static org.quicktheories.QuickTheory.qt;

import io.github.esspetiteenfance.Fraction;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * Property tests of the implied ranges: draw a true whole {@code N} and a true part {@code x},
 * publish the share {@code x / N} rounded like a publisher would, derive the implied ranges, and
 * check that they contain the true values.
 */
class ImpliedPropertiesTest {

  private static final int EXAMPLES = 1000;

  private record Case(long whole, long part, Rounding rounding, RoundingMode mode, String step) {

    RoundedPercentage published() {
      BigDecimal s = new BigDecimal(step);
      BigDecimal percent =
          new BigDecimal(part)
              .multiply(BigDecimal.valueOf(100))
              .divide(new BigDecimal(whole), MathContext.DECIMAL128);
      BigDecimal multiples = percent.divide(s, MathContext.DECIMAL128).setScale(0, mode);
      return new RoundedPercentage(multiples.multiply(s), s, rounding);
    }
  }

  private static Gen<Case> cases() {
    Gen<Long> wholes =
        Generate.pick(java.util.List.of(10L, 100L, 1000L, 100_000L))
            .flatMap(max -> SourceDSL.longs().between(1, max));
    Gen<Rounding> roundings =
        Generate.enumValues(Rounding.class).assuming(r -> r != Rounding.EXACT);
    Gen<String> steps = Generate.pick(java.util.List.of("1", "0.1", "10", "5"));
    return wholes.flatMap(
        n ->
            SourceDSL.longs()
                .between(0, n)
                .zip(
                    roundings,
                    steps,
                    SourceDSL.integers().between(0, 2),
                    (x, r, s, tie) -> new Case(n, x, r, modeOf(r, tie), s)));
  }

  /** The java.math rounding mode a publisher following the rule would use. */
  private static RoundingMode modeOf(Rounding rounding, int tie) {
    return switch (rounding) {
      case NEAREST ->
          new RoundingMode[] {RoundingMode.HALF_UP, RoundingMode.HALF_DOWN, RoundingMode.HALF_EVEN}
              [tie];
      case HALF_UP -> RoundingMode.HALF_UP;
      case HALF_DOWN -> RoundingMode.HALF_DOWN;
      case HALF_EVEN -> RoundingMode.HALF_EVEN;
      case DOWN -> RoundingMode.DOWN;
      case UP -> RoundingMode.UP;
      case EXACT -> RoundingMode.UNNECESSARY;
    };
  }

  @Test
  void publishedShare_containsTheTrueShare() {
    qt().withExamples(EXAMPLES)
        .forAll(cases())
        .check(c -> c.published().interval().contains(Fraction.of(c.part(), c.whole())));
  }

  @Test
  void wholeFromPart_containsTheTrueWhole() {
    qt().withExamples(EXAMPLES)
        .forAll(cases())
        .check(
            c ->
                Implied.wholeFromPart(CountRange.exact(c.part()), c.published().interval())
                    .map(r -> r.contains(c.whole()))
                    .orElse(false));
  }

  @Test
  void partFromWhole_containsTheTruePart() {
    qt().withExamples(EXAMPLES)
        .forAll(cases())
        .check(
            c ->
                Implied.partFromWhole(CountRange.exact(c.whole()), c.published().interval())
                    .map(r -> r.contains(c.part()))
                    .orElse(false));
  }

  @Test
  void wholeFromPart_rangeOfParts_containsTheTrueWhole() {
    qt().withExamples(EXAMPLES)
        .forAll(cases(), SourceDSL.longs().between(0, 50), SourceDSL.longs().between(0, 50))
        .check(
            (c, below, above) ->
                Implied.wholeFromPart(
                        CountRange.between(Math.max(0, c.part() - below), c.part() + above),
                        c.published().interval())
                    .map(r -> r.contains(c.whole()))
                    .orElse(false));
  }

  @Test
  void partFromWhole_rangeOfWholes_containsTheTruePart() {
    qt().withExamples(EXAMPLES)
        .forAll(cases(), SourceDSL.longs().between(0, 50), SourceDSL.longs().between(0, 50))
        .check(
            (c, below, above) ->
                Implied.partFromWhole(
                        CountRange.between(Math.max(1, c.whole() - below), c.whole() + above),
                        c.published().interval())
                    .map(r -> r.contains(c.part()))
                    .orElse(false));
  }

  @Test
  void wholeFromPart_exactPart_isTight() {
    // every whole in the implied range rounds back to the published figure (no gap for an
    // exact part), and the ones just outside do not
    qt().withExamples(EXAMPLES)
        .forAll(cases())
        .assuming(c -> c.part() > 0)
        .check(
            c -> {
              RationalInterval share = c.published().interval();
              CountRange r = Implied.wholeFromPart(CountRange.exact(c.part()), share).orElseThrow();
              boolean lowOk =
                  share.contains(Fraction.of(c.part(), r.lower()))
                      && (r.lower() <= Math.max(1, c.part())
                          || !share.contains(Fraction.of(c.part(), r.lower() - 1)));
              boolean highOk =
                  r.upper().isEmpty()
                      || (share.contains(Fraction.of(c.part(), r.upper().getAsLong()))
                          && !share.contains(Fraction.of(c.part(), r.upper().getAsLong() + 1)));
              return lowOk && highOk;
            });
  }
}
