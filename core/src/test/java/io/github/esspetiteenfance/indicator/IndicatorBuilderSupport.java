package io.github.esspetiteenfance.indicator;

import io.github.esspetiteenfance.territory.Territory;
import java.util.Optional;

/** Builds indicators for tests. */
final class IndicatorBuilderSupport {

  private IndicatorBuilderSupport() {}

  static Indicator withValue(Indicator f, IndicatorValue value) {
    return new Indicator(
        f.id(),
        f.measure(),
        value,
        f.territory(),
        f.period(),
        f.population(),
        f.base(),
        f.source(),
        f.origin(),
        f.secrecy());
  }

  static Indicator published(
      String id, Measure measure, Territory territory, Population population, IndicatorValue v) {
    return new Indicator(
        id,
        measure,
        v,
        territory,
        Optional.empty(),
        population,
        Optional.empty(),
        Source.computed(),
        Origin.PUBLISHED,
        Secrecy.NONE);
  }

  static Indicator share(
      String id,
      Measure measure,
      Territory territory,
      Population population,
      Population base,
      IndicatorValue v) {
    return new Indicator(
        id,
        measure,
        v,
        territory,
        Optional.empty(),
        population,
        Optional.of(base),
        Source.computed(),
        Origin.PUBLISHED,
        Secrecy.NONE);
  }
}
