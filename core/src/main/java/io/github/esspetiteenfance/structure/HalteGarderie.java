package io.github.esspetiteenfance.structure;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A halte-garderie (CSP R2324-17 II 1° and III): a crèche collective for short stays, taking
 * children occasionally only.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param capacity the authorised capacity, if known
 * @param ages the ages of the children accepted, if known
 * @param management whether the EAJE is à gestion parentale, if known
 * @param funding the funding mode, if known
 * @param pedagogies the educational approaches, empty if none is known
 * @param inclusiveCare the care offered to children with disabilities, if declared; its places at
 *     most the capacity
 * @param openingHours the weekly opening schedule, if known
 * @param commitments the environmental and social commitments, empty if none is known
 * @param opened when the structure opened, to the precision known
 */
@Value.Builder
public record HalteGarderie(
    Optional<@Valid Capacity> capacity,
    Optional<@Valid AgeRange> ages,
    Optional<Management> management,
    Optional<@Valid Funding> funding,
    Set<@NotNull @Valid Pedagogy> pedagogies,
    Optional<@Valid InclusiveCare> inclusiveCare,
    Optional<@Valid OpeningHours> openingHours,
    Set<@NotNull @Valid Commitment> commitments,
    Optional<@Valid PartialDate> opened)
    implements Eaje, WithHalteGarderie {

  /**
   * Creates a halte-garderie; prefer {@code HalteGarderieBuilder}.
   *
   * @throws io.github.esspetiteenfance.InvalidValueException if an invariant is broken
   */
  public HalteGarderie {
    Objects.requireNonNull(capacity, "capacity");
    Objects.requireNonNull(ages, "ages");
    Objects.requireNonNull(management, "management");
    Objects.requireNonNull(funding, "funding");
    pedagogies = Checks.sortedSet(pedagogies, Pedagogy.ORDER, "pedagogies");
    Objects.requireNonNull(inclusiveCare, "inclusiveCare");
    Objects.requireNonNull(openingHours, "openingHours");
    commitments = Checks.sortedSet(commitments, Commitment.ORDER, "commitments");
    Objects.requireNonNull(opened, "opened");
    Checks.eaje(capacity, inclusiveCare);
  }

  /**
   * Returns {@link StructureKind#HALTE_GARDERIE}.
   *
   * @return the kind, not null
   */
  @Override
  public StructureKind kind() {
    return StructureKind.HALTE_GARDERIE;
  }
}
