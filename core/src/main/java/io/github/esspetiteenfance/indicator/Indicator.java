package io.github.esspetiteenfance.indicator;

import io.github.esspetiteenfance.CommonErrorCode;
import io.github.esspetiteenfance.InvalidValueException;
import io.github.esspetiteenfance.Localized;
import io.github.esspetiteenfance.territory.Territory;
import io.github.esspetiteenfance.territory.TerritoryLevel;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An observatory indicator: what is measured, of whom, where, when, its value, its source, whether
 * it was computed or published, and whether it is under statistical secrecy.
 *
 * <p>Examples, from the seed text (CRESS Pays de la Loire, UNCONFIRMED): "233 EAJE ESS en Pays de
 * la Loire" is {@link Measure#ESTABLISHMENTS} of {@code Population.ess(Sector.EAJE)} in région 52,
 * a {@link Count} of 233; "l'ESS représente 43 % des EAJE" is the same measure and population over
 * the base {@code Population.all(Sector.EAJE)}, a {@link RoundedPercentage} of 43 rounded to the
 * unit.
 *
 * <p>A share (a {@link Share}, {@link ShareRange} or {@link RoundedPercentage}) has a {@link
 * #base()}: the population of its denominator, which includes the population of its numerator. A
 * count has none.
 *
 * <p><b>Secrecy.</b> A {@link Secrecy#isSecret() secret} indicator keeps its value (so it can be
 * combined further) but never shows it: {@link #shown()}, {@link #message(Locale)} and {@link
 * #toString()} print "secret" instead.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param id a stable identifier of the figure within its set, such as {@code
 *     "pdl-eaje-ess-establishments"}; not blank
 * @param measure what is measured, not null
 * @param value the value, not null
 * @param territory where, not null
 * @param period when, empty if the publication does not say
 * @param population who is counted (the numerator of a share), not null
 * @param base the population of a share's denominator; present exactly for shares
 * @param source where the figure comes from, not null
 * @param origin computed or published, not null
 * @param secrecy whether the value may be shown, not null
 */
@Value.Builder
public record Indicator(
    String id,
    Measure measure,
    IndicatorValue value,
    Territory territory,
    Optional<ReferencePeriod> period,
    Population population,
    Optional<Population> base,
    Source source,
    Origin origin,
    Secrecy secrecy)
    implements Localized {

  /**
   * Creates an indicator.
   *
   * @throws InvalidValueException with code {@link CommonErrorCode#BLANK} if the id is blank,
   *     {@link IndicatorErrorCode#BASE_MISMATCH} if a share has no base or a count has one, or
   *     {@link IndicatorErrorCode#POPULATION_NOT_IN_BASE} if the base does not include the
   *     population
   */
  public Indicator {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(territory, "territory");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(population, "population");
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(secrecy, "secrecy");
    io.github.esspetiteenfance.internal.TextChecks.characters(id, "id");
    if (id.isBlank()) {
      throw new InvalidValueException(CommonErrorCode.BLANK, "id", id);
    }
    boolean share = value.asShareInterval().isPresent();
    if (share != base.isPresent()) {
      throw new InvalidValueException(
          IndicatorErrorCode.BASE_MISMATCH, "base", base.orElse(null), id);
    }
    if (base.isPresent() && !base.get().includes(population)) {
      throw new InvalidValueException(
          IndicatorErrorCode.POPULATION_NOT_IN_BASE, "base", base.get(), population);
    }
  }

  /**
   * Returns the level of the territory: France, région, département or commune.
   *
   * @return the level, not null
   */
  public TerritoryLevel level() {
    return territory.level();
  }

  /**
   * Checks if this indicator is a share (it has a base).
   *
   * @return true for a share
   */
  public boolean isShare() {
    return base.isPresent();
  }

  /**
   * Checks if this indicator is under statistical secrecy.
   *
   * @return true if its value must not be shown
   */
  public boolean isSecret() {
    return secrecy.isSecret();
  }

  /**
   * Returns the value as it may be shown to a reader: the value, or "statistical secret" if the
   * indicator is under statistical secrecy; {@code shown().message(locale)} writes it, such as
   * {@code "43 %"}.
   *
   * @return the value to show, not null
   */
  public Localized shown() {
    return locale ->
        isSecret()
            ? (Display.isFrench(locale) ? "secret statistique" : "statistical secret")
            : value.message(locale);
  }

  /**
   * Returns a one-line description: territory, population, value (hidden if secret), origin and
   * confidence, in the language asked, such as {@code "52 Pays de la Loire, NAF:88.91A, ESS : 233
   * établissements (publié, non confirmé)"} or {@code "..., ESS: 233 establishments (published,
   * unconfirmed)"}.
   *
   * @param locale French for {@code fr}, English otherwise; not null
   * @return the description, not null
   */
  @Override
  public String message(Locale locale) {
    boolean fr = Display.isFrench(locale);
    String what =
        base.map(
                b ->
                    population.familiesLabel(locale)
                        + (fr ? " parmi " : " among ")
                        + b.familiesLabel(locale)
                        + ", "
                        + measure.unit(locale))
            .orElse(population.familiesLabel(locale));
    String value = shown().message(locale) + (isShare() ? "" : " " + measure.unit(locale));
    return territory
        + ", "
        + population.sector()
        + ", "
        + what
        + period.map(p -> ", " + p).orElse("")
        + (fr ? " : " : ": ")
        + value
        + " ("
        + origin.message(locale)
        + ", "
        + source.confidence().message(locale)
        + ")";
  }

  /**
   * Returns a copy of this indicator with another secrecy status.
   *
   * @param secrecy the status, not null
   * @return the copy, not null
   */
  public Indicator withSecrecy(Secrecy secrecy) {
    return new Indicator(
        id, measure, value, territory, period, population, base, source, origin, secrecy);
  }

  /** Returns the components, with the value hidden if the indicator is secret. */
  @Override
  public String toString() {
    return "Indicator["
        + id
        + ", "
        + measure
        + ", "
        + (isSecret() ? "secret" : value.toString())
        + ", "
        + territory
        + period.map(p -> ", " + p).orElse("")
        + ", "
        + population
        + base.map(b -> " / " + b).orElse("")
        + ", "
        + origin
        + ", "
        + source
        + ", "
        + secrecy
        + "]";
  }
}
