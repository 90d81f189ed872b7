package io.github.esspetiteenfance.diagnostic;

import io.github.esspetiteenfance.ErrorCode;
import java.util.List;

/**
 * The code of a {@link Finding}: a stable {@link ErrorCode} that also gives the severity of its
 * findings and their argument table.
 *
 * <p>The argument table of a code is the list of the Java types of its message arguments, in order
 * ({@code {0}}, {@code {1}}...; after the {@link Finding#about() figures} for a code {@link
 * #aboutFigures() about figures}). The types are those {@link Argument#of(Object)} accepts: {@link
 * Integer}, {@link java.math.BigDecimal}, {@link String}, {@link java.time.LocalDate}, {@link
 * java.time.YearMonth}, an enum implementing {@link io.github.esspetiteenfance.Localized} (kept as
 * an {@link Argument.TermValue}) or another {@link io.github.esspetiteenfance.Localized} type (kept
 * as an {@link Argument.PhraseValue}). {@link Finding} refuses arguments that do not match it.
 *
 * <p>Implementations are enums, one per package that reports findings.
 */
public interface FindingKind extends ErrorCode {

  /**
   * Returns the severity of the findings with this code.
   *
   * @return the severity, not null
   */
  Severity severity();

  /**
   * Returns the types of the message arguments of this code, in order.
   *
   * @return the types, not null, unmodifiable
   */
  List<Class<?>> argumentTypes();

  /**
   * Checks if the message of this code starts with the ids of the figures the finding is about
   * ({@code {0}}), its arguments following from {@code {1}}.
   *
   * @return true for the consistency checks of figures, false by default
   */
  default boolean aboutFigures() {
    return false;
  }
}
