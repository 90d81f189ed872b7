package io.github.esspetiteenfance.structure;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A crèche collective (CSP R2324-17 II 1°): a collective EAJE that takes children on its premises,
 * regularly or occasionally.
 *
 * <p>A crèche parentale is a crèche collective with {@link Management#PARENTAL} management
 * (R2324-17 IV, R2324-50), not a kind of its own. The capacity category (petite crèche, crèche,
 * grande crèche... R2324-46) follows from the capacity on a date and is computed by the {@code
 * regulation} package.
 *
 * <p>Example:
 *
 * <pre>{@code
 * CrecheCollective parentale = CrecheCollectiveBuilder.builder()
 *     .capacity(Capacity.of(20))
 *     .management(Management.PARENTAL)
 *     .build();
 * }</pre>
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
public record CrecheCollective(
    Optional<@Valid Capacity> capacity,
    Optional<@Valid AgeRange> ages,
    Optional<Management> management,
    Optional<@Valid Funding> funding,
    Set<@NotNull @Valid Pedagogy> pedagogies,
    Optional<@Valid InclusiveCare> inclusiveCare,
    Optional<@Valid OpeningHours> openingHours,
    Set<@NotNull @Valid Commitment> commitments,
    Optional<@Valid PartialDate> opened)
    implements Eaje, WithCrecheCollective {

  /**
   * Creates a crèche collective; prefer {@code CrecheCollectiveBuilder}.
   *
   * @throws io.github.esspetiteenfance.InvalidValueException if an invariant is broken
   */
  public CrecheCollective {
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
   * Returns {@link StructureKind#CRECHE_COLLECTIVE}.
   *
   * @return the kind, not null
   */
  @Override
  public StructureKind kind() {
    return StructureKind.CRECHE_COLLECTIVE;
  }
}
