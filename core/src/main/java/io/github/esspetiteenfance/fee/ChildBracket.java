package io.github.esspetiteenfance.fee;

import io.github.esspetiteenfance.InvalidValueException;
import java.util.Objects;
import java.util.Optional;

/**
 * A bracket of the barème: a range of numbers of dependent children (AEEH children counted twice)
 * that share one taux d'effort, such as {@code 4-7} or {@code 6+}.
 *
 * <p>The text form is {@code "3"} for one number, {@code "4-7"} for a closed range and {@code "6+"}
 * for an open one; {@link #parse(String)} reads what {@link #toString()} writes.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param from the smallest number of children in the bracket, between 1 and {@value
 *     Family#MAX_CHILDREN}
 * @param to the largest number, empty if the bracket has no upper bound; not null
 */
public record ChildBracket(int from, Optional<Integer> to) {

  /**
   * Creates a bracket.
   *
   * @throws InvalidValueException if {@code from} is out of range or {@code to} below {@code from}
   */
  public ChildBracket {
    Objects.requireNonNull(to, "to");
    if (from < 1 || from > Family.MAX_CHILDREN) {
      throw new InvalidValueException(
          FeeErrorCode.CHILDREN_OUT_OF_RANGE, "from", from, 1, Family.MAX_CHILDREN);
    }
    if (to.isPresent() && to.get() < from) {
      throw new InvalidValueException(FeeErrorCode.BRACKET_REVERSED, "to", to.get(), from);
    }
  }

  /**
   * Obtains a closed bracket.
   *
   * @param from the smallest number of children, at least 1
   * @param to the largest number, at least {@code from}
   * @return the bracket, not null
   * @throws InvalidValueException if the bounds are invalid
   */
  public static ChildBracket of(int from, int to) {
    return new ChildBracket(from, Optional.of(to));
  }

  /**
   * Obtains a bracket with no upper bound.
   *
   * @param from the smallest number of children, at least 1
   * @return the bracket, not null
   * @throws InvalidValueException if {@code from} is below 1
   */
  public static ChildBracket atLeast(int from) {
    return new ChildBracket(from, Optional.empty());
  }

  /**
   * Obtains a bracket from its text form, such as {@code "3"}, {@code "4-7"} or {@code "6+"}.
   *
   * @param text the text, not null
   * @return the bracket, not null
   * @throws InvalidValueException if the text is not a bracket
   */
  public static ChildBracket parse(String text) {
    Objects.requireNonNull(text, "text");
    try {
      if (text.endsWith("+")) {
        return atLeast(Integer.parseInt(text.substring(0, text.length() - 1)));
      }
      int dash = text.indexOf('-');
      if (dash < 0) {
        int n = Integer.parseInt(text);
        return of(n, n);
      }
      return of(
          Integer.parseInt(text.substring(0, dash)), Integer.parseInt(text.substring(dash + 1)));
    } catch (NumberFormatException e) {
      throw new InvalidValueException(
          FeeErrorCode.DATA_MALFORMED, "bracket", text, "not a bracket such as 3, 4-7 or 6+");
    }
  }

  /**
   * Checks if a number of children falls in this bracket.
   *
   * @param children the number of children
   * @return true if {@code from <= children <= to}
   */
  public boolean contains(int children) {
    return children >= from && to.map(max -> children <= max).orElse(true);
  }

  /**
   * Checks if this bracket shares at least one number of children with another.
   *
   * @param other the other bracket, not null
   * @return true if the brackets overlap
   */
  public boolean overlaps(ChildBracket other) {
    return contains(other.from) || other.contains(from);
  }

  /** Returns the text form: {@code "3"}, {@code "4-7"} or {@code "6+"}. */
  @Override
  public String toString() {
    return to.map(max -> max == from ? String.valueOf(from) : from + "-" + max).orElse(from + "+");
  }
}
