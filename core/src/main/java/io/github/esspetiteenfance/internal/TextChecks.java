package io.github.esspetiteenfance.internal;

import io.github.esspetiteenfance.CommonErrorCode;
import io.github.esspetiteenfance.ErrorCode;
import io.github.esspetiteenfance.InvalidValueException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Invariant checks of texts shared by the model packages, each failing with the caller's own error
 * code. Not part of the public API.
 *
 * <p><b>Characters of free texts.</b> Every free text of the model (names, labels, descriptions,
 * sources...) is checked by {@link #characters(String, String)} when its record is built, and
 * refused with {@code model.text.invalid-character} (never silently changed) if it holds:
 *
 * <ul>
 *   <li>a lone surrogate (a {@code char} of U+D800–U+DFFF not part of a pair): the text is not
 *       valid Unicode and cannot be written as UTF-8;
 *   <li>a control character: C0 (U+0000–U+001F), DEL (U+007F) or C1 (U+0080–U+009F), except in a
 *       <em>multi-line text</em> the tab (U+0009) and the line feed (U+000A);
 *   <li>in a <em>one-line text</em>, the line and paragraph separators U+2028 and U+2029.
 * </ul>
 *
 * <p>The multi-line texts are the fields named {@code description}, {@code details}, {@code note}
 * and {@code address} ({@link #MULTI_LINE_FIELDS}); every other text (names, labels, places,
 * wordings, citations, sources, identifiers of figures) is a one-line text. A carriage return is
 * refused in both: write line breaks as U+000A.
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

  /** The names of the fields that hold multi-line texts (tab and line feed allowed). */
  public static final Set<String> MULTI_LINE_FIELDS =
      Set.of("description", "details", "note", "address");

  private TextChecks() {}

  /**
   * Checks the characters of a free text (see the class documentation): one-line, unless the field
   * is one of {@link #MULTI_LINE_FIELDS}.
   *
   * @param value the text, not null
   * @param field the field name, used in errors and to choose the kind of text
   * @return the text
   * @throws NullPointerException if the text is null
   * @throws InvalidValueException with {@code model.text.invalid-character} if it holds a character
   *     its kind does not allow
   */
  public static String characters(String value, String field) {
    Objects.requireNonNull(value, field);
    int bad = invalidCharacter(value, MULTI_LINE_FIELDS.contains(field));
    if (bad >= 0) {
      throw new InvalidValueException(
          CommonErrorCode.TEXT_INVALID_CHARACTER,
          field,
          value,
          String.format("U+%04X", (int) value.charAt(bad)),
          bad);
    }
    return value;
  }

  /**
   * Checks the characters of an optional free text, when present (see {@link #characters(String,
   * String)}).
   *
   * @param value the optional text, not null
   * @param field the field name
   * @return the optional text
   * @throws InvalidValueException with {@code model.text.invalid-character} as {@link
   *     #characters(String, String)}
   */
  public static Optional<String> characters(Optional<String> value, String field) {
    Objects.requireNonNull(value, field);
    value.ifPresent(v -> characters(v, field));
    return value;
  }

  /**
   * Returns the position of the first character a text may not hold, or -1.
   *
   * @param text the text, not null
   * @param multiLine true if tab and line feed are allowed
   * @return the position, -1 if every character is allowed
   */
  public static int invalidCharacter(String text, boolean multiLine) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20) {
        if (!multiLine || (c != '\t' && c != '\n')) {
          return i;
        }
      } else if (c >= 0x7F && c <= 0x9F) {
        return i;
      } else if (c == '\u2028' || c == '\u2029') {
        if (!multiLine) {
          return i;
        }
      } else if (Character.isHighSurrogate(c)) {
        if (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
          return i;
        }
        i++;
      } else if (Character.isLowSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Checks that a text is not blank.
   *
   * @param value the text, not null
   * @param field the field name, used in errors
   * @param blank the error code of a blank text
   * @return the text
   * @throws NullPointerException if the text is null
   * @throws InvalidValueException with {@code blank} if the text is blank, with {@code
   *     model.text.invalid-character} if it holds a character its kind does not allow ({@link
   *     #characters(String, String)})
   */
  public static String nonBlank(String value, String field, ErrorCode blank) {
    Objects.requireNonNull(value, field);
    if (value.isBlank()) {
      throw new InvalidValueException(blank, field, value);
    }
    return characters(value, field);
  }

  /**
   * Checks that an optional text, when present, is not blank (see {@link #NON_BLANK}).
   *
   * @param value the optional text, not null
   * @param field the field name, used in errors
   * @param blank the error code of a blank text
   * @return the optional text
   * @throws NullPointerException if the optional is null
   * @throws InvalidValueException with {@code blank} if the text is present and blank, with {@code
   *     model.text.invalid-character} as {@link #characters(String, String)}
   */
  public static Optional<String> nonBlank(Optional<String> value, String field, ErrorCode blank) {
    Objects.requireNonNull(value, field);
    if (value.isPresent() && !matchesNonBlank(value.get())) {
      throw new InvalidValueException(blank, field, value.get());
    }
    return characters(value, field);
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
