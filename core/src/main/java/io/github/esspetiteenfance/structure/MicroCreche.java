package io.github.esspetiteenfance.structure;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A micro-crèche: a crèche collective of at most 12 places (CSP R2324-46 I, since 1 September 2021;
 * 10 places before). The 12-place cap is a dated regulatory rule, checked by the {@code regulation}
 * package, not an invariant: historical data keep their capacity.
 *
 * <p>Funding is either the PSU or, more often, the PAJE (parents receive the CMG "structure").
 *
 * <p>Example:
 *
 * <pre>{@code
 * MicroCreche microScop = MicroCreche.builder()
 *     .ages(AgeRange.ofMonths(2, 48))
 *     .addPedagogies(Pedagogy.inspiredBy(PedagogicalApproach.MONTESSORI))
 *     .addCommitments(Commitment.of(CommitmentKind.COMPOST), Commitment.of(CommitmentKind.HEN_HOUSE))
 *     .opened(PartialDate.ofYear(2017))
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
 * @param ratioOption the staffing ratio option chosen in the projet d'établissement (R2324-46-4),
 *     if stated; the checker tries both options otherwise
 * @param largestUnit the places of the largest unité d'accueil (R2324-28), if known; at most the
 *     capacity
 * @param authorisationRequested the date the authorisation request was filed, if known (the
 *     référentiel bâtimentaire applies to requests filed after 31 Aug 2022)
 * @param veryDenseZone whether the EAJE is in a very densely populated zone (INSEE grid), where 5.5
 *     m² per place are required instead of 7; empty if not known
 */
@Value.Builder
public record MicroCreche(
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
    Optional<Boolean> veryDenseZone)
    implements Eaje {

  /**
   * Creates a micro-crèche; prefer {@code MicroCrecheBuilder}.
   *
   * @throws io.github.esspetiteenfance.InvalidValueException if an invariant is broken
   */
  public MicroCreche {
    Objects.requireNonNull(capacity, "capacity");
    Objects.requireNonNull(ages, "ages");
    Objects.requireNonNull(management, "management");
    Objects.requireNonNull(funding, "funding");
    pedagogies = Checks.sortedSet(pedagogies, Pedagogy.ORDER, "pedagogies");
    Objects.requireNonNull(inclusiveCare, "inclusiveCare");
    Objects.requireNonNull(openingHours, "openingHours");
    commitments = Checks.sortedSet(commitments, Commitment.ORDER, "commitments");
    Objects.requireNonNull(opened, "opened");
    Checks.eaje(
        capacity, inclusiveCare, ratioOption, largestUnit, authorisationRequested, veryDenseZone);
  }

  /**
   * Obtains a micro-crèche of an authorised capacity, every other fact unknown (the regulatory
   * checker reports what it needs and was not given as not checked); describe more with {@link
   * #builder()}.
   *
   * @param places the authorised capacity, at least {@value Capacity#MIN_PLACES}
   * @return the micro-crèche, not null
   * @throws io.github.esspetiteenfance.InvalidValueException if {@code places} is not a valid
   *     capacity
   */
  public static MicroCreche of(int places) {
    return builder().capacity(Capacity.of(places)).build();
  }

  /**
   * Obtains a builder of MicroCreche (the generated {@code MicroCrecheBuilder}); copy an instance
   * with {@code builder().from(x)}.
   *
   * @return a new builder, not null
   */
  public static MicroCrecheBuilder builder() {
    return MicroCrecheBuilder.builder();
  }

  /**
   * Returns {@link StructureKind#MICRO_CRECHE}.
   *
   * @return the kind, not null
   */
  @Override
  public StructureKind kind() {
    return StructureKind.MICRO_CRECHE;
  }
}
