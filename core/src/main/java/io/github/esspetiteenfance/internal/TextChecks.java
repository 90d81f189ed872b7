package io.github.esspetiteenfance.internal;

import io.github.esspetiteenfance.ErrorCode;
import io.github.esspetiteenfance.InvalidValueException;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Invariant checks of texts shared by the model packages, each failing with the caller's own error
 * code. Not part of the public API.
 */
public final class TextChecks {

  /**
   * The Bean Validation pattern of an optional text that must not be blank when present: it
   * contains a character other than ASCII whitespace. {@code @NotBlank} cannot be used on {@code
   * Optional<String>} elements, because Bean Validation applies it to the {@code null} an empty
   * optional unwraps to. {@link #nonBlank(Optional, String, ErrorCode)} uses the same pattern, so
   * both layers agree.
   */
  public static final String NON_BLANK = "(?s).*\\S.*";

  private static final Pattern NON_BLANK_PATTERN = Pattern.compile(NON_BLANK);

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
    value.ifPresent(
        v -> {
          if (!NON_BLANK_PATTERN.matcher(v).matches()) {
            throw new InvalidValueException(blank, field, v);
          }
        });
    return value;
  }
}
