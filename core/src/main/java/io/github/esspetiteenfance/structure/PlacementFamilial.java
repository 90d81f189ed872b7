package io.github.esspetiteenfance.structure;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A service de placement familial: places minors with assistants familiaux employed by the service.
 * Legal basis UNCONFIRMED.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param capacity the number of places or measures, if known
 * @param ages the ages of the minors concerned, if known
 * @param mandates on whose request the service acts, empty if not known
 * @param openingHours the weekly opening schedule, if known
 * @param commitments the environmental and social commitments, empty if none is known
 * @param opened when the structure opened, to the precision known
 */
@Value.Builder
public record PlacementFamilial(
    Optional<Capacity> capacity,
    Optional<AgeRange> ages,
    Set<Mandate> mandates,
    Optional<OpeningHours> openingHours,
    Set<Commitment> commitments,
    Optional<PartialDate> opened)
    implements ChildProtection {

  /**
   * Creates a service de placement familial; prefer {@code PlacementFamilialBuilder}.
   *
   * @throws io.github.esspetiteenfance.InvalidValueException if an invariant is broken
   */
  public PlacementFamilial {
    Objects.requireNonNull(capacity, "capacity");
    Objects.requireNonNull(ages, "ages");
    mandates = Checks.enumSet(mandates, "mandates");
    Objects.requireNonNull(openingHours, "openingHours");
    commitments = Checks.sortedSet(commitments, Commitment.ORDER, "commitments");
    Objects.requireNonNull(opened, "opened");
  }

  /**
   * Returns {@link StructureKind#PLACEMENT_FAMILIAL}.
   *
   * @return the kind, not null
   */
  @Override
  public StructureKind kind() {
    return StructureKind.PLACEMENT_FAMILIAL;
  }

  /**
   * Obtains a builder of PlacementFamilial (the generated {@code PlacementFamilialBuilder}); copy
   * an instance with {@code builder().from(x)}.
   *
   * @return a new builder, not null
   */
  public static PlacementFamilialBuilder builder() {
    return PlacementFamilialBuilder.builder();
  }
}
