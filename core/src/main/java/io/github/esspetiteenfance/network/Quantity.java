package io.github.esspetiteenfance.network;

import io.github.esspetiteenfance.CommonErrorCode;
import io.github.esspetiteenfance.InvalidValueException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A count as a source states it: a number and its {@link Qualifier}, such as "plus de 100 000"
 * (more than 100,000) or "près de 200" (nearly 200).
 *
 * <p>{@link #toString()} gives the canonical text, the French qualifier and the digits without
 * grouping ({@code "plus de 100000"}), which {@link #parse(String)} reads back. {@link #of(String)}
 * also accepts the number with grouping spaces (including no-break spaces) and any letter case:
 * {@code "Plus de 100 000"}.
 *
 * <p>The bounds are inclusive integer bounds: "plus de 67" is at least 68. "environ" and "près de"
 * give no bound.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param value the number, not negative
 * @param qualifier the qualifier, not null
 */
public record Quantity(long value, Qualifier qualifier) {

  private static final Pattern TEXT =
      Pattern.compile("(?:(plus de|au moins|environ|près de|moins de)\\s+)?([0-9][0-9 ]*)");

  /**
   * Creates a quantity.
   *
   * @throws InvalidValueException with code {@link CommonErrorCode#NEGATIVE} if the value is
   *     negative
   */
  public Quantity {
    Objects.requireNonNull(qualifier, "qualifier");
    if (value < 0) {
      throw new InvalidValueException(CommonErrorCode.NEGATIVE, "value", value);
    }
  }

  /**
   * Obtains a quantity stated without qualifier.
   *
   * @param value the number, not negative
   * @return the quantity, not null
   */
  public static Quantity exact(long value) {
    return new Quantity(value, Qualifier.EXACT);
  }

  /**
   * Obtains a quantity from its components.
   *
   * @param value the number, not negative
   * @param qualifier the qualifier, not null
   * @return the quantity, not null
   */
  public static Quantity of(long value, Qualifier qualifier) {
    return new Quantity(value, qualifier);
  }

  /**
   * Obtains a quantity from French text, such as {@code "plus de 100 000"}, {@code "près de 200"}
   * or {@code "3 000"}: grouping spaces and no-break spaces are ignored, as is the letter case.
   *
   * @param text the text, not null
   * @return the quantity, not null
   * @throws InvalidValueException with code {@link NetworkErrorCode#QUANTITY_FORMAT} if the text is
   *     not a qualifier followed by a number
   */
  public static Quantity of(String text) {
    Objects.requireNonNull(text, "text");
    String normalized =
        text.replace('\u00a0', ' ').replace('\u202f', ' ').strip().toLowerCase(Locale.FRENCH);
    return read(normalized, text);
  }

  /**
   * Obtains a quantity from its canonical text, as {@link #toString()} writes it.
   *
   * @param text the canonical text, such as {@code "plus de 100000"}; not null
   * @return the quantity, not null
   * @throws InvalidValueException with code {@link NetworkErrorCode#QUANTITY_FORMAT} if the text is
   *     not canonical
   */
  public static Quantity parse(String text) {
    Objects.requireNonNull(text, "text");
    Quantity q = read(text, text);
    if (!q.toString().equals(text)) {
      throw new InvalidValueException(NetworkErrorCode.QUANTITY_FORMAT, "quantity", text);
    }
    return q;
  }

  private static Quantity read(String normalized, String original) {
    Matcher m = TEXT.matcher(normalized);
    if (!m.matches()) {
      throw new InvalidValueException(NetworkErrorCode.QUANTITY_FORMAT, "quantity", original);
    }
    Qualifier qualifier = Qualifier.EXACT;
    if (m.group(1) != null) {
      for (Qualifier q : Qualifier.values()) {
        if (q.french().equals(m.group(1))) {
          qualifier = q;
        }
      }
    }
    String digits = m.group(2).replace(" ", "");
    if (digits.length() > 18) {
      throw new InvalidValueException(NetworkErrorCode.QUANTITY_FORMAT, "quantity", original);
    }
    return new Quantity(Long.parseLong(digits), qualifier);
  }

  /**
   * Checks if the source stated the number without qualifier.
   *
   * @return true for {@link Qualifier#EXACT}
   */
  public boolean isExact() {
    return qualifier == Qualifier.EXACT;
  }

  /**
   * Returns the smallest count this quantity admits.
   *
   * @return the inclusive lower bound, empty for "environ", "près de" and "moins de"
   */
  public Optional<Long> lowerBound() {
    return switch (qualifier) {
      case EXACT, AT_LEAST -> Optional.of(value);
      case MORE_THAN -> Optional.of(value + 1);
      case ABOUT, NEARLY, LESS_THAN -> Optional.empty();
    };
  }

  /**
   * Returns the largest count this quantity admits.
   *
   * @return the inclusive upper bound, empty except for an exact number and "moins de"
   */
  public Optional<Long> upperBound() {
    return switch (qualifier) {
      case EXACT -> Optional.of(value);
      case LESS_THAN -> Optional.of(Math.max(0, value - 1));
      case MORE_THAN, AT_LEAST, ABOUT, NEARLY -> Optional.empty();
    };
  }

  /**
   * Checks if a count is consistent with this quantity's bounds. Without a bound ("environ", "près
   * de"), every count is admitted: compare such quantities with a tolerance of your own.
   *
   * @param count the count, not null
   * @return true if the count is within the bounds
   */
  public boolean admits(long count) {
    return lowerBound().map(l -> count >= l).orElse(true)
        && upperBound().map(u -> count <= u).orElse(true);
  }

  /** Returns the canonical text, such as {@code "plus de 100000"} or {@code "3000"}. */
  @Override
  public String toString() {
    return qualifier == Qualifier.EXACT ? Long.toString(value) : qualifier.french() + " " + value;
  }
}
