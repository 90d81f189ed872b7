package io.github.esspetiteenfance.structure;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A relais petite enfance (RPE, formerly relais d'assistants maternels): informs parents about
 * childcare and supports assistants maternels and gardes d'enfants à domicile. Legal basis
 * UNCONFIRMED (CASF L214-2-1).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param openingHours the weekly opening schedule, if known
 * @param commitments the environmental and social commitments, empty if none is known
 * @param opened when the structure opened, to the precision known
 */
@Value.Builder
public record RelaisPetiteEnfance(
    Optional<OpeningHours> openingHours, Set<Commitment> commitments, Optional<PartialDate> opened)
    implements ParentingSupport {

  /**
   * Creates a relais petite enfance; prefer {@code RelaisPetiteEnfanceBuilder}.
   *
   * @throws io.github.esspetiteenfance.InvalidValueException if an invariant is broken
   */
  public RelaisPetiteEnfance {
    Objects.requireNonNull(openingHours, "openingHours");
    commitments = Checks.sortedSet(commitments, Commitment.ORDER, "commitments");
    Objects.requireNonNull(opened, "opened");
  }

  /**
   * Returns {@link StructureKind#RELAIS_PETITE_ENFANCE}.
   *
   * @return the kind, not null
   */
  @Override
  public StructureKind kind() {
    return StructureKind.RELAIS_PETITE_ENFANCE;
  }

  /**
   * Obtains a builder of RelaisPetiteEnfance (the generated {@code RelaisPetiteEnfanceBuilder});
   * copy an instance with {@code builder().from(x)}.
   *
   * @return a new builder, not null
   */
  public static RelaisPetiteEnfanceBuilder builder() {
    return RelaisPetiteEnfanceBuilder.builder();
  }
}
