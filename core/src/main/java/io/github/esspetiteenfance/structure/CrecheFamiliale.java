package io.github.esspetiteenfance.structure;

import jakarta.validation.constraints.Min;
import java.time.LocalDate;
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
 * @param ratioOption the staffing ratio option chosen in the projet d'établissement (R2324-46-4),
 *     if stated; the checker tries both options otherwise
 * @param largestUnit the places of the largest unité d'accueil (R2324-28), if known; at most the
 *     capacity
 * @param authorisationRequested the date the authorisation request was filed, if known (the
 *     référentiel bâtimentaire applies to requests filed after 31 Aug 2022)
 * @param veryDenseZone whether the EAJE is in a very densely populated zone (INSEE grid), where 5.5
 *     m² per place are required instead of 7; empty if not known
 * @param assistantsMaternels the number of assistants maternels the service employs, if known; one
 *     or more
 */
@Value.Builder
public record CrecheFamiliale(
    Optional<Capacity> capacity,
    Optional<AgeRange> ages,
    Optional<Management> management,
    Optional<Funding> funding,
    Set<Pedagogy> pedagogies,
    Optional<InclusiveCare> inclusiveCare,
    Optional<OpeningHours> openingHours,
    Set<Commitment> commitments,
    Optional<PartialDate> opened,
    Optional<RatioOption> ratioOption,
    Optional<Capacity> largestUnit,
    Optional<LocalDate> authorisationRequested,
    Optional<Boolean> veryDenseZone,
    Optional<@Min(1) Integer> assistantsMaternels)
    implements Eaje {

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
    Checks.eaje(
        capacity, inclusiveCare, ratioOption, largestUnit, authorisationRequested, veryDenseZone);
    Checks.familiale(assistantsMaternels);
  }

  /**
   * Obtains a crèche familiale of an authorised capacity, every other fact unknown (the regulatory
   * checker reports what it needs and was not given as not checked); describe more with {@link
   * #builder()}.
   *
   * @param places the authorised capacity, at least {@value Capacity#MIN_PLACES}
   * @return the crèche familiale, not null
   * @throws io.github.esspetiteenfance.InvalidValueException if {@code places} is not a valid
   *     capacity
   */
  public static CrecheFamiliale of(int places) {
    return builder().capacity(Capacity.of(places)).build();
  }

  /**
   * Obtains a builder of CrecheFamiliale (the generated {@code CrecheFamilialeBuilder}); copy an
   * instance with {@code builder().from(x)}.
   *
   * @return a new builder, not null
   */
  public static CrecheFamilialeBuilder builder() {
    return CrecheFamilialeBuilder.builder();
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
