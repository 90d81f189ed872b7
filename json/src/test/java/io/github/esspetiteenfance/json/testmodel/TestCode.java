package io.github.esspetiteenfance.json.testmodel;

import io.github.esspetiteenfance.InvalidValueException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An identifier-like test type: two letters, three digits; the digits sum to an even number. {@code
 * of} trims and upper-cases, so {@code " ab123"} is valid but not canonical.
 */
public final class TestCode {
  private static final Pattern FORMAT = Pattern.compile("[A-Z]{2}[0-9]{3}");
  private final String value;

  private TestCode(String value) {
    this.value = value;
  }

  /** Obtains a code from its text. */
  public static TestCode of(String text) {
    String v = text.strip().toUpperCase(Locale.ROOT);
    if (!FORMAT.matcher(v).matches()) {
      throw new InvalidValueException(TestErrorCode.CODE_FORMAT, "code", text);
    }
    int sum = (v.charAt(2) - '0') + (v.charAt(3) - '0') + (v.charAt(4) - '0');
    if (sum % 2 != 0) {
      throw new InvalidValueException(TestErrorCode.CODE_CHECKSUM, "code", text);
    }
    return new TestCode(v);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TestCode c && c.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return value;
  }
}
