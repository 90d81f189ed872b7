package io.github.esspetiteenfance.exchange;

import io.github.esspetiteenfance.CommonErrorCode;
import io.github.esspetiteenfance.Messages;
import io.github.esspetiteenfance.structure.StructureKind;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One field that an export or an import could not carry over as it is, with the reason: a stable
 * {@link GapCode} and its arguments, written in the reader's language by {@link #message(Locale)}.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param field the field of the target format (for exports, e.g. {@code service.frais}) or of the
 *     source record (for imports), as the format names it, not blank
 * @param code why, not null
 * @param arguments the code's message arguments, as documented on the code: texts, numbers, codes
 *     and {@link StructureKind structure kinds} (written with their label of the reader's
 *     language), not null
 */
public record Gap(String field, GapCode code, List<Object> arguments) {

  /** What happened to a field. */
  public enum Kind {
    /** The target format has the field but the model holds no value for it: left empty. */
    NOT_FILLED,
    /** The model holds a fact the target format cannot carry: lost in this format. */
    LOST,
    /** The value was derived or approximated (e.g. ages in months written in years). */
    APPROXIMATED,
    /** A field of an imported record has no counterpart in the model: reported, not kept. */
    UNMAPPED
  }

  /**
   * Creates a gap; copies the arguments.
   *
   * @throws ExchangeException with code {@code exchange.import.invalid-field} if the field is blank
   */
  public Gap {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(code, "code");
    arguments = List.copyOf(arguments);
    if (field.isBlank()) {
      throw new ExchangeException(
          ExchangeErrorCode.INVALID_FIELD, "field", field, CommonErrorCode.BLANK.code());
    }
  }

  /**
   * Obtains a gap.
   *
   * @param field the field, not blank
   * @param code why, not null
   * @param arguments the code's message arguments, none null
   * @return the gap, not null
   */
  public static Gap of(String field, GapCode code, Object... arguments) {
    return new Gap(field, code, List.of(arguments));
  }

  /**
   * Returns what happened to the field: the kind of its code.
   *
   * @return the kind, not null
   */
  public Kind kind() {
    return code.kind();
  }

  /**
   * Returns why the field could not be carried over, in a language.
   *
   * @param locale the language; French for {@code fr}, English otherwise; not null
   * @return the message, not null
   */
  public String message(Locale locale) {
    boolean french = Messages.supportedLanguage(locale) == Locale.FRENCH;
    Object[] values =
        arguments.stream()
            .map(a -> a instanceof StructureKind k ? (french ? k.label() : k.englishLabel()) : a)
            .toArray();
    return code.message(locale, values);
  }

  /** Returns the field, the code and the English message. */
  @Override
  public String toString() {
    return field + " [" + code.code() + "] " + message(Locale.ENGLISH);
  }
}
