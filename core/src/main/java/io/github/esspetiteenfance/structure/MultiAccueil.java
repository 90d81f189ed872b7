package io.github.esspetiteenfance.structure;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A multi-accueil (CSP R2324-17 II): one establishment or service that combines collective with
 * familial care, or regular with occasional care.
 *
 * <p>Invariant: when the modes are given, they combine both modes of at least one dimension;
 * otherwise the structure is not a multi-accueil.
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
 * @param modes the care modes combined, empty if not known; when given, two modes of the same
 *     dimension (collective and familial, or regular and occasional)
 */
@Value.Builder
public record MultiAccueil(
    Optional<@Valid Capacity> capacity,
    Optional<@Valid AgeRange> ages,
    Optional<Management> management,
    Optional<@Valid Funding> funding,
    Set<@NotNull @Valid Pedagogy> pedagogies,
    Optional<@Valid InclusiveCare> inclusiveCare,
    Optional<@Valid OpeningHours> openingHours,
    Set<@NotNull @Valid Commitment> commitments,
    Optional<@Valid PartialDate> opened,
    Set<@NotNull CareMode> modes)
    implements Eaje, WithMultiAccueil {

  /**
   * Creates a multi-accueil; prefer {@code MultiAccueilBuilder}.
   *
   * @throws io.github.esspetiteenfance.InvalidValueException if an invariant is broken
   */
  public MultiAccueil {
    Objects.requireNonNull(capacity, "capacity");
    Objects.requireNonNull(ages, "ages");
    Objects.requireNonNull(management, "management");
    Objects.requireNonNull(funding, "funding");
    pedagogies = Checks.sortedSet(pedagogies, Pedagogy.ORDER, "pedagogies");
    Objects.requireNonNull(inclusiveCare, "inclusiveCare");
    Objects.requireNonNull(openingHours, "openingHours");
    commitments = Checks.sortedSet(commitments, Commitment.ORDER, "commitments");
    Objects.requireNonNull(opened, "opened");
    modes = Checks.enumSet(modes, "modes");
    Checks.eaje(capacity, inclusiveCare);
    Checks.multiAccueil(modes);
  }

  /**
   * Returns {@link StructureKind#MULTI_ACCUEIL}.
   *
   * @return the kind, not null
   */
  @Override
  public StructureKind kind() {
    return StructureKind.MULTI_ACCUEIL;
  }
}
