package io.github.esspetiteenfance.structure;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A résidence (or centre) maternelle: aide sociale à l'enfance housing for pregnant women and for
 * mothers on their own with children under 3 who need material and psychological support (CASF
 * L222-5 4°; SECONDARY), to prevent the abandonment of children.
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
public record ResidenceMaternelle(
    Optional<Capacity> capacity,
    Optional<AgeRange> ages,
    Set<HostedPublic> publics,
    Optional<OpeningHours> openingHours,
    Set<Commitment> commitments,
    Optional<PartialDate> opened)
    implements FamilyHousing {

  /**
   * Creates a résidence maternelle; prefer {@code ResidenceMaternelleBuilder}.
   *
   * @throws io.github.esspetiteenfance.InvalidValueException if an invariant is broken
   */
  public ResidenceMaternelle {
    Objects.requireNonNull(capacity, "capacity");
    Objects.requireNonNull(ages, "ages");
    publics = Checks.enumSet(publics, "publics");
    Objects.requireNonNull(openingHours, "openingHours");
    commitments = Checks.sortedSet(commitments, Commitment.ORDER, "commitments");
    Objects.requireNonNull(opened, "opened");
  }

  /**
   * Returns {@link StructureKind#RESIDENCE_MATERNELLE}.
   *
   * @return the kind, not null
   */
  @Override
  public StructureKind kind() {
    return StructureKind.RESIDENCE_MATERNELLE;
  }

  /**
   * Obtains a builder of ResidenceMaternelle (the generated {@code ResidenceMaternelleBuilder});
   * copy an instance with {@code builder().from(x)}.
   *
   * @return a new builder, not null
   */
  public static ResidenceMaternelleBuilder builder() {
    return ResidenceMaternelleBuilder.builder();
  }
}
