package io.github.esspetiteenfance.structure;

import io.github.esspetiteenfance.InvalidValueException;
import jakarta.validation.constraints.Min;

/**
 * A number of places: the capacity authorised by the président du conseil départemental for an
 * EAJE, or the places of a housing or placement service.
 *
 * <p>Whether a capacity fits a category (micro-crèche up to 12 places since 1 September 2021, CSP
 * R2324-46) is a dated regulatory rule, checked by the {@code regulation} package, not an invariant
 * of this value.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param places the number of places, {@value #MIN_PLACES} or more
 */
public record Capacity(@Min(MIN_PLACES) int places) implements Comparable<Capacity> {

  /** The smallest capacity: one place. */
  public static final int MIN_PLACES = 1;

  /**
   * Creates a capacity.
   *
   * @throws InvalidValueException with code {@link StructureErrorCode#CAPACITY_TOO_SMALL} if {@code
   *     places} is below one
   */
  public Capacity {
    if (places < MIN_PLACES) {
      throw new InvalidValueException(
          StructureErrorCode.CAPACITY_TOO_SMALL, "places", places, MIN_PLACES);
    }
  }

  /**
   * Obtains a capacity.
   *
   * @param places the number of places, one or more
   * @return the capacity, not null
   * @throws InvalidValueException if {@code places} is below one
   */
  public static Capacity of(int places) {
    return new Capacity(places);
  }

  /**
   * Checks if a number of places is a valid capacity, without throwing.
   *
   * @param places the number of places
   * @return true if {@code places >= 1}
   */
  public static boolean isValid(int places) {
    return places >= MIN_PLACES;
  }

  /**
   * Returns the sum of this capacity and another.
   *
   * @param other the other capacity, not null
   * @return the sum, not null
   * @throws ArithmeticException on overflow
   */
  public Capacity plus(Capacity other) {
    return new Capacity(Math.addExact(places, other.places));
  }

  @Override
  public int compareTo(Capacity other) {
    return Integer.compare(places, other.places);
  }

  /** Returns the number of places as text, such as {@code "12 places"}. */
  @Override
  public String toString() {
    return places + (places == 1 ? " place" : " places");
  }
}
