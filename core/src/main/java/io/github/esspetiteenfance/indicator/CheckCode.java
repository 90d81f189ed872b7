package io.github.esspetiteenfance.indicator;

import io.github.esspetiteenfance.diagnostic.FindingKind;
import io.github.esspetiteenfance.diagnostic.Severity;
import java.util.List;

/**
 * The codes of the findings of the consistency checks of figures ({@link ConsistencyChecker}), each
 * with its {@link Severity severity} and its argument table.
 *
 * <p>Every code is {@link #aboutFigures() about figures}: its message's {@code {0}} is the ids of
 * the figures concerned, its arguments follow from {@code {1}}. A {@link Quantity} or an {@link
 * IndicatorValue} argument is kept as it is written in each language ({@link
 * io.github.esspetiteenfance.diagnostic.Argument.PhraseValue}). Messages are in {@code
 * messages.properties} and {@code messages_fr.properties} of this package.
 */
public enum CheckCode implements FindingKind {
  /**
   * Figures give incompatible ranges for the same quantity. Arguments: {@code {1}} the quantity,
   * {@code {2}} and {@code {3}} the two ranges.
   */
  CONTRADICTION(
      "indicator.check.contradiction",
      Severity.ERROR,
      Quantity.class,
      IndicatorValue.class,
      IndicatorValue.class),
  /**
   * No count of a part is the published share of the whole's count. Arguments: {@code {1}} the
   * part, {@code {2}} its range, {@code {3}} the share, {@code {4}} the whole, {@code {5}} its
   * range.
   */
  SHARE_MISMATCH(
      "indicator.check.share-mismatch",
      Severity.ERROR,
      Quantity.class,
      IndicatorValue.class,
      String.class,
      Quantity.class,
      IndicatorValue.class),
  /**
   * Two shares of the same part in the same whole do not overlap. Arguments: {@code {1}} the part,
   * {@code {2}} and {@code {3}} the shares in percent, {@code {4}} the whole.
   */
  SHARES_DISAGREE(
      "indicator.check.shares-disagree",
      Severity.ERROR,
      Quantity.class,
      String.class,
      String.class,
      Quantity.class),
  /**
   * A part would exceed its whole (a population within another). Arguments: {@code {1}} the
   * quantity, {@code {2}} its range, {@code {3}} the range implied, {@code {4}} the other quantity.
   */
  PART_EXCEEDS_WHOLE(
      "indicator.check.part-exceeds-whole",
      Severity.ERROR,
      Quantity.class,
      IndicatorValue.class,
      IndicatorValue.class,
      Quantity.class),
  /**
   * A territory would count more than a territory that contains it. Arguments as {@link
   * #PART_EXCEEDS_WHOLE}.
   */
  TERRITORY_EXCEEDS(
      "indicator.check.territory-exceeds",
      Severity.ERROR,
      Quantity.class,
      IndicatorValue.class,
      IndicatorValue.class,
      Quantity.class),
  /** The source of figures is UNCONFIRMED. No argument. */
  SOURCE_UNCONFIRMED("indicator.check.source-unconfirmed", Severity.WARNING),
  /** Figures state no period; they are assumed to describe the same one. No argument. */
  PERIOD_NOT_STATED("indicator.check.period-not-stated", Severity.INFO),
  /** Secret figures were left out of the checks. No argument. */
  SECRET_SKIPPED("indicator.check.secret-skipped", Severity.INFO),
  /** Several figures share an id. No argument. */
  DUPLICATE_ID("indicator.check.duplicate-id", Severity.WARNING),
  /** Figures the checks do not use (amounts). No argument. */
  NOT_CHECKED("indicator.check.not-checked", Severity.INFO),
  /**
   * A computed figure is compatible with the published one. Arguments: {@code {1}} the quantity,
   * {@code {2}} the computed value, {@code {3}} the published value.
   */
  COMPUTED_AGREES(
      "indicator.check.computed-agrees",
      Severity.INFO,
      Quantity.class,
      IndicatorValue.class,
      IndicatorValue.class),
  /**
   * A computed figure is not compatible with the published one. Arguments as {@link
   * #COMPUTED_AGREES}.
   */
  COMPUTED_DIFFERS(
      "indicator.check.computed-differs",
      Severity.WARNING,
      Quantity.class,
      IndicatorValue.class,
      IndicatorValue.class);

  private final String code;
  private final Severity severity;
  private final List<Class<?>> argumentTypes;

  CheckCode(String code, Severity severity, Class<?>... argumentTypes) {
    this.code = code;
    this.severity = severity;
    this.argumentTypes = List.of(argumentTypes);
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public Severity severity() {
    return severity;
  }

  @Override
  public List<Class<?>> argumentTypes() {
    return argumentTypes;
  }

  @Override
  public boolean aboutFigures() {
    return true;
  }
}
