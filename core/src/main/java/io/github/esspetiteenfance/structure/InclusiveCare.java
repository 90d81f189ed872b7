package io.github.esspetiteenfance.structure;

import io.github.esspetiteenfance.CommonErrorCode;
import io.github.esspetiteenfance.InvalidValueException;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.util.Objects;
import java.util.Optional;

/**
 * The care a structure offers to children with disabilities or chronic illness (accueil inclusif).
 *
 * <p>Its presence on a structure says that the structure declares such care; the number of places
 * set aside is optional because most sources do not give it. When both are known, the places are at
 * most the structure's authorised capacity (checked by the structure).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param places the places set aside for children with disabilities, if known; one or more
 * @param details a free description (partnerships, adapted premises...), if any; not blank
 */
public record InclusiveCare(
    Optional<@Min(1) Integer> places,
    Optional<@Pattern(regexp = Checks.NON_BLANK) String> details) {

  /**
   * Creates the description of an inclusive care offer.
   *
   * @throws InvalidValueException with code {@link StructureErrorCode#CAPACITY_TOO_SMALL} if the
   *     places are below one, or {@link CommonErrorCode#BLANK} if the details are blank
   */
  public InclusiveCare {
    Objects.requireNonNull(places, "places");
    places.ifPresent(
        p -> {
          if (p < 1) {
            throw new InvalidValueException(StructureErrorCode.CAPACITY_TOO_SMALL, "places", p, 1);
          }
        });
    Checks.nonBlank(details, "details");
  }

  /**
   * Obtains an inclusive care offer whose places are not known.
   *
   * @return the offer, not null
   */
  public static InclusiveCare declared() {
    return new InclusiveCare(Optional.empty(), Optional.empty());
  }

  /**
   * Obtains an inclusive care offer with a number of places set aside.
   *
   * @param places the places, one or more
   * @return the offer, not null
   */
  public static InclusiveCare withPlaces(int places) {
    return new InclusiveCare(Optional.of(places), Optional.empty());
  }

  /**
   * Checks that the places set aside do not exceed a capacity.
   *
   * @param capacity the authorised capacity, not null
   * @throws InvalidValueException with code {@link
   *     StructureErrorCode#INCLUSIVE_PLACES_EXCEED_CAPACITY} if they do
   */
  void checkWithin(Capacity capacity) {
    places.ifPresent(
        p -> {
          if (p > capacity.places()) {
            throw new InvalidValueException(
                StructureErrorCode.INCLUSIVE_PLACES_EXCEED_CAPACITY,
                "inclusiveCare.places",
                p,
                capacity.places());
          }
        });
  }
}
