package io.github.esspetiteenfance.indicator;

import io.github.esspetiteenfance.diagnostic.Finding;
import io.github.esspetiteenfance.diagnostic.Severity;
import io.github.esspetiteenfance.legal.Confidence;
import io.github.esspetiteenfance.territory.Territory;
import io.github.esspetiteenfance.territory.UnknownTerritoryException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks a set of figures against each other: derives what they imply and flags what cannot all be
 * true, accounting for the rounding of published percentages.
 *
 * <p><b>How.</b> Each count gives the range of its quantity ({@link Quantity}); each share links
 * the quantity of its population to that of its base through the interval of true shares it stands
 * for ({@link IndicatorValue#asShareInterval()}: "43 %" rounded to the unit is {@code [42.5 %, 43.5
 * %)}). Three kinds of constraint then narrow the ranges, until nothing changes:
 *
 * <ul>
 *   <li>share: {@code part / whole} is in the interval, so {@code whole} is in {@link
 *       Implied#wholeFromPart} and {@code part} in {@link Implied#partFromWhole} (exact
 *       arithmetic);
 *   <li>sum: the base of a share is its population plus the rest (the other families), so the rest
 *       is {@code whole - part} ("233 ESS EAJE of 536 to 548" leaves 303 to 315 EAJE outside the
 *       ESS);
 *   <li>order: a population that includes another counts at least as much in the same territory,
 *       and a territory that contains another ({@link Territory#contains}) counts at least as much
 *       for the same population (a région never has more ESS EAJE than France).
 * </ul>
 *
 * <p>A range that becomes empty is an inconsistency ({@link Severity#ERROR}): the figures cannot
 * all be true, whatever the rounding. Each quantity whose range the figures narrowed is reported as
 * an {@link Implication}, with the figures it comes from (when at least one of them is a count:
 * shares alone only imply small bounds such as "a 43 % share needs at least 7 units"). When a
 * contradiction is found, the contradictions it causes downstream (with no other figure involved)
 * are not reported again. Remarks are added for figures whose source is {@link
 * Confidence#UNCONFIRMED} and figures with no period (which are then assumed to describe the same
 * period). Secret figures are left out, so no implication can give them away.
 *
 * <p>{@link #compare(Collection, Collection)} checks computed figures against published ones
 * instead: whether each computed value is compatible with the published figure of the same
 * quantity.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ConsistencyChecker {

  private static final int MAX_ROUNDS = 100;

  private ConsistencyChecker() {}

  /**
   * Checks figures against each other.
   *
   * @param figures the figures, published or computed; not null
   * @return the implications and findings, not null
   */
  public static ConsistencyReport check(Collection<Indicator> figures) {
    Objects.requireNonNull(figures, "figures");
    return new Run().run(figures);
  }

  /**
   * Checks a published set of figures against each other.
   *
   * @param figures the set, not null
   * @return the implications and findings, not null
   */
  public static ConsistencyReport check(PublishedFigures figures) {
    return check(figures.figures());
  }

  /**
   * Compares computed figures with published ones: for each published figure, each computed figure
   * of the same measure, territory, population and base (whatever the period) agrees if their
   * values are compatible ({@link CheckCode#COMPUTED_AGREES}, {@link Severity#INFO}) and differs
   * otherwise ({@link CheckCode#COMPUTED_DIFFERS}, {@link Severity#WARNING}: the sources, dates and
   * scopes of the two usually differ, so a difference is a lead, not an error).
   *
   * @param computed the computed figures, not null
   * @param published the published figures, not null
   * @return the findings (no implication), not null
   */
  public static ConsistencyReport compare(
      Collection<Indicator> computed, Collection<Indicator> published) {
    List<Finding> findings = new ArrayList<>();
    for (Indicator p : published) {
      if (p.isSecret()) {
        continue;
      }
      for (Indicator c : computed) {
        if (c.isSecret()
            || c.measure() != p.measure()
            || !c.territory().equals(p.territory())
            || !c.population().equals(p.population())
            || !c.base().equals(p.base())) {
          continue;
        }
        boolean agrees;
        if (p.isShare()) {
          agrees =
              c.value()
                  .asShareInterval()
                  .orElseThrow()
                  .intersects(p.value().asShareInterval().orElseThrow());
        } else if (p.value().asCountRange().isPresent() && c.value().asCountRange().isPresent()) {
          agrees =
              c.value().asCountRange().get().intersect(p.value().asCountRange().get()).isPresent();
        } else {
          continue;
        }
        findings.add(
            Finding.about(
                agrees ? CheckCode.COMPUTED_AGREES : CheckCode.COMPUTED_DIFFERS,
                List.of(c.id(), p.id()),
                Quantity.of(p),
                c.value(),
                p.value()));
      }
    }
    return new ConsistencyReport(List.of(), findings);
  }

  // ------------------------------------------------------------------------------------------

  private record ShareLink(
      Quantity part, Quantity whole, RationalInterval share, Set<String> figures) {}

  private record Sum(Quantity whole, Quantity part, Quantity rest) {}

  private record Order(Quantity small, Quantity large, CheckCode code) {}

  /** One run of the propagation: mutable, confined to one call. */
  private static final class Run {
    private final Map<Quantity, CountRange> ranges = new LinkedHashMap<>();
    private final Map<Quantity, CountRange> given = new LinkedHashMap<>();
    private final Map<Quantity, Set<String>> provenance = new LinkedHashMap<>();
    private final List<ShareLink> shares = new ArrayList<>();
    private final List<Sum> sums = new ArrayList<>();
    private final List<Order> orders = new ArrayList<>();
    private final List<Finding> findings = new ArrayList<>();
    private final Set<Object> failed = new HashSet<>();
    private final Set<String> counts = new HashSet<>();
    private boolean changed;

    ConsistencyReport run(Collection<Indicator> figures) {
      read(figures);
      addOrders();
      for (int round = 0; round < MAX_ROUNDS; round++) {
        changed = false;
        shares.forEach(this::propagate);
        sums.forEach(this::propagate);
        orders.forEach(this::propagate);
        if (!changed) {
          break;
        }
      }
      List<Implication> implications = new ArrayList<>();
      ranges.forEach(
          (q, r) -> {
            Set<String> from = provenance.getOrDefault(q, Set.of());
            if (!failed.contains(q)
                && !r.equals(CountRange.UNKNOWN)
                && !r.equals(given.get(q))
                && from.stream().anyMatch(counts::contains)) {
              implications.add(new Implication(q, r, List.copyOf(provenance.get(q))));
            }
          });
      return new ConsistencyReport(implications, findings);
    }

    private void read(Collection<Indicator> figures) {
      Set<String> ids = new HashSet<>();
      List<String> duplicates = new ArrayList<>();
      List<String> unconfirmed = new ArrayList<>();
      List<String> noPeriod = new ArrayList<>();
      List<String> secret = new ArrayList<>();
      List<String> notChecked = new ArrayList<>();
      for (Indicator figure : figures) {
        Objects.requireNonNull(figure, "figures[]");
        if (!ids.add(figure.id())) {
          duplicates.add(figure.id());
        }
        if (figure.isSecret()) {
          secret.add(figure.id());
          continue;
        }
        if (figure.source().confidence() == Confidence.UNCONFIRMED) {
          unconfirmed.add(figure.id());
        }
        if (figure.period().isEmpty()) {
          noPeriod.add(figure.id());
        }
        Quantity q = Quantity.of(figure);
        Optional<RationalInterval> share = figure.value().asShareInterval();
        Optional<CountRange> count = figure.value().asCountRange();
        if (share.isPresent()) {
          readShare(figure, q, Quantity.baseOf(figure).orElseThrow(), share.get());
        } else if (count.isPresent()) {
          counts.add(figure.id());
          readCount(figure, q, count.get());
        } else {
          notChecked.add(figure.id());
        }
      }
      remark(duplicates, CheckCode.DUPLICATE_ID);
      remark(secret, CheckCode.SECRET_SKIPPED);
      remark(notChecked, CheckCode.NOT_CHECKED);
      remark(unconfirmed, CheckCode.SOURCE_UNCONFIRMED);
      remark(noPeriod, CheckCode.PERIOD_NOT_STATED);
    }

    private void remark(List<String> ids, CheckCode code) {
      if (!ids.isEmpty()) {
        findings.add(Finding.about(code, ids));
      }
    }

    private void readCount(Indicator figure, Quantity q, CountRange range) {
      CountRange known = ranges.get(q);
      if (known == null || known.equals(CountRange.UNKNOWN)) {
        ranges.put(q, range);
        given.put(q, range);
        provenance.computeIfAbsent(q, k -> new TreeSet<>()).add(figure.id());
        return;
      }
      Optional<CountRange> both = known.intersect(range);
      Set<String> ids = new TreeSet<>(provenance.getOrDefault(q, Set.of()));
      ids.add(figure.id());
      if (both.isEmpty()) {
        findings.add(Finding.about(CheckCode.CONTRADICTION, List.copyOf(ids), q, known, range));
        failed.add(q);
        return;
      }
      ranges.put(q, both.get());
      given.put(q, both.get());
      provenance.put(q, ids);
    }

    private void readShare(Indicator figure, Quantity part, Quantity whole, RationalInterval i) {
      ranges.putIfAbsent(part, CountRange.UNKNOWN);
      ranges.putIfAbsent(whole, CountRange.UNKNOWN);
      for (int k = 0; k < shares.size(); k++) {
        ShareLink link = shares.get(k);
        if (link.part.equals(part) && link.whole.equals(whole)) {
          Set<String> ids = new TreeSet<>(link.figures);
          ids.add(figure.id());
          Optional<RationalInterval> both = link.share.intersect(i);
          if (both.isEmpty()) {
            findings.add(
                Finding.about(
                    CheckCode.SHARES_DISAGREE,
                    List.copyOf(ids),
                    part,
                    link.share.toPercentText(1),
                    i.toPercentText(1),
                    whole));
            return;
          }
          shares.set(k, new ShareLink(part, whole, both.get(), ids));
          return;
        }
      }
      shares.add(new ShareLink(part, whole, i, new TreeSet<>(Set.of(figure.id()))));
      whole
          .population()
          .minus(part.population())
          .ifPresent(
              rest -> {
                Quantity r = whole.withPopulation(rest);
                ranges.putIfAbsent(r, CountRange.UNKNOWN);
                Sum sum = new Sum(whole, part, r);
                if (!sums.contains(sum)) {
                  sums.add(sum);
                }
              });
    }

    private void addOrders() {
      List<Quantity> all = List.copyOf(ranges.keySet());
      for (Quantity a : all) {
        for (Quantity b : all) {
          if (a.equals(b) || a.measure() != b.measure() || !a.period().equals(b.period())) {
            continue;
          }
          if (a.territory().equals(b.territory()) && b.population().includes(a.population())) {
            orders.add(new Order(a, b, CheckCode.PART_EXCEEDS_WHOLE));
          } else if (a.population().equals(b.population())
              && !a.territory().equals(b.territory())
              && contains(b.territory(), a.territory())) {
            orders.add(new Order(a, b, CheckCode.TERRITORY_EXCEEDS));
          }
        }
      }
    }

    private static boolean contains(Territory large, Territory small) {
      try {
        return large.contains(small);
      } catch (UnknownTerritoryException e) {
        return false;
      }
    }

    private void propagate(ShareLink link) {
      if (failed.contains(link)) {
        return;
      }
      Optional<CountRange> whole = Implied.wholeFromPart(ranges.get(link.part), link.share);
      Optional<CountRange> part = Implied.partFromWhole(ranges.get(link.whole), link.share);
      if (whole.isEmpty() || part.isEmpty()) {
        failed.add(link);
        Set<String> ids = new TreeSet<>(link.figures);
        ids.addAll(provenance.getOrDefault(link.part, Set.of()));
        ids.addAll(provenance.getOrDefault(link.whole, Set.of()));
        findings.add(
            Finding.about(
                CheckCode.SHARE_MISMATCH,
                List.copyOf(ids),
                link.part,
                ranges.get(link.part),
                link.share.toPercentText(1),
                link.whole,
                ranges.get(link.whole)));
        return;
      }
      update(
          link.whole,
          whole.get(),
          union(link.figures, link.part),
          CheckCode.SHARE_MISMATCH,
          link.part);
      update(
          link.part,
          part.get(),
          union(link.figures, link.whole),
          CheckCode.SHARE_MISMATCH,
          link.whole);
    }

    private void propagate(Sum sum) {
      CountRange whole = ranges.get(sum.whole);
      CountRange part = ranges.get(sum.part);
      CountRange rest = ranges.get(sum.rest);
      update(
          sum.whole,
          part.plus(rest),
          union(Set.of(), sum.part, sum.rest),
          CheckCode.PART_EXCEEDS_WHOLE,
          sum.part);
      Optional<CountRange> p = whole.minusPart(rest);
      Optional<CountRange> r = whole.minusPart(part);
      if (p.isEmpty() || r.isEmpty()) {
        contradiction(
            sum.part,
            part,
            whole,
            union(Set.of(), sum.part, sum.whole, sum.rest),
            sum.whole,
            CheckCode.PART_EXCEEDS_WHOLE);
        return;
      }
      update(
          sum.part,
          p.get(),
          union(Set.of(), sum.whole, sum.rest),
          CheckCode.PART_EXCEEDS_WHOLE,
          sum.whole);
      update(
          sum.rest,
          r.get(),
          union(Set.of(), sum.whole, sum.part),
          CheckCode.PART_EXCEEDS_WHOLE,
          sum.whole);
    }

    private void propagate(Order order) {
      CountRange large = ranges.get(order.large);
      CountRange small = ranges.get(order.small);
      update(
          order.small,
          new CountRange(0, large.upper()),
          union(Set.of(), order.large),
          order.code,
          order.large);
      update(
          order.large,
          CountRange.atLeast(small.lower()),
          union(Set.of(), order.small),
          order.code,
          order.small);
    }

    private Set<String> union(Set<String> ids, Quantity... quantities) {
      Set<String> all = new TreeSet<>(ids);
      for (Quantity q : quantities) {
        all.addAll(provenance.getOrDefault(q, Set.of()));
      }
      return all;
    }

    private void update(
        Quantity q, CountRange candidate, Set<String> ids, CheckCode code, Quantity other) {
      if (failed.contains(q)) {
        return;
      }
      CountRange current = ranges.get(q);
      Optional<CountRange> both = current.intersect(candidate);
      if (both.isEmpty()) {
        contradiction(q, current, candidate, ids, other, code);
        return;
      }
      if (!both.get().equals(current)) {
        ranges.put(q, both.get());
        provenance.computeIfAbsent(q, k -> new TreeSet<>()).addAll(ids);
        changed = true;
      }
    }

    private void contradiction(
        Quantity q,
        CountRange current,
        CountRange candidate,
        Set<String> ids,
        Quantity other,
        CheckCode code) {
      if (!failed.add(q)) {
        return;
      }
      Set<String> all = new TreeSet<>(ids);
      all.addAll(provenance.getOrDefault(q, Set.of()));
      boolean cascade =
          findings.stream()
              .anyMatch(f -> f.severity() == Severity.ERROR && f.about().containsAll(all));
      if (cascade) {
        return;
      }
      findings.add(
          code == CheckCode.SHARE_MISMATCH
              ? Finding.about(CheckCode.CONTRADICTION, List.copyOf(all), q, current, candidate)
              : Finding.about(code, List.copyOf(all), q, current, candidate, other));
    }
  }
}
