package io.github.esspetiteenfance.regulation;

import io.github.esspetiteenfance.Messages;
import io.github.esspetiteenfance.legal.Confidence;
import io.github.esspetiteenfance.legal.LegalBasis;
import io.github.esspetiteenfance.structure.Labelled;
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
 * <p>This record is immutable and thread-safe if its arguments are.
 *
 * @param code the stable code, which also gives the severity; not null
 * @param bases the legal bases, the main rule first; not null, may be empty for information
 * @param arguments the message arguments: {@code {0}} the item observed, {@code {1}} the value
 *     observed, {@code {2}}... the limits; a {@link Labelled} argument is written in the message's
 *     language; not null, without null elements
 */
public record Finding(FindingCode code, List<LegalBasis> bases, List<Object> arguments) {

  /** Creates a finding. */
  public Finding {
    Objects.requireNonNull(code, "code");
    bases = bases.stream().distinct().toList();
    arguments = List.copyOf(arguments);
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
    Object[] localized =
        arguments.stream().map(a -> a instanceof Labelled l ? l.label(locale) : a).toArray();
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
