package io.github.esspetiteenfance.identifier;

/** Text helpers shared by the algorithm classes. */
final class Text {

  private Text() {}

  /**
   * Removes every separator from a text, leading, trailing and inner: the only separators are the
   * ASCII space (U+0020), the no-break space (U+00A0) and the narrow no-break space (U+202F), those
   * of French typography between groups of digits. Every other character stays, so that the check
   * refuses it: tabs, line breaks, vertical tab, form feed, the information separators
   * U+001C–U+001F, U+2028, U+2029 and the other Unicode spaces are not separators (issue #16, D11:
   * {@link Character#isWhitespace(char)} counted U+001F as a space, so 552, U+001F, 081317 was a
   * valid SIREN).
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

  /** Checks if a character is a separator of digit groups: U+0020, U+00A0 or U+202F. */
  static boolean isSpace(char c) {
    return c == ' ' || c == '\u00A0' || c == '\u202F';
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
