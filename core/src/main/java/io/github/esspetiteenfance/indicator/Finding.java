package io.github.esspetiteenfance.indicator;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A finding of a consistency check: an inconsistency between figures, or a remark on how they were
 * read, with a stable code and a message in French and English.
 *
 * <p>The message arguments are {@code {0}} the ids of the figures concerned, {@code {1}} what they
 * are about, then extras as the code's message says.
 *
 * <p>This record is immutable and thread-safe if its arguments are.
 *
 * @param code the stable code, not null
 * @param severity how serious it is, not null
 * @param figures the ids of the figures concerned, not null
 * @param arguments the message arguments from {@code {1}} on, not null
 */
public record Finding(
    IndicatorErrorCode code, Severity severity, List<String> figures, List<Object> arguments) {

  /** Creates a finding. */
  public Finding {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(severity, "severity");
    figures = List.copyOf(figures);
    arguments = List.copyOf(arguments);
  }

  /**
   * Obtains a finding.
   *
   * @param code the code, not null
   * @param severity the severity, not null
   * @param figures the ids of the figures, not null
   * @param arguments the message arguments from {@code {1}} on
   * @return the finding, not null
   */
  public static Finding of(
      IndicatorErrorCode code, Severity severity, List<String> figures, Object... arguments) {
    return new Finding(code, severity, figures, Arrays.asList(arguments));
  }

  /**
   * Returns the message of this finding.
   *
   * @param locale French for {@code fr}, English otherwise; not null
   * @return the message, not null
   */
  public String message(Locale locale) {
    Object[] all = new Object[arguments.size() + 1];
    all[0] = String.join(", ", figures);
    for (int i = 0; i < arguments.size(); i++) {
      Object a = arguments.get(i);
      all[i + 1] =
          a instanceof Quantity q
              ? q.describe(locale)
              : a instanceof IndicatorValue v ? v.display(locale) : String.valueOf(a);
    }
    return code.message(locale, all);
  }

  /** Returns the severity, the code and the English message. */
  @Override
  public String toString() {
    return severity + " [" + code.code() + "] " + message(Locale.ENGLISH);
  }
}
