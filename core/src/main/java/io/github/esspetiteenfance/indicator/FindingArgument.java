package io.github.esspetiteenfance.indicator;

import io.github.esspetiteenfance.InvalidValueException;
import java.util.Locale;
import java.util.Objects;

/**
 * One argument of a {@link Finding}'s message, from {@code {1}} on: a value of one of a closed set
 * of types, each with its own record, so that a finding says exactly what it holds and can be
 * written and read back without loss (the JSON format gives each kind a registered name, never a
 * Java class name).
 *
 * <table>
 *   <caption>The kinds of argument</caption>
 *   <tr><th>record</th><th>value</th><th>used for</th><th>in a message</th></tr>
 *   <tr><td>{@link QuantityValue}</td><td>{@link Quantity}</td><td>the quantity the figures are
 *       about, the whole of a share</td><td>{@link Quantity#describe(Locale)}</td></tr>
 *   <tr><td>{@link FigureValue}</td><td>{@link IndicatorValue}</td><td>a range of counts known
 *       or implied, a computed or published value</td><td>{@link
 *       IndicatorValue#display(Locale)}</td></tr>
 *   <tr><td>{@link TextValue}</td><td>{@link String}</td><td>an interval of shares already
 *       written as percentages ({@code "[42.5 %, 43.5 %)"})</td><td>as it is</td></tr>
 * </table>
 *
 * <p>This package keeps its own set rather than sharing the regulation package's, so that the two
 * packages stay independent. {@link #of(Object)} wraps a plain value of one of these types and
 * refuses any other type with an {@link InvalidValueException} ({@link
 * IndicatorErrorCode#ARGUMENT_UNSUPPORTED}).
 *
 * <p>Implementations are immutable and thread-safe.
 */
public sealed interface FindingArgument
    permits FindingArgument.QuantityValue, FindingArgument.FigureValue, FindingArgument.TextValue {

  /**
   * Wraps a plain value in the argument of its type.
   *
   * @param value a {@link Quantity}, an {@link IndicatorValue} or a {@link String}; not null
   * @return the argument, not null
   * @throws InvalidValueException if the value is of another type ({@code
   *     indicator.finding.argument-unsupported})
   */
  static FindingArgument of(Object value) {
    Objects.requireNonNull(value, "value");
    if (value instanceof Quantity q) {
      return new QuantityValue(q);
    }
    if (value instanceof IndicatorValue v) {
      return new FigureValue(v);
    }
    if (value instanceof String s) {
      return new TextValue(s);
    }
    throw new InvalidValueException(
        IndicatorErrorCode.ARGUMENT_UNSUPPORTED,
        "argument",
        value,
        value.getClass().getSimpleName());
  }

  /**
   * Returns the plain value of this argument.
   *
   * @return the value, not null
   */
  Object value();

  /**
   * Returns this argument as it is written in a message in a language.
   *
   * @param locale French for {@code fr}, English otherwise; not null
   * @return the text, not null
   */
  String messageArgument(Locale locale);

  /**
   * A quantity, written with its {@link Quantity#describe(Locale) description}.
   *
   * @param value the quantity, not null
   */
  record QuantityValue(Quantity value) implements FindingArgument {
    /** Creates the argument. */
    public QuantityValue {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public String messageArgument(Locale locale) {
      return value.describe(locale);
    }
  }

  /**
   * The value of a figure, or a range of counts, written as {@link IndicatorValue#display(Locale)
   * displayed}.
   *
   * @param value the value, not null
   */
  record FigureValue(IndicatorValue value) implements FindingArgument {
    /** Creates the argument. */
    public FigureValue {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public String messageArgument(Locale locale) {
      return value.display(locale);
    }
  }

  /**
   * A text written as it is, such as an interval of shares in percent.
   *
   * @param value the text, not null
   */
  record TextValue(String value) implements FindingArgument {
    /** Creates the argument. */
    public TextValue {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public String messageArgument(Locale locale) {
      return value;
    }
  }
}
