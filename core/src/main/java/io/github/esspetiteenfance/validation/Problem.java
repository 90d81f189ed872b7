package io.github.esspetiteenfance.validation;

import io.github.esspetiteenfance.Localized;
import io.github.esspetiteenfance.Messages;
import io.github.esspetiteenfance.diagnostic.Severity;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One problem found by the {@link ModelValidator}: where, which rule, how serious, the value
 * rejected and the message in French and in English.
 *
 * <p>The {@link #code() code} is stable and derived from the constraint annotation: {@code
 * "constraint.NotBlank"} for {@code jakarta.validation.constraints.NotBlank}, {@code
 * "constraint.ValidSiren"} for the library's {@code
 * io.github.esspetiteenfance.constraints.fr.ValidSiren}, and {@code "constraint."} followed by the
 * fully qualified name for any other constraint (see {@link ModelValidator}).
 *
 * <p>This record is immutable and thread-safe if the rejected value is.
 *
 * @param path the property path from the validated object, such as {@code "children[0].name"} or
 *     {@code "communes[1]"} (Hibernate Validator's container-element markers such as {@code <list
 *     element>} are removed); empty for a constraint on the object itself
 * @param code the stable code of the constraint, such as {@code "constraint.NotBlank"}; not blank
 * @param severity {@link Severity#WARNING} if the constraint's payload lists {@link Warning},
 *     {@link Severity#ERROR} otherwise; not null
 * @param rejectedValue the value that broke the constraint, empty if it was null
 * @param constraint the fully qualified name of the constraint annotation; not blank
 * @param messageEnglish the message in English; not null
 * @param messageFrench the message in French; not null
 */
public record Problem(
    String path,
    String code,
    Severity severity,
    Optional<Object> rejectedValue,
    String constraint,
    String messageEnglish,
    String messageFrench)
    implements Localized {

  /** Creates a problem. */
  public Problem {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(rejectedValue, "rejectedValue");
    Objects.requireNonNull(constraint, "constraint");
    Objects.requireNonNull(messageEnglish, "messageEnglish");
    Objects.requireNonNull(messageFrench, "messageFrench");
  }

  /**
   * Returns the message in a language.
   *
   * @param locale French for {@code fr}, English otherwise; not null
   * @return the message, not null
   */
  @Override
  public String message(Locale locale) {
    return Messages.supportedLanguage(locale) == Locale.FRENCH ? messageFrench : messageEnglish;
  }

  /**
   * Checks if this problem is an error (not a warning).
   *
   * @return true for {@link Severity#ERROR}
   */
  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /**
   * Returns the problem as one line in a language: {@code "children[0].name: must not be blank
   * [constraint.NotBlank]"}.
   *
   * @param locale French for {@code fr}, English otherwise; not null
   * @return the line, not null
   */
  String line(Locale locale) {
    String where = path.isEmpty() ? "" : path + ": ";
    String level = severity == Severity.WARNING ? " (" + severity + ")" : "";
    return where + message(locale) + " [" + code + "]" + level;
  }
}
