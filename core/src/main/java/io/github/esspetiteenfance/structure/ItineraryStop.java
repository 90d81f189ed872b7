package io.github.esspetiteenfance.structure;

import io.github.esspetiteenfance.CommonErrorCode;
import io.github.esspetiteenfance.InvalidValueException;
import jakarta.validation.constraints.NotBlank;
import java.time.DayOfWeek;
import java.util.Set;

/**
 * A stop of a crèche itinérante: a place where the crèche sets up, and the days it is there.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param place the place (a village hall, a commune...), not blank
 * @param days the days of the week the crèche is there, Monday first; empty if not known
 */
public record ItineraryStop(@NotBlank String place, Set<DayOfWeek> days) {

  /**
   * Creates a stop.
   *
   * @throws InvalidValueException with code {@link CommonErrorCode#BLANK} if the place is blank
   */
  public ItineraryStop {
    Checks.nonBlank(place, "place");
    days = Checks.enumSet(days, "days");
  }

  /**
   * Obtains a stop.
   *
   * @param place the place, not blank
   * @param days the days, may be empty
   * @return the stop, not null
   */
  public static ItineraryStop of(String place, DayOfWeek... days) {
    return new ItineraryStop(place, Set.of(days));
  }
}
