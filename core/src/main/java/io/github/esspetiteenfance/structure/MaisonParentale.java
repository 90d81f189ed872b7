package io.github.esspetiteenfance.structure;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A maison parentale: housing for couples with at least one child under 3 or expecting one, in a
 * vulnerable situation. No legal definition was identified (UNCONFIRMED); the seed's Vista portrait
 * describes one in Challans.
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
public record MaisonParentale(
    Optional<Capacity> capacity,
    Optional<AgeRange> ages,
    Set<HostedPublic> publics,
    Optional<OpeningHours> openingHours,
    Set<Commitment> commitments,
    Optional<PartialDate> opened)
    implements FamilyHousing {

  /**
   * Creates a maison parentale; prefer {@code MaisonParentaleBuilder}.
   *
   * @throws io.github.esspetiteenfance.InvalidValueException if an invariant is broken
   */
  public MaisonParentale {
    Objects.requireNonNull(capacity, "capacity");
    Objects.requireNonNull(ages, "ages");
    publics = Checks.enumSet(publics, "publics");
    Objects.requireNonNull(openingHours, "openingHours");
    commitments = Checks.sortedSet(commitments, Commitment.ORDER, "commitments");
    Objects.requireNonNull(opened, "opened");
  }

  /**
   * Returns {@link StructureKind#MAISON_PARENTALE}.
   *
   * @return the kind, not null
   */
  @Override
  public StructureKind kind() {
    return StructureKind.MAISON_PARENTALE;
  }

  /**
   * Obtains a builder of MaisonParentale (the generated {@code MaisonParentaleBuilder}); copy an
   * instance with {@code builder().from(x)}.
   *
   * @return a new builder, not null
   */
  public static MaisonParentaleBuilder builder() {
    return MaisonParentaleBuilder.builder();
  }
}
