package io.github.esspetiteenfance.regulation;

import io.github.esspetiteenfance.Messages;
import io.github.esspetiteenfance.legal.Confidence;
import io.github.esspetiteenfance.legal.LegalBasis;
import io.github.esspetiteenfance.structure.Labelled;
import io.github.esspetiteenfance.structure.RatioOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One result of a regulatory check: a stable code, its severity, the legal bases of the rule (text,
 * article, the dates it applies from and until, confidence) and a message in French and English.
 *
 * <p>A finding is only as sure as its weakest basis: {@link #confidence()}. A finding that rests on
 * a {@link Confidence#SECONDARY}, {@link Confidence#UNCONFIRMED} or {@link Confidence#DERIVED}
 * basis says so at the end of its {@link #message(Locale) message}.
 *
 * <p>Its message arguments are typed: each is a {@link FindingArgument} of a closed set of kinds
 * (integer, decimal, text, date, month, EAJE category, ratio option, subject), so that a finding
 * holds nothing but these values and can be written and read back exactly (the {@code json} module
 * writes a report as a {@code compliance-report} document). {@link #of(FindingCode, List,
 * Object...)} wraps plain values; {@link #argumentValues()} gives them back.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param code the stable code, which also gives the severity; not null
 * @param bases the legal bases, the main rule first; not null, may be empty for information;
 *     duplicates are removed
 * @param arguments the message arguments: {@code {0}} the item observed, {@code {1}} the value
 *     observed, {@code {2}}... the limits; a {@link Labelled} argument is written in the message's
 *     language; not null, without null elements
 */
public record Finding(FindingCode code, List<LegalBasis> bases, List<FindingArgument> arguments) {

  /** Creates a finding. */
  public Finding {
    Objects.requireNonNull(code, "code");
    bases = bases.stream().distinct().toList();
    arguments = List.copyOf(arguments);
  }

  /**
   * Obtains a finding from plain argument values, each wrapped by {@link FindingArgument#of}.
   *
   * @param code the stable code, not null
   * @param bases the legal bases, the main rule first; not null
   * @param arguments the message arguments, each an {@link Integer}, {@link java.math.BigDecimal},
   *     {@link String}, {@link java.time.LocalDate}, {@link java.time.YearMonth}, {@link
   *     EajeCategory}, {@link RatioOption} or {@link Subject}; not null
   * @return the finding, not null
   * @throws io.github.esspetiteenfance.InvalidValueException if an argument is of another type
   *     ({@code regulation.finding.argument-unsupported})
   */
  public static Finding of(FindingCode code, List<LegalBasis> bases, Object... arguments) {
    List<FindingArgument> wrapped = new ArrayList<>(arguments.length);
    for (Object argument : arguments) {
      wrapped.add(FindingArgument.of(argument));
    }
    return new Finding(code, bases, wrapped);
  }

  /**
   * Returns the plain values of the message arguments, in order: {@link Integer}s, {@link
   * java.math.BigDecimal}s, {@link String}s, dates, months and the enum constants.
   *
   * @return the values, not null, unmodifiable
   */
  public List<Object> argumentValues() {
    return arguments.stream().map(FindingArgument::value).toList();
  }

  /**
   * Returns the severity of this finding.
   *
   * @return the severity of its code, not null
   */
  public FindingSeverity severity() {
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
  public java.util.Optional<LegalBasis> basis() {
    return bases.stream().findFirst();
  }

  /**
   * Returns the message in a language, followed by a warning when the finding rests on a basis that
   * is not {@link Confidence#CONFIRMED}.
   *
   * @param locale French for {@code fr}, English otherwise; not null
   * @return the message, not null
   */
  public String message(Locale locale) {
    Object[] localized = arguments.stream().map(a -> a.messageArgument(locale)).toArray();
    String message = code.message(locale, localized);
    Confidence confidence = confidence();
    if (confidence.isConfirmed()) {
      return message;
    }
    return message
        + " "
        + Messages.format(code.messageBundle(), "regulation.confidence." + confidence, locale);
  }

  /**
   * Returns the finding as one line: severity, code, English message and citations.
   *
   * @return the line, not null
   */
  @Override
  public String toString() {
    return severity()
        + " "
        + code.code()
        + ": "
        + message(Locale.ENGLISH)
        + (bases.isEmpty() ? "" : " " + bases);
  }
}
