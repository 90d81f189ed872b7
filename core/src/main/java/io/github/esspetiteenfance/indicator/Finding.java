package io.github.esspetiteenfance.indicator;

import java.util.ArrayList;
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
 * <p>Its message arguments are typed: each is a {@link FindingArgument} of a closed set of kinds
 * (quantity, figure value, text), so that a finding holds nothing but these values and can be
 * written and read back exactly (the {@code json} module writes a {@link ConsistencyReport} as a
 * {@code consistency-report} document). {@link #of(IndicatorErrorCode, Severity, List, Object...)}
 * wraps plain values; {@link #argumentValues()} gives them back.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param code the stable code, not null
 * @param severity how serious it is, not null
 * @param figures the ids of the figures concerned, not null, without null elements
 * @param arguments the message arguments from {@code {1}} on, not null, without null elements
 */
public record Finding(
    IndicatorErrorCode code,
    Severity severity,
    List<String> figures,
    List<FindingArgument> arguments) {

  /** Creates a finding. */
  public Finding {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(severity, "severity");
    figures = List.copyOf(figures);
    arguments = List.copyOf(arguments);
  }

  /**
   * Obtains a finding from plain argument values, each wrapped by {@link FindingArgument#of}.
   *
   * @param code the code, not null
   * @param severity the severity, not null
   * @param figures the ids of the figures, not null
   * @param arguments the message arguments from {@code {1}} on, each a {@link Quantity}, an {@link
   *     IndicatorValue} or a {@link String}; not null
   * @return the finding, not null
   * @throws io.github.esspetiteenfance.InvalidValueException if an argument is of another type
   *     ({@code indicator.finding.argument-unsupported})
   */
  public static Finding of(
      IndicatorErrorCode code, Severity severity, List<String> figures, Object... arguments) {
    List<FindingArgument> wrapped = new ArrayList<>(arguments.length);
    for (Object argument : arguments) {
      wrapped.add(FindingArgument.of(argument));
    }
    return new Finding(code, severity, figures, wrapped);
  }

  /**
   * Returns the plain values of the message arguments, in order: {@link Quantity}s, {@link
   * IndicatorValue}s and {@link String}s.
   *
   * @return the values, not null, unmodifiable
   */
  public List<Object> argumentValues() {
    return arguments.stream().map(FindingArgument::value).toList();
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
      all[i + 1] = arguments.get(i).messageArgument(locale);
    }
    return code.message(locale, all);
  }

  /** Returns the severity, the code and the English message. */
  @Override
  public String toString() {
    return severity + " [" + code.code() + "] " + message(Locale.ENGLISH);
  }
}
