package io.github.esspetiteenfance.examples;

import io.github.esspetiteenfance.Messages;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Objects;

/**
 * Looks up the texts of the examples in French or English and formats numbers and amounts the way
 * each language writes them ({@code 3 239} and {@code 1,55 €} in French, {@code 3,239} and {@code
 * €1.55} in English).
 *
 * <p>The texts live in {@code report.properties} (English) and {@code report_fr.properties}
 * (French) beside this class. French numbers use an ordinary space as the thousands separator, so
 * that the output stays readable in any terminal and easy to search.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Texts {

  /** The base name of the bundle of the examples' texts. */
  public static final String BUNDLE = "io.github.esspetiteenfance.examples.report";

  private final Locale locale;

  private Texts(Locale locale) {
    this.locale = Messages.supportedLanguage(locale);
  }

  /**
   * Obtains the texts of a language.
   *
   * @param locale the language; French for {@code fr}, English otherwise; not null
   * @return the texts, not null
   */
  public static Texts of(Locale locale) {
    return new Texts(Objects.requireNonNull(locale, "locale"));
  }

  /**
   * Returns the language of these texts: {@link Locale#FRENCH} or {@link Locale#ENGLISH}.
   *
   * @return the language, not null
   */
  public Locale locale() {
    return locale;
  }

  /**
   * Checks if these texts are French.
   *
   * @return true for French
   */
  public boolean isFrench() {
    return locale == Locale.FRENCH;
  }

  /**
   * Returns a text, formatted with {@link java.text.MessageFormat}.
   *
   * @param key the key in the bundle, not null
   * @param arguments the arguments, already formatted as text where they are numbers
   * @return the text, not null
   * @throws java.util.MissingResourceException if the key does not exist
   */
  public String get(String key, Object... arguments) {
    return Messages.format(BUNDLE, key, locale, arguments);
  }

  /**
   * Returns a whole number with the thousands separator of the language: {@code 3 239} or {@code
   * 3,239}.
   *
   * @param value the number
   * @return the text, not null
   */
  public String number(long value) {
    return format(BigDecimal.valueOf(value), 0);
  }

  /**
   * Returns a decimal number with a given number of decimals, rounded half-up: {@code 156,67} or
   * {@code 156.67}.
   *
   * @param value the number, not null
   * @param decimals the number of decimals, not negative
   * @return the text, not null
   */
  public String decimal(BigDecimal value, int decimals) {
    return format(value, decimals);
  }

  /**
   * Returns an amount in euros to the cent: {@code 1 234,50 €} or {@code €1,234.50}.
   *
   * @param euros the amount, not null
   * @return the text, not null
   */
  public String euros(BigDecimal euros) {
    String digits = format(euros, 2);
    return isFrench() ? digits + " €" : "€" + digits;
  }

  /**
   * Returns a percentage as published, such as {@code 43 %} or {@code 43%}.
   *
   * @param percent the value in percent, not null
   * @return the text, not null
   */
  public String percent(BigDecimal percent) {
    String digits = format(percent, Math.max(0, percent.stripTrailingZeros().scale()));
    return isFrench() ? digits + " %" : digits + "%";
  }

  private String format(BigDecimal value, int decimals) {
    DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
    symbols.setGroupingSeparator(isFrench() ? ' ' : ',');
    symbols.setDecimalSeparator(isFrench() ? ',' : '.');
    StringBuilder pattern = new StringBuilder("#,##0");
    if (decimals > 0) {
      pattern.append('.').append("0".repeat(decimals));
    }
    DecimalFormat format = new DecimalFormat(pattern.toString(), symbols);
    format.setRoundingMode(RoundingMode.HALF_UP);
    return format.format(value.setScale(decimals, RoundingMode.HALF_UP));
  }
}
