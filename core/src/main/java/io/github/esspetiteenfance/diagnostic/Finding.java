package io.github.esspetiteenfance.diagnostic;

import io.github.esspetiteenfance.InvalidValueException;
import io.github.esspetiteenfance.Localized;
import io.github.esspetiteenfance.Messages;
import io.github.esspetiteenfance.legal.Confidence;
import io.github.esspetiteenfance.legal.LegalBasis;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One result of a check: a stable code (which gives the {@link Severity}), what it is about, its
 * legal bases, and typed message arguments, with a message in French and English.
 *
 * <p>The library's checks all answer with findings: the regulatory checks of a facility ({@code
 * regulation.ComplianceReport}, codes {@code regulation.FindingCode}, with legal bases) and the
 * consistency checks of figures ({@code indicator.ConsistencyReport}, codes {@code
 * indicator.CheckCode}, about the ids of the figures).
 *
 * <p>The arguments must match the {@link FindingKind#argumentTypes() argument table} of the code
 * (their number, and each one's kind and vocabulary): a finding built or read back with too few or
 * wrongly typed arguments is refused with an {@link InvalidValueException} ({@link
 * FindingErrorCode#ARGUMENT_COUNT}, {@link FindingErrorCode#ARGUMENT_KIND}), so that every finding
 * renders a whole message.
 *
 * <p>A finding is only as sure as its weakest basis: {@link #confidence()}. A finding that rests on
 * a {@link Confidence#SECONDARY}, {@link Confidence#UNCONFIRMED} or {@link Confidence#DERIVED}
 * basis says so at the end of its {@link #message(Locale) message}.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param code the stable code, which also gives the severity and the argument table; not null
 * @param about the ids of the figures the finding is about, for a code {@link
 *     FindingKind#aboutFigures() about figures} (written as {@code {0}}); empty for a regulatory
 *     finding, which is about the facility of its report; not null, without null elements
 * @param bases the legal bases, the main rule first; not null, may be empty; duplicates are removed
 * @param arguments the message arguments, as the code's argument table declares; not null, without
 *     null elements
 */
public record Finding(
    FindingKind code, List<String> about, List<LegalBasis> bases, List<Argument> arguments)
    implements Localized {

  /**
   * Creates a finding.
   *
   * @throws InvalidValueException if the arguments do not match the code's argument table ({@code
   *     finding.argument.count}, {@code finding.argument.kind})
   */
  public Finding {
    Objects.requireNonNull(code, "code");
    about = List.copyOf(about);
    bases = bases.stream().distinct().toList();
    arguments = List.copyOf(arguments);
    List<Class<?>> types = code.argumentTypes();
    if (arguments.size() != types.size()) {
      throw new InvalidValueException(
          FindingErrorCode.ARGUMENT_COUNT,
          "arguments",
          arguments.size(),
          code.code(),
          types.size());
    }
    for (int i = 0; i < types.size(); i++) {
      if (!arguments.get(i).matches(types.get(i))) {
        throw new InvalidValueException(
            FindingErrorCode.ARGUMENT_KIND,
            "arguments/" + i,
            arguments.get(i),
            code.code(),
            i,
            types.get(i).getSimpleName());
      }
    }
  }

  /**
   * Obtains a finding from plain argument values, each wrapped by {@link Argument#of(Object)}.
   *
   * @param code the stable code, not null
   * @param bases the legal bases, the main rule first; not null
   * @param arguments the message arguments, as the code's argument table declares; not null
   * @return the finding, not null
   * @throws InvalidValueException if an argument is of an unsupported type or does not match the
   *     code's argument table
   */
  public static Finding of(FindingKind code, List<LegalBasis> bases, Object... arguments) {
    return new Finding(code, List.of(), bases, wrap(arguments));
  }

  /**
   * Obtains a finding about figures, without legal basis, from plain argument values.
   *
   * @param code a code {@link FindingKind#aboutFigures() about figures}, not null
   * @param about the ids of the figures, not null
   * @param arguments the message arguments from {@code {1}} on, as the code's argument table
   *     declares; not null
   * @return the finding, not null
   * @throws InvalidValueException if an argument is of an unsupported type or does not match the
   *     code's argument table
   */
  public static Finding about(FindingKind code, List<String> about, Object... arguments) {
    return new Finding(code, about, List.of(), wrap(arguments));
  }

  private static List<Argument> wrap(Object... arguments) {
    List<Argument> wrapped = new ArrayList<>(arguments.length);
    for (Object argument : arguments) {
      wrapped.add(Argument.of(argument));
    }
    return wrapped;
  }

  /**
   * Returns the values of the message arguments, in order: {@link Integer}s, {@link
   * java.math.BigDecimal}s, {@link String}s, dates, months, the enum constants of the terms and the
   * {@link Argument.PhraseValue phrases}.
   *
   * @return the values, not null, unmodifiable
   */
  public List<Object> argumentValues() {
    List<Class<?>> types = code.argumentTypes();
    List<Object> values = new ArrayList<>(arguments.size());
    for (int i = 0; i < arguments.size(); i++) {
      values.add(arguments.get(i).value(types.get(i)));
    }
    return List.copyOf(values);
  }

  /**
   * Returns the severity of this finding.
   *
   * @return the severity of its code, not null
   */
  public Severity severity() {
    return code.severity();
  }

  /**
   * Returns how sure the project is of this finding: the weakest confidence of its bases.
   *
   * @return the confidence, {@link Confidence#CONFIRMED} if there is no basis
   */
  public Confidence confidence() {
    return bases.stream()
        .map(LegalBasis::confidence)
        .reduce(Confidence.CONFIRMED, Confidence::weakest);
  }

  /**
   * Returns the main legal basis: the rule the finding applies.
   *
   * @return the first basis, empty for a finding without one
   */
  public Optional<LegalBasis> basis() {
    return bases.stream().findFirst();
  }

  /**
   * Returns the message in a language, followed by a warning when the finding rests on a basis that
   * is not {@link Confidence#CONFIRMED}.
   *
   * @param locale French for {@code fr}, English otherwise; not null
   * @return the message, not null
   */
  @Override
  public String message(Locale locale) {
    List<Class<?>> types = code.argumentTypes();
    int shift = code.aboutFigures() ? 1 : 0;
    Object[] all = new Object[arguments.size() + shift];
    if (shift == 1) {
      all[0] = String.join(", ", about);
    }
    for (int i = 0; i < arguments.size(); i++) {
      all[i + shift] = arguments.get(i).messageArgument(types.get(i), locale);
    }
    String message = code.message(locale, all);
    Confidence confidence = confidence();
    if (confidence.isConfirmed()) {
      return message;
    }
    return message
        + " "
        + Messages.format(
            Finding.class.getPackageName() + ".messages",
            "finding.confidence." + confidence,
            locale);
  }

  /**
   * Returns the finding as one line: severity, code, English message and citations, such as {@code
   * "ERROR [regulation.capacity.unit] ..."}.
   *
   * @return the line, not null
   */
  @Override
  public String toString() {
    return severity()
        + " ["
        + code.code()
        + "] "
        + message(Locale.ENGLISH)
        + (bases.isEmpty() ? "" : " " + bases);
  }
}
