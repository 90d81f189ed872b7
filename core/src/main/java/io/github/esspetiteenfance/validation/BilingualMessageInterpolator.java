package io.github.esspetiteenfance.validation;

import jakarta.validation.MessageInterpolator;
import java.util.Locale;
import java.util.Set;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Interpolates each message once in English and once in French, with Hibernate Validator's {@link
 * ParameterMessageInterpolator} (no expression language), and joins both into one string that
 * {@link ModelValidator} splits again. The joined string never leaves the library.
 *
 * <p>English is looked up with {@link Locale#ROOT}, so the base bundles answer and the JVM's
 * default locale is never used as a fallback (a French machine still gets English).
 *
 * <p>This class is immutable and thread-safe.
 */
final class BilingualMessageInterpolator implements MessageInterpolator {

  /** Separates the English and French messages; never part of a message. */
  static final char SEPARATOR = '\u0000';

  private final MessageInterpolator delegate =
      new ParameterMessageInterpolator(Set.of(Locale.ROOT, Locale.FRENCH), Locale.ROOT, false);

  @Override
  public String interpolate(String messageTemplate, Context context) {
    return interpolate(messageTemplate, context, Locale.ROOT);
  }

  @Override
  public String interpolate(String messageTemplate, Context context, Locale locale) {
    return delegate.interpolate(messageTemplate, context, Locale.ROOT)
        + SEPARATOR
        + delegate.interpolate(messageTemplate, context, Locale.FRENCH);
  }

  /**
   * Splits a joined message into its English and French parts.
   *
   * @param joined the message built by this interpolator, not null
   * @return the English message and the French message
   */
  static String[] split(String joined) {
    int at = joined.indexOf(SEPARATOR);
    if (at < 0) {
      return new String[] {joined, joined};
    }
    return new String[] {joined.substring(0, at), joined.substring(at + 1)};
  }
}
