package io.github.esspetiteenfance.structure;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A recyclerie petite enfance: collects second-hand childcare goods as donations, cleans and
 * repairs them, resells them at low prices, and often runs workshops for parents. An ESS activity
 * of reuse with no legal category of its own.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param activities what the recyclerie does, empty if not known
 * @param openingHours the weekly opening schedule, if known
 * @param commitments the environmental and social commitments, empty if none is known
 * @param opened when the structure opened, to the precision known
 */
@Value.Builder
public record RecycleriePetiteEnfance(
    Set<RecyclerieActivity> activities,
    Optional<OpeningHours> openingHours,
    Set<Commitment> commitments,
    Optional<PartialDate> opened)
    implements Structure {

  /**
   * Creates a recyclerie petite enfance; prefer {@code RecycleriePetiteEnfanceBuilder}.
   *
   * @throws io.github.esspetiteenfance.InvalidValueException if an invariant is broken
   */
  public RecycleriePetiteEnfance {
    activities = Checks.sortedSet(activities, RecyclerieActivity.ORDER, "activities");
    Objects.requireNonNull(openingHours, "openingHours");
    commitments = Checks.sortedSet(commitments, Commitment.ORDER, "commitments");
    Objects.requireNonNull(opened, "opened");
  }

  /**
   * Returns {@link StructureKind#RECYCLERIE_PETITE_ENFANCE}.
   *
   * @return the kind, not null
   */
  @Override
  public StructureKind kind() {
    return StructureKind.RECYCLERIE_PETITE_ENFANCE;
  }

  /**
   * Obtains a builder of RecycleriePetiteEnfance (the generated {@code
   * RecycleriePetiteEnfanceBuilder}); copy an instance with {@code builder().from(x)}.
   *
   * @return a new builder, not null
   */
  public static RecycleriePetiteEnfanceBuilder builder() {
    return RecycleriePetiteEnfanceBuilder.builder();
  }
}
