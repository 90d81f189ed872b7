package io.github.esspetiteenfance.opendata.published;

import io.github.esspetiteenfance.Fraction;
import io.github.esspetiteenfance.diagnostic.Finding;
import io.github.esspetiteenfance.indicator.CheckCode;
import io.github.esspetiteenfance.indicator.ConsistencyChecker;
import io.github.esspetiteenfance.indicator.ConsistencyReport;
import io.github.esspetiteenfance.indicator.CountRange;
import io.github.esspetiteenfance.indicator.Indicator;
import io.github.esspetiteenfance.indicator.PublishedFigures;
import io.github.esspetiteenfance.indicator.RationalInterval;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A computed figure set beside the published figure of the same quantity: whether they agree (their
 * values are compatible, as {@link ConsistencyChecker#compare(Collection, Collection)} decides),
 * and how far apart they are.
 *
 * <p>The distance is 0 when the values are compatible; otherwise it is the gap between the two
 * intervals of values: in units for counts (establishments, jobs, places), in percentage points for
 * shares. The relative gap compares the computed figure's midpoint with the published one's, for
 * bounded counts.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param computed the computed figure, not null
 * @param published the published figure, not null
 * @param agrees true if their values are compatible
 */
public record Comparison(Indicator computed, Indicator published, boolean agrees) {

  /** Creates a comparison. */
  public Comparison {
    Objects.requireNonNull(computed, "computed");
    Objects.requireNonNull(published, "published");
  }

  /**
   * Compares computed figures with a published set: one comparison per computed figure that has a
   * published figure of the same measure, territory, population and base, in the order of the
   * published set. Secret figures are not compared.
   *
   * @param computed the computed figures, not null
   * @param published the published set, not null
   * @return the comparisons, not null
   */
  public static List<Comparison> compare(
      Collection<Indicator> computed, PublishedFigures published) {
    Map<String, Indicator> byId = new HashMap<>();
    computed.forEach(c -> byId.put(c.id(), c));
    published.figures().forEach(p -> byId.put(p.id(), p));
    ConsistencyReport report = ConsistencyChecker.compare(computed, published.figures());
    List<Comparison> comparisons = new ArrayList<>();
    for (Finding f : report.findings()) {
      if (f.code() != CheckCode.COMPUTED_AGREES && f.code() != CheckCode.COMPUTED_DIFFERS) {
        continue;
      }
      Indicator c = byId.get(f.about().get(0));
      Indicator p = byId.get(f.about().get(1));
      comparisons.add(new Comparison(c, p, f.code() == CheckCode.COMPUTED_AGREES));
    }
    return List.copyOf(comparisons);
  }

  /**
   * Returns the gap between the two values: 0 if they agree; else, for counts, the number of units
   * between the two ranges, and for shares the fraction between the two intervals (0.05 is 5
   * percentage points).
   *
   * @return the gap, at least 0; not null
   */
  public Fraction distance() {
    if (agrees) {
      return Fraction.ZERO;
    }
    Optional<RationalInterval> cs = computed.value().asShareInterval();
    Optional<RationalInterval> ps = published.value().asShareInterval();
    if (cs.isPresent() && ps.isPresent()) {
      Fraction above = cs.get().lower().minus(ps.get().upper());
      Fraction below = ps.get().lower().minus(cs.get().upper());
      return above.max(below).max(Fraction.ZERO);
    }
    CountRange c = computed.value().asCountRange().orElse(CountRange.UNKNOWN);
    CountRange p = published.value().asCountRange().orElse(CountRange.UNKNOWN);
    long above = p.upper().isPresent() ? c.lower() - p.upper().getAsLong() : 0;
    long below = c.upper().isPresent() ? p.lower() - c.upper().getAsLong() : 0;
    return Fraction.of(Math.max(0, Math.max(above, below)));
  }

  /**
   * Returns the relative gap of the computed count to the published one, from the middles of their
   * ranges: {@code (computed - published) / published}.
   *
   * @return the gap, such as -0.12 for 12 % below; empty for shares, unbounded ranges or a
   *     published zero
   */
  public Optional<BigDecimal> relativeGap() {
    Optional<CountRange> c = computed.value().asCountRange();
    Optional<CountRange> p = published.value().asCountRange();
    if (c.isEmpty()
        || p.isEmpty()
        || !c.get().isBounded()
        || !p.get().isBounded()
        || computed.isShare()) {
      return Optional.empty();
    }
    BigDecimal cm = middle(c.get());
    BigDecimal pm = middle(p.get());
    if (pm.signum() == 0) {
      return Optional.empty();
    }
    return Optional.of(cm.subtract(pm).divide(pm, 4, RoundingMode.HALF_EVEN));
  }

  private static String decimal(BigDecimal value, boolean french) {
    String text = value.toPlainString();
    return french ? text.replace('.', ',') : text;
  }

  private static BigDecimal middle(CountRange r) {
    return BigDecimal.valueOf(r.lower())
        .add(BigDecimal.valueOf(r.upper().getAsLong()))
        .divide(BigDecimal.valueOf(2));
  }

  /**
   * Returns a one-line summary, such as {@code "DEP 44, establishments: computed 12, published 434
   * — differ by 422 (-97.2 %)"}.
   *
   * @param locale French for {@code fr}, English otherwise; not null
   * @return the summary, not null
   */
  public String summary(Locale locale) {
    boolean fr = "fr".equals(locale.getLanguage());
    StringBuilder s = new StringBuilder();
    s.append(published.territory())
        .append(", ")
        .append(published.measure().unit(locale))
        .append(fr ? " : calculé " : ": computed ")
        .append(computed.shown().message(locale))
        .append(fr ? ", publié " : ", published ")
        .append(published.shown().message(locale))
        .append(" — ");
    if (agrees) {
      s.append(fr ? "concordent" : "agree");
    } else {
      s.append(fr ? "écart de " : "differ by ");
      if (published.isShare()) {
        s.append(decimal(distance().toPercent(1, RoundingMode.HALF_UP), fr))
            .append(fr ? " points" : " points");
      } else {
        s.append(
            NumberFormat.getIntegerInstance(fr ? Locale.FRANCE : Locale.US)
                .format(distance().floor()));
      }
      relativeGap()
          .ifPresent(
              g ->
                  s.append(" (")
                      .append(g.signum() > 0 ? "+" : "")
                      .append(decimal(g.movePointRight(2).setScale(1, RoundingMode.HALF_UP), fr))
                      .append(" %)"));
    }
    return s.toString();
  }
}
