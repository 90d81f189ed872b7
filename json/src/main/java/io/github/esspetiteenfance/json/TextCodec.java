package io.github.esspetiteenfance.json;

import java.util.Objects;
import java.util.function.Function;

/**
 * How a type of the model is written as a JSON string: its canonical text, and back.
 *
 * <p>This record is immutable and thread-safe if its functions are.
 *
 * @param type the type (values of its subtypes use the same codec), not null
 * @param format gives the canonical text of a value; may throw an unchecked exception if the value
 *     cannot be written
 * @param parse obtains a value from its text; throws an {@link
 *     io.github.esspetiteenfance.EssPetiteEnfanceException} for an invalid text
 * @param pattern the regular expression the canonical text matches, for the JSON Schema; null if
 *     none
 * @param canonical gives the canonical text of a value that {@code parse} returned (cheaper than
 *     {@code format}, which may check that the value can be written)
 */
record TextCodec(
    Class<?> type,
    Function<Object, String> format,
    Function<String, Object> parse,
    String pattern,
    Function<Object, String> canonical) {

  TextCodec {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(parse, "parse");
    Objects.requireNonNull(canonical, "canonical");
  }

  TextCodec(
      Class<?> type,
      Function<Object, String> format,
      Function<String, Object> parse,
      String pattern) {
    this(type, format, parse, pattern, format);
  }
}
