package io.github.esspetiteenfance.internal;

import io.github.esspetiteenfance.ErrorCode;
import io.github.esspetiteenfance.InvalidValueException;
import java.util.Objects;
import java.util.Optional;

/**
 * Invariant checks of texts shared by the model packages, each failing with the caller's own error
 * code. Not part of the public API.
 */
public final class TextChecks {

  /**
   * The Bean Validation pattern of an optional text that must not be blank when present: it
   * contains a character other than ASCII whitespace. {@code @NotBlank} cannot be used on {@code
   * Optional<String>} elements, because Bean Validation applies it to the {@code null} an empty
   * optional unwraps to. {@link #nonBlank(Optional, String, ErrorCode)} checks the same rule with
   * {@link #matchesNonBlank(String)}, a scan equivalent to the pattern (a property test compares
   * them on random texts), so both layers agree.
   */
  public static final String NON_BLANK = "(?s).*\\S.*";

  private TextChecks() {}

  /**
   * Checks that a text is not blank.
   *
   * @param value the text, not null
   * @param field the field name, used in errors
   * @param blank the error code of a blank text
   * @return the text
   * @throws NullPointerException if the text is null
   * @throws InvalidValueException with {@code blank} if the text is blank
   */
  public static String nonBlank(String value, String field, ErrorCode blank) {
    Objects.requireNonNull(value, field);
    if (value.isBlank()) {
      throw new InvalidValueException(blank, field, value);
    }
    return value;
  }

  /**
   * Checks that an optional text, when present, is not blank (see {@link #NON_BLANK}).
   *
   * @param value the optional text, not null
   * @param field the field name, used in errors
   * @param blank the error code of a blank text
   * @return the optional text
   * @throws NullPointerException if the optional is null
   * @throws InvalidValueException with {@code blank} if the text is present and blank
   */
  public static Optional<String> nonBlank(Optional<String> value, String field, ErrorCode blank) {
    Objects.requireNonNull(value, field);
    if (value.isPresent() && !matchesNonBlank(value.get())) {
      throw new InvalidValueException(blank, field, value.get());
    }
    return value;
  }

  /**
   * Tells whether a text matches {@link #NON_BLANK}: whether it contains a character that is not
   * one of the six ASCII whitespace characters of the regular expression class {@code \s} (space,
   * tab, line feed, vertical tab, form feed, carriage return). A scan, with no matcher allocated:
   * the model checks every optional text it is built with.
   *
   * @param text the text, not null
   * @return true if the text matches {@link #NON_BLANK}
   */
  public static boolean matchesNonBlank(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != ' ' && (c < '\t' || c > '\r')) {
        return true;
      }
    }
    return false;
  }
}
