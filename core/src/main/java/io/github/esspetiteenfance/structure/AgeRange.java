package io.github.esspetiteenfance.structure;

import io.github.esspetiteenfance.InvalidValueException;
import jakarta.validation.constraints.Min;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ages of the children a structure accepts, in months: from {@code minMonths} (inclusive) up to
 * {@code maxMonths} (exclusive).
 *
 * <p>Ages are counted in months, not years, because early childhood is: a micro-crèche "from 2
 * months to 4 years" is {@code AgeRange.ofMonths(2, 48)}; a jardin d'enfants from 18 months; a LAEP
 * for children under 6 is {@code ofMonths(0, 72)}. The upper bound is exclusive, as in "under 4": a
 * child is accepted until the day of its 4th birthday.
 *
 * <p>Canonical text: {@code "2..48"} (months), see {@link #parse(CharSequence)}.
 *
 * <p>Both layers agree: the compact constructor rejects a negative minimum, a maximum below the
 * minimum and an empty range; the Bean Validation constraints on the components carry the
 * per-component part ({@code minMonths >= 0}, {@code maxMonths >= 1}).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param minMonths the youngest accepted age in completed months, inclusive; zero or more
 * @param maxMonths the age in months from which children are no longer accepted, exclusive; greater
 *     than {@code minMonths}
 */
public record AgeRange(@Min(0) int minMonths, @Min(1) int maxMonths) {

  private static final Pattern TEXT = Pattern.compile("(\\d{1,4})\\.\\.(\\d{1,4})");

  /**
   * Creates an age range.
   *
   * @throws InvalidValueException with code {@link StructureErrorCode#AGE_NEGATIVE}, {@link
   *     StructureErrorCode#AGE_RANGE_REVERSED} or {@link StructureErrorCode#AGE_RANGE_EMPTY}
   */
  public AgeRange {
    if (minMonths < 0) {
      throw new InvalidValueException(StructureErrorCode.AGE_NEGATIVE, "minMonths", minMonths);
    }
    if (maxMonths < minMonths) {
      throw new InvalidValueException(
          StructureErrorCode.AGE_RANGE_REVERSED, "maxMonths", maxMonths, minMonths);
    }
    if (maxMonths == minMonths) {
      throw new InvalidValueException(StructureErrorCode.AGE_RANGE_EMPTY, "maxMonths", maxMonths);
    }
  }

  /**
   * Obtains an age range in months.
   *
   * @param minMonths the youngest accepted age in months, inclusive
   * @param maxMonths the age in months from which children are no longer accepted, exclusive
   * @return the range, not null
   * @throws InvalidValueException if the range is negative, reversed or empty
   */
  public static AgeRange ofMonths(int minMonths, int maxMonths) {
    return new AgeRange(minMonths, maxMonths);
  }

  /**
   * Obtains the range of children under an age in years, such as "under 3" ({@code 0..36}).
   *
   * @param years the age in years from which children are no longer accepted, one or more
   * @return the range {@code 0..12*years}, not null
   * @throws InvalidValueException if {@code years} is zero or negative
   */
  public static AgeRange underYears(int years) {
    return new AgeRange(0, Math.multiplyExact(years, 12));
  }

  /**
   * Obtains an age range from its canonical text, such as {@code "2..48"}.
   *
   * @param text the text produced by {@link #toString()}, not null
   * @return the range, not null
   * @throws InvalidValueException with code {@link StructureErrorCode#AGE_RANGE_SYNTAX} if the text
   *     does not match, or an invariant code if the range is invalid
   */
  public static AgeRange parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    Matcher m = TEXT.matcher(text);
    if (!m.matches()) {
      throw new InvalidValueException(
          StructureErrorCode.AGE_RANGE_SYNTAX, "ageRange", text.toString());
    }
    return new AgeRange(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
  }

  /**
   * Checks if two bounds make a valid range, without throwing.
   *
   * @param minMonths the minimum, inclusive
   * @param maxMonths the maximum, exclusive
   * @return true if {@code 0 <= minMonths < maxMonths}
   */
  public static boolean isValid(int minMonths, int maxMonths) {
    return minMonths >= 0 && maxMonths > minMonths;
  }

  /**
   * Checks if a child of an age in completed months is in this range.
   *
   * @param ageInMonths the age in completed months
   * @return true if {@code minMonths <= ageInMonths < maxMonths}
   */
  public boolean contains(int ageInMonths) {
    return ageInMonths >= minMonths && ageInMonths < maxMonths;
  }

  /**
   * Checks if a child born on a date is in this range on another date.
   *
   * @param birthDate the date of birth, not null
   * @param on the date of the check, not before the birth date, not null
   * @return true if the child's age in completed months on that date is in the range
   */
  public boolean contains(LocalDate birthDate, LocalDate on) {
    long months = ChronoUnit.MONTHS.between(birthDate, on);
    return months >= 0 && months <= Integer.MAX_VALUE && contains((int) months);
  }

  /**
   * Checks if this range shares at least one month of age with another.
   *
   * @param other the other range, not null
   * @return true if some age is in both ranges
   */
  public boolean overlaps(AgeRange other) {
    return minMonths < other.maxMonths && other.minMonths < maxMonths;
  }

  /**
   * Checks if every age of another range is in this one.
   *
   * @param other the other range, not null
   * @return true if this range contains the other
   */
  public boolean encloses(AgeRange other) {
    return minMonths <= other.minMonths && other.maxMonths <= maxMonths;
  }

  /** Returns the canonical text {@code min..max}, in months, such as {@code "2..48"}. */
  @Override
  public String toString() {
    return minMonths + ".." + maxMonths;
  }
}
