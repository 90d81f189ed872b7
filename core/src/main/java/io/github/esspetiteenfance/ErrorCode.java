package io.github.esspetiteenfance;

import java.io.Serializable;
import java.util.Locale;

/**
 * A stable, machine-readable error or finding code, with its message in French and English.
 *
 * <p>Implementations are enums, one per package. The stable code ({@link #code()}) never changes
 * once published; the messages are looked up in the resource bundle {@code messages} of the
 * implementing enum's package ({@code messages.properties} in English, {@code
 * messages_fr.properties} in French), under the key {@link #code()}. Codes are {@link Serializable}
 * (enum constants are), so that a serialized exception keeps its code.
 */
public interface ErrorCode extends Serializable {

  /**
   * Returns the stable code, such as {@code "identifier.siren.checksum"}.
   *
   * @return the code, not null
   */
  String code();

  /**
   * Returns the base name of the resource bundle that holds this code's messages.
   *
   * @return the bundle base name, not null
   */
  default String messageBundle() {
    return getClass().getPackageName() + ".messages";
  }

  /**
   * Formats this code's message in the given language.
   *
   * @param locale the language; French for {@code fr}, English otherwise; not null
   * @param arguments the {@link java.text.MessageFormat} arguments of the message, may be empty
   * @return the message, not null
   */
  default String message(Locale locale, Object... arguments) {
    return Messages.format(messageBundle(), code(), locale, arguments);
  }
}
