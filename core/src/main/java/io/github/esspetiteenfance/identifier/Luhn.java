package io.github.esspetiteenfance.identifier;

import java.util.Objects;

/**
 * The Luhn (mod 10) check used by SIREN and SIRET numbers.
 *
 * <p>From the rightmost digit, every second digit is doubled (9 is subtracted when the result
 * exceeds 9) and all digits are added; the number passes when the sum is a multiple of 10. The
 * check detects every single-digit substitution and most transpositions of adjacent digits.
 *
 * <p>Source: SIREN structure, code de commerce art. R123-221 (CONFIRMED); the Luhn key of SIREN and
 * SIRET is SECONDARY (project reference, section 4).
 *
 * <p>This class is immutable and thread-safe.
 */
final class Luhn {

  private Luhn() {}

  /**
   * Checks if a string of ASCII digits passes the Luhn check.
   *
   * @param digits the digits, not null; must hold only ASCII digits
   * @return true if the Luhn sum is a multiple of 10 (true for the empty string)
   * @throws IllegalArgumentException if a character is not an ASCII digit
   */
  static boolean isValid(CharSequence digits) {
    return sum(digits, false) % 10 == 0;
  }

  /**
   * Returns the digit that, appended to the given digits, makes them pass the Luhn check.
   *
   * @param payload the digits without their check digit, not null; ASCII digits only
   * @return the check digit, from 0 to 9
   * @throws IllegalArgumentException if a character is not an ASCII digit
   */
  static int checkDigit(CharSequence payload) {
    return (10 - sum(payload, true) % 10) % 10;
  }

  /**
   * Returns the plain sum of the digits (no doubling), as used by the La Poste SIRET rule.
   *
   * @param digits the digits, not null; ASCII digits only
   * @return the sum of the digits, zero or positive
   * @throws IllegalArgumentException if a character is not an ASCII digit
   */
  static int digitSum(CharSequence digits) {
    Objects.requireNonNull(digits, "digits");
    int sum = 0;
    for (int i = 0; i < digits.length(); i++) {
      sum += digit(digits.charAt(i));
    }
    return sum;
  }

  private static int sum(CharSequence digits, boolean doubleRightmost) {
    Objects.requireNonNull(digits, "digits");
    int sum = 0;
    boolean doubled = doubleRightmost;
    for (int i = digits.length() - 1; i >= 0; i--) {
      int d = digit(digits.charAt(i));
      if (doubled) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      doubled = !doubled;
    }
    return sum;
  }

  private static int digit(char c) {
    if (!Text.isAsciiDigit(c)) {
      throw new IllegalArgumentException("not a digit: " + c);
    }
    return c - '0';
  }
}
