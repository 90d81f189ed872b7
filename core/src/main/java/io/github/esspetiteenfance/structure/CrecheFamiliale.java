package io.github.esspetiteenfance.structure;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A crèche familiale (CSP R2324-17 II 3°, R2324-48): regular or occasional care by assistants
 * maternels employed by the service (CASF L421-17-1), at their homes, with common premises for
 * activities.
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
 * @param assistantsMaternels the number of assistants maternels the service employs, if known; one
 *     or more
 */
@Value.Builder
public record CrecheFamiliale(
    Optional<@Valid Capacity> capacity,
    Optional<@Valid AgeRange> ages,
    Optional<Management> management,
    Optional<@Valid Funding> funding,
    Set<@NotNull @Valid Pedagogy> pedagogies,
    Optional<@Valid InclusiveCare> inclusiveCare,
    Optional<@Valid OpeningHours> openingHours,
    Set<@NotNull @Valid Commitment> commitments,
    Optional<@Valid PartialDate> opened,
    Optional<@Min(1) Integer> assistantsMaternels)
    implements Eaje, WithCrecheFamiliale {

  /**
   * Creates a crèche familiale; prefer {@code CrecheFamilialeBuilder}.
   *
   * @throws io.github.esspetiteenfance.InvalidValueException if an invariant is broken
   */
  public CrecheFamiliale {
    Objects.requireNonNull(capacity, "capacity");
    Objects.requireNonNull(ages, "ages");
    Objects.requireNonNull(management, "management");
    Objects.requireNonNull(funding, "funding");
    pedagogies = Checks.sortedSet(pedagogies, Pedagogy.ORDER, "pedagogies");
    Objects.requireNonNull(inclusiveCare, "inclusiveCare");
    Objects.requireNonNull(openingHours, "openingHours");
    commitments = Checks.sortedSet(commitments, Commitment.ORDER, "commitments");
    Objects.requireNonNull(opened, "opened");
    Objects.requireNonNull(assistantsMaternels, "assistantsMaternels");
    Checks.eaje(capacity, inclusiveCare);
    Checks.familiale(assistantsMaternels);
  }

  /**
   * Returns {@link StructureKind#CRECHE_FAMILIALE}.
   *
   * @return the kind, not null
   */
  @Override
  public StructureKind kind() {
    return StructureKind.CRECHE_FAMILIALE;
  }
}
