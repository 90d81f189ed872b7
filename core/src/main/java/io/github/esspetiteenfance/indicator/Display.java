package io.github.esspetiteenfance.indicator;

import io.github.esspetiteenfance.Messages;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/** Formats numbers for the display methods of the package, in French or English. */
final class Display {

  private Display() {}

  static boolean isFrench(Locale locale) {
    return Messages.supportedLanguage(locale) == Locale.FRENCH;
  }

  static String count(long value, Locale locale) {
    return NumberFormat.getIntegerInstance(Messages.supportedLanguage(locale)).format(value);
  }

  static String decimal(BigDecimal value, Locale locale) {
    NumberFormat format = NumberFormat.getNumberInstance(Messages.supportedLanguage(locale));
    format.setMinimumFractionDigits(Math.max(0, value.scale()));
    format.setMaximumFractionDigits(Math.max(0, value.scale()));
    return format.format(value);
  }

  static String percent(BigDecimal percent, Locale locale) {
    return decimal(percent, locale) + (isFrench(locale) ? "\u00a0%" : "%");
  }
}
