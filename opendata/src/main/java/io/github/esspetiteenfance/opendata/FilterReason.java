package io.github.esspetiteenfance.opendata;

import io.github.esspetiteenfance.Messages;
import java.util.Locale;

/**
 * Why a valid row was left out of a result: another activity, a closed establishment, a commune
 * abroad... Each reader has its own reasons (an enum implementing this interface, such as {@code
 * sirene.SireneFilter}); a {@link RowAccounting} counts the rows by reason.
 */
public interface FilterReason {

  /**
   * Returns the stable code of the reason, such as {@code "sirene.filter.closed"}.
   *
   * @return the code, not null
   */
  String code();

  /**
   * Returns a short description of the reason in a language: the message of its {@link #code()} in
   * this package's {@code messages.properties} / {@code messages_fr.properties}.
   *
   * @param locale French for {@code fr}, English otherwise; not null
   * @return the description, such as {@code "closed establishment"}; not null
   */
  default String message(Locale locale) {
    return Messages.format(FilterReason.class.getPackageName() + ".messages", code(), locale);
  }
}
