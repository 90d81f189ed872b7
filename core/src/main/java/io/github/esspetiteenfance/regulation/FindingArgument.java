package io.github.esspetiteenfance.regulation;

import io.github.esspetiteenfance.InvalidValueException;
import io.github.esspetiteenfance.structure.Labelled;
import io.github.esspetiteenfance.structure.RatioOption;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Objects;

/**
 * One argument of a {@link Finding}'s message: a value of one of a closed set of types, each with
 * its own record, so that a finding says exactly what it holds and can be written and read back
 * without loss (the JSON format gives each kind a registered name, never a Java class name).
 *
 * <table>
 *   <caption>The kinds of argument</caption>
 *   <tr><th>record</th><th>value</th><th>used for</th></tr>
 *   <tr><td>{@link IntegerValue}</td><td>{@link Integer}</td><td>counts, places, ages in months,
 *       limits</td></tr>
 *   <tr><td>{@link DecimalValue}</td><td>{@link BigDecimal}</td><td>FTE, hours, m², percents
 *       </td></tr>
 *   <tr><td>{@link TextValue}</td><td>{@link String}</td><td>the item observed ({@code
 *       "capacity"}), an assistant's name, a parameter's name, an age range</td></tr>
 *   <tr><td>{@link DateValue}</td><td>{@link LocalDate}</td><td>the date of a check or of a
 *       rule</td></tr>
 *   <tr><td>{@link MonthValue}</td><td>{@link YearMonth}</td><td>the month of the qualified staff
 *       share</td></tr>
 *   <tr><td>{@link CategoryValue}</td><td>{@link EajeCategory}</td><td>the capacity category
 *       </td></tr>
 *   <tr><td>{@link RatioOptionValue}</td><td>{@link RatioOption}</td><td>the staffing ratio
 *       option</td></tr>
 *   <tr><td>{@link SubjectValue}</td><td>{@link Subject}</td><td>the rule and the reason of a
 *       {@link FindingCode#NOT_CHECKED} finding</td></tr>
 * </table>
 *
 * <p>{@link #of(Object)} wraps a plain value of one of these types and refuses any other type with
 * an {@link InvalidValueException} ({@link RegulationErrorCode#ARGUMENT_UNSUPPORTED}). In a
 * message, an argument is {@link #messageArgument(Locale) formatted} as its plain value (numbers in
 * the language's format), and a {@link Labelled} one as its label in the message's language.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public sealed interface FindingArgument
    permits FindingArgument.IntegerValue,
        FindingArgument.DecimalValue,
        FindingArgument.TextValue,
        FindingArgument.DateValue,
        FindingArgument.MonthValue,
        FindingArgument.CategoryValue,
        FindingArgument.RatioOptionValue,
        FindingArgument.SubjectValue {

  /**
   * Wraps a plain value in the argument of its type.
   *
   * @param value an {@link Integer}, {@link BigDecimal}, {@link String}, {@link LocalDate}, {@link
   *     YearMonth}, {@link EajeCategory}, {@link RatioOption} or {@link Subject}; not null
   * @return the argument, not null
   * @throws InvalidValueException if the value is of another type ({@code
   *     regulation.finding.argument-unsupported})
   */
  static FindingArgument of(Object value) {
    Objects.requireNonNull(value, "value");
    if (value instanceof Integer i) {
      return new IntegerValue(i);
    }
    if (value instanceof BigDecimal d) {
      return new DecimalValue(d);
    }
    if (value instanceof String s) {
      return new TextValue(s);
    }
    if (value instanceof LocalDate d) {
      return new DateValue(d);
    }
    if (value instanceof YearMonth m) {
      return new MonthValue(m);
    }
    if (value instanceof EajeCategory c) {
      return new CategoryValue(c);
    }
    if (value instanceof RatioOption o) {
      return new RatioOptionValue(o);
    }
    if (value instanceof Subject s) {
      return new SubjectValue(s);
    }
    throw new InvalidValueException(
        RegulationErrorCode.ARGUMENT_UNSUPPORTED,
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
   * Returns this argument as it is given to a message in a language: the label of a {@link
   * Labelled} value in that language, the plain value otherwise.
   *
   * @param locale French for {@code fr}, English otherwise; not null
   * @return the message argument, not null
   */
  default Object messageArgument(Locale locale) {
    Object value = value();
    return value instanceof Labelled l ? l.label(locale) : value;
  }

  /**
   * An integer: a count, a number of places, an age in months, a limit.
   *
   * @param value the integer, not null
   */
  record IntegerValue(Integer value) implements FindingArgument {
    /** Creates the argument. */
    public IntegerValue {
      Objects.requireNonNull(value, "value");
    }
  }

  /**
   * A decimal: a time in FTE, hours, an area in m², a percentage. Kept exactly, with its scale; a
   * negative scale ({@code 1E+3}) is brought to 0 ({@code 1000}): the same number in a message, and
   * the form the JSON format writes.
   *
   * @param value the decimal, not null
   */
  record DecimalValue(BigDecimal value) implements FindingArgument {
    /** Creates the argument. */
    public DecimalValue {
      Objects.requireNonNull(value, "value");
      if (value.scale() < 0) {
        value = value.setScale(0);
      }
    }
  }

  /**
   * A text: the name of the item observed (such as {@code "capacity"}), of an assistant maternel,
   * of a {@link Parameter}, or an age range.
   *
   * @param value the text, not null
   */
  record TextValue(String value) implements FindingArgument {
    /** Creates the argument. */
    public TextValue {
      Objects.requireNonNull(value, "value");
    }
  }

  /**
   * A date: the date of a check or the first day a rule was looked up for.
   *
   * @param value the date, not null
   */
  record DateValue(LocalDate value) implements FindingArgument {
    /** Creates the argument. */
    public DateValue {
      Objects.requireNonNull(value, "value");
    }
  }

  /**
   * A month: the month of the qualified staff observed.
   *
   * @param value the month, not null
   */
  record MonthValue(YearMonth value) implements FindingArgument {
    /** Creates the argument. */
    public MonthValue {
      Objects.requireNonNull(value, "value");
    }
  }

  /**
   * A capacity category, written with its label in a message.
   *
   * @param value the category, not null
   */
  record CategoryValue(EajeCategory value) implements FindingArgument {
    /** Creates the argument. */
    public CategoryValue {
      Objects.requireNonNull(value, "value");
    }
  }

  /**
   * A staffing ratio option, written with its label in a message.
   *
   * @param value the option, not null
   */
  record RatioOptionValue(RatioOption value) implements FindingArgument {
    /** Creates the argument. */
    public RatioOptionValue {
      Objects.requireNonNull(value, "value");
    }
  }

  /**
   * A rule or a reason of a {@link FindingCode#NOT_CHECKED} finding, written with its label in a
   * message.
   *
   * @param value the subject, not null
   */
  record SubjectValue(Subject value) implements FindingArgument {
    /** Creates the argument. */
    public SubjectValue {
      Objects.requireNonNull(value, "value");
    }
  }
}
