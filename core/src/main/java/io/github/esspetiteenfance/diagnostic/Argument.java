package io.github.esspetiteenfance.diagnostic;

import io.github.esspetiteenfance.InvalidValueException;
import io.github.esspetiteenfance.Localized;
import io.github.esspetiteenfance.Messages;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Objects;

/**
 * One message argument of a {@link Finding}: a value of one of a closed set of kinds, each a record
 * of plain data, so that a finding says exactly what it holds and can be written and read back
 * without loss (the JSON format gives each kind a registered name, never a Java class name).
 *
 * <table>
 *   <caption>The kinds of argument</caption>
 *   <tr><th>record</th><th>holds</th><th>made from</th><th>used for</th></tr>
 *   <tr><td>{@link IntegerValue}</td><td>an {@link Integer}</td><td>{@link Integer}</td>
 *       <td>counts, places, ages in months, limits</td></tr>
 *   <tr><td>{@link DecimalValue}</td><td>a {@link BigDecimal}</td><td>{@link BigDecimal}</td>
 *       <td>FTE, hours, m², percents</td></tr>
 *   <tr><td>{@link TextValue}</td><td>a {@link String}</td><td>{@link String}</td><td>the item
 *       observed ({@code "capacity"}), a name, an age range, an interval of shares</td></tr>
 *   <tr><td>{@link DateValue}</td><td>a {@link LocalDate}</td><td>{@link LocalDate}</td><td>the
 *       date of a check or of a rule</td></tr>
 *   <tr><td>{@link MonthValue}</td><td>a {@link YearMonth}</td><td>{@link YearMonth}</td><td>the
 *       month of a monthly rule</td></tr>
 *   <tr><td>{@link TermValue}</td><td>a vocabulary and a constant name</td><td>an enum constant
 *       implementing {@link Localized} (EAJE category, ratio option, subject...)</td><td>a term of
 *       a closed list, written with its label in the message's language</td></tr>
 *   <tr><td>{@link PhraseValue}</td><td>its English and French texts</td><td>any other {@link
 *       Localized} value (a quantity of figures, a figure's value)</td><td>a value written as it
 *       was in each language when the finding was made</td></tr>
 * </table>
 *
 * <p>The vocabulary of a term is the kebab-case simple name of its enum ({@code EajeCategory} is
 * {@code "eaje-category"}); the {@link FindingKind#argumentTypes() argument table} of the finding's
 * code gives the enum back, so that a finding resolves and renders its terms without any registry.
 *
 * <p>{@link #of(Object)} wraps a value of one of these types and refuses any other type with an
 * {@link InvalidValueException} ({@link FindingErrorCode#ARGUMENT_UNSUPPORTED}).
 *
 * <p>Implementations are immutable and thread-safe.
 */
