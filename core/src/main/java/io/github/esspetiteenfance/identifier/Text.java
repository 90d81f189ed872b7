package io.github.esspetiteenfance.identifier;

/** Text helpers shared by the algorithm classes. */
final class Text {

  private Text() {}

  /**
   * Removes every space from a text: leading, trailing and inner whitespace, including the no-break
   * spaces (U+00A0, U+2007, U+202F) used as digit-group separators in French.
   */
  static String removeSpaces(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isSpace(c)) {
        if (out == null) {
          out = new StringBuilder(text.length()).append(text, 0, i);
        }
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? text : out.toString();
  }

  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F';
  }

  /** Checks if every character of the text is an ASCII digit; true for the empty text. */
  static boolean isAsciiDigits(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      if (!isAsciiDigit(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  static boolean isAsciiUpperCase(char c) {
    return c >= 'A' && c <= 'Z';
  }
}
