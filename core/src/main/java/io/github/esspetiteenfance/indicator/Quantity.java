package io.github.esspetiteenfance.indicator;

import io.github.esspetiteenfance.Localized;
import io.github.esspetiteenfance.territory.Territory;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A quantity that figures speak about: a measure of a population in a territory over a period, such
 * as "the employer EAJE of every family in Pays de la Loire". A count gives its value; a share
 * links two quantities of the same measure, territory and period.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param measure what is measured, not null
 * @param territory where, not null
 * @param period when, empty if not stated
 * @param population who is counted, not null
 */
public record Quantity(
    Measure measure, Territory territory, Optional<ReferencePeriod> period, Population population)
    implements Localized {

  /** Creates a quantity. */
  public Quantity {
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(territory, "territory");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(population, "population");
  }

  /**
   * Returns the quantity an indicator counts (for a share, that of its numerator).
   *
   * @param indicator the indicator, not null
   * @return the quantity, not null
   */
  public static Quantity of(Indicator indicator) {
    return new Quantity(
        indicator.measure(), indicator.territory(), indicator.period(), indicator.population());
  }

  /**
   * Returns the quantity of the denominator of a share.
   *
   * @param indicator a share, not null
   * @return the quantity of its base, empty for a count
   */
  public static Optional<Quantity> baseOf(Indicator indicator) {
    return indicator
        .base()
        .map(b -> new Quantity(indicator.measure(), indicator.territory(), indicator.period(), b));
  }

  /**
   * Returns the same measure, territory and period for another population.
   *
   * @param other the population, not null
   * @return the quantity, not null
   */
  public Quantity withPopulation(Population other) {
    return new Quantity(measure, territory, period, other);
  }

  /**
   * Returns a description for a reader, such as {@code "établissements, NAF:88.91A, toutes, 52 Pays
   * de la Loire"}.
   *
   * @param locale French for {@code fr}, English otherwise; not null
   * @return the description, not null
   */
  @Override
  public String message(Locale locale) {
    return measure.unit(locale)
        + " ("
        + population.sector()
        + ", "
        + population.familiesLabel(locale)
        + (population.employersOnly()
            ? (Display.isFrench(locale) ? ", employeurs" : ", employers")
            : "")
        + "), "
        + territory
        + period.map(p -> ", " + p).orElse("");
  }

  /** Returns the measure, population, territory and period. */
  @Override
  public String toString() {
    return measure + " " + population + " " + territory + period.map(p -> " " + p).orElse("");
  }
}