public sealed interface Argument
    permits Argument.IntegerValue,
        Argument.DecimalValue,
        Argument.TextValue,
        Argument.DateValue,
        Argument.MonthValue,
        Argument.TermValue,
        Argument.PhraseValue {

  /**
   * Wraps a value in the argument of its kind.
   *
   * @param value an {@link Integer}, {@link BigDecimal}, {@link String}, {@link LocalDate}, {@link
   *     YearMonth}, an enum constant implementing {@link Localized}, another {@link Localized}
   *     value, or an {@link Argument} (returned as it is); not null
   * @return the argument, not null
   * @throws InvalidValueException if the value is of another type ({@code
   *     finding.argument.unsupported})
   */
  static Argument of(Object value) {
    Objects.requireNonNull(value, "value");
    if (value instanceof Argument a) {
      return a;
    }
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
    if (value instanceof Enum<?> e && value instanceof Localized) {
      return new TermValue(vocabulary(e.getDeclaringClass()), e.name());
    }
    if (value instanceof Localized l) {
      return new PhraseValue(l.message(Locale.ENGLISH), l.message(Locale.FRENCH));
    }
    throw new InvalidValueException(
        FindingErrorCode.ARGUMENT_UNSUPPORTED, "argument", value, value.getClass().getSimpleName());
  }

  /**
   * Returns the vocabulary name of an enum: its simple name in kebab-case ({@code EajeCategory} is
   * {@code "eaje-category"}).
   *
   * @param type the enum, not null
   * @return the name, not null
   */
  static String vocabulary(Class<?> type) {
    String name = type.getSimpleName();
    StringBuilder out = new StringBuilder(name.length() + 4);
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isUpperCase(c)) {
        if (i > 0) {
          out.append('-');
        }
        out.append(Character.toLowerCase(c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * Returns the kind of argument that holds the values of a declared type.
   *
   * @param type a type of an argument table, not null
   * @return the record of the kind, not null
   * @throws IllegalArgumentException if no kind holds that type (a library bug)
   */
  static Class<? extends Argument> kindOf(Class<?> type) {
    if (type == Integer.class) {
      return IntegerValue.class;
    }
    if (type == BigDecimal.class) {
      return DecimalValue.class;
    }
    if (type == String.class) {
      return TextValue.class;
    }
    if (type == LocalDate.class) {
      return DateValue.class;
    }
    if (type == YearMonth.class) {
      return MonthValue.class;
    }
    if (type.isEnum() && Localized.class.isAssignableFrom(type)) {
      return TermValue.class;
    }
    if (Localized.class.isAssignableFrom(type)) {
      return PhraseValue.class;
    }
    throw new IllegalArgumentException("no argument kind holds " + type.getName());
  }

  /**
   * Checks if this argument can stand for a value of a declared type: its kind is {@link
   * #kindOf(Class) the kind of the type}, and a term is a constant of that enum.
   *
   * @param type a type of an argument table, not null
   * @return true if it matches
   */
  default boolean matches(Class<?> type) {
    if (!kindOf(type).isInstance(this)) {
      return false;
    }
    return !(this instanceof TermValue t) || t.resolve(type) != null;
  }

  /**
   * Returns the value of this argument for a declared type: the plain value, the enum constant of a
   * term, the argument itself for a phrase.
   *
   * @param type the type of the argument table, which this argument {@link #matches matches}; not
   *     null
   * @return the value, not null
   */
  default Object value(Class<?> type) {
    return this instanceof TermValue t ? t.resolve(type) : plainValue();
  }

  /**
   * Returns this argument as a value given to a message in a language: the plain value, the label
   * of a term in that language, the text of a phrase in that language.
   *
   * @param type the type of the argument table, which this argument {@link #matches matches}; not
   *     null
   * @param locale French for {@code fr}, English otherwise; not null
   * @return the message argument, not null
   */
  default Object messageArgument(Class<?> type, Locale locale) {
    if (this instanceof TermValue t) {
      return ((Localized) t.resolve(type)).message(locale);
    }
    if (this instanceof PhraseValue p) {
      return p.message(locale);
    }
    return plainValue();
  }

  /**
   * Returns the plain data of this argument: the number, text, date or month; the argument itself
   * for a term or a phrase.
   *
   * @return the value, not null
   */
  Object plainValue();

  /**
   * An integer: a count, a number of places, an age in months, a limit.
   *
   * @param value the integer, not null
   */
  record IntegerValue(Integer value) implements Argument {
    /** Creates the argument. */
    public IntegerValue {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public Object plainValue() {
      return value;
    }
  }

  /**
   * A decimal: a time in FTE, hours, an area in m², a percentage. Kept exactly, with its scale; a
   * negative scale ({@code 1E+3}) is brought to 0 ({@code 1000}): the same number in a message, and
   * the form the JSON format writes.
   *
   * @param value the decimal, not null
   */
  record DecimalValue(BigDecimal value) implements Argument {
    /** Creates the argument. */
    public DecimalValue {
      Objects.requireNonNull(value, "value");
      if (value.scale() < 0) {
        value = value.setScale(0);
      }
    }

    @Override
    public Object plainValue() {
      return value;
    }
  }

  /**
   * A text: the name of the item observed (such as {@code "capacity"}), of a person, of a
   * parameter, an age range, an interval of shares already written as percentages.
   *
   * @param value the text, not null
   */
  record TextValue(String value) implements Argument {
    /** Creates the argument. */
    public TextValue {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public Object plainValue() {
      return value;
    }
  }

  /**
   * A date: the date of a check or the first day a rule was looked up for.
   *
   * @param value the date, not null
   */
  record DateValue(LocalDate value) implements Argument {
    /** Creates the argument. */
    public DateValue {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public Object plainValue() {
      return value;
    }
  }

  /**
   * A month: the month of a monthly rule.
   *
   * @param value the month, not null
   */
  record MonthValue(YearMonth value) implements Argument {
    /** Creates the argument. */
    public MonthValue {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public Object plainValue() {
      return value;
    }
  }

  /**
   * A term of a closed list: the constant of an enum implementing {@link Localized}, written with
   * its label in a message.
   *
   * @param vocabulary the kebab-case simple name of the enum ({@code "eaje-category"}), not null
   * @param name the name of the constant ({@code "MICRO_CRECHE"}), not null
   */
  record TermValue(String vocabulary, String name) implements Argument {
    /** Creates the argument. */
    public TermValue {
      Objects.requireNonNull(vocabulary, "vocabulary");
      Objects.requireNonNull(name, "name");
    }

    /**
     * Returns the constant this term names in an enum.
     *
     * @param type the enum, not null
     * @return the constant, null if the enum is not this term's vocabulary or has no such constant
     */
    public Object resolve(Class<?> type) {
      if (!type.isEnum() || !vocabulary.equals(Argument.vocabulary(type))) {
        return null;
      }
      for (Object constant : type.getEnumConstants()) {
        if (((Enum<?>) constant).name().equals(name)) {
          return constant;
        }
      }
      return null;
    }

    @Override
    public Object plainValue() {
      return this;
    }
  }

  /**
   * A value already written in each language: a quantity of figures, a figure's value (a count, a
   * range, a share...), as {@link Localized#message(Locale)} wrote it when the finding was made.
   *
   * @param english the English text, not null
   * @param french the French text, not null
   */
  record PhraseValue(String english, String french) implements Argument, Localized {
    /** Creates the argument. */
    public PhraseValue {
      Objects.requireNonNull(english, "english");
      Objects.requireNonNull(french, "french");
    }

    @Override
    public String message(Locale locale) {
      return Messages.supportedLanguage(locale) == Locale.FRENCH ? french : english;
    }

    @Override
    public Object plainValue() {
      return this;
    }
  }
}
