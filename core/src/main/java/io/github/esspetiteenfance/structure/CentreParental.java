package io.github.esspetiteenfance.structure;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A centre parental: housing for both parents, or future parents, with children under 3 (CASF
 * L222-5-3, loi n° 2016-297; UNCONFIRMED).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param capacity the number of places, if known
 * @param ages the ages of the children housed with their parents, if known
 * @param publics the people taken in, empty if not known
 * @param openingHours the weekly opening schedule, if known
 * @param commitments the environmental and social commitments, empty if none is known
 * @param opened when the structure opened, to the precision known
 */
@Value.Builder
public record CentreParental(
    Optional<Capacity> capacity,
    Optional<AgeRange> ages,
    Set<HostedPublic> publics,
    Optional<OpeningHours> openingHours,
    Set<Commitment> commitments,
    Optional<PartialDate> opened)
    implements FamilyHousing {

  /**
   * Creates a centre parental; prefer {@code CentreParentalBuilder}.
   *
   * @throws io.github.esspetiteenfance.InvalidValueException if an invariant is broken
   */
  public CentreParental {
    Objects.requireNonNull(capacity, "capacity");
    Objects.requireNonNull(ages, "ages");
    publics = Checks.enumSet(publics, "publics");
    Objects.requireNonNull(openingHours, "openingHours");
    commitments = Checks.sortedSet(commitments, Commitment.ORDER, "commitments");
    Objects.requireNonNull(opened, "opened");
  }

  /**
   * Returns {@link StructureKind#CENTRE_PARENTAL}.
   *
   * @return the kind, not null
   */
  @Override
  public StructureKind kind() {
    return StructureKind.CENTRE_PARENTAL;
  }

  /**
   * Obtains a builder of CentreParental (the generated {@code CentreParentalBuilder}); copy an
   * instance with {@code builder().from(x)}.
   *
   * @return a new builder, not null
   */
  public static CentreParentalBuilder builder() {
    return CentreParentalBuilder.builder();
  }
}
