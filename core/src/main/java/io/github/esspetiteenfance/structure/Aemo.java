package io.github.esspetiteenfance.structure;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A service d'action éducative en milieu ouvert (AEMO): educators support a child and the family at
 * home, on a juge des enfants' order (the administrative equivalent is the AED). Legal basis
 * UNCONFIRMED (Code civil art. 375-2).
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
public record Aemo(
    Optional<Capacity> capacity,
    Optional<AgeRange> ages,
    Set<Mandate> mandates,
    Optional<OpeningHours> openingHours,
    Set<Commitment> commitments,
    Optional<PartialDate> opened)
    implements ChildProtection {

  /**
   * Creates a service d'AEMO; prefer {@code AemoBuilder}.
   *
   * @throws io.github.esspetiteenfance.InvalidValueException if an invariant is broken
   */
  public Aemo {
    Objects.requireNonNull(capacity, "capacity");
    Objects.requireNonNull(ages, "ages");
    mandates = Checks.enumSet(mandates, "mandates");
    Objects.requireNonNull(openingHours, "openingHours");
    commitments = Checks.sortedSet(commitments, Commitment.ORDER, "commitments");
    Objects.requireNonNull(opened, "opened");
  }

  /**
   * Returns {@link StructureKind#AEMO}.
   *
   * @return the kind, not null
   */
  @Override
  public StructureKind kind() {
    return StructureKind.AEMO;
  }

  /**
   * Obtains a builder of Aemo (the generated {@code AemoBuilder}); copy an instance with {@code
   * builder().from(x)}.
   *
   * @return a new builder, not null
   */
  public static AemoBuilder builder() {
    return AemoBuilder.builder();
  }
}
