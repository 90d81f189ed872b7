package io.github.esspetiteenfance.structure;

import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A maison d'assistants maternels (MAM, CASF L424-1): 1 to 6 assistants maternels working together
 * in shared premises, each employed by the parents and keeping their own agrément.
 *
 * <p>A MAM is not an EAJE. Invariant: 1 to 6 assistants (since ordonnance n° 2021-611; 2 to 4
 * before, for historical data the current range is used), each with an agrément for 1 to 6
 * children. The rule "at most 4 present at the same time" concerns schedules, not this model.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param assistants the assistants maternels who work there, 1 to 6
 * @param ages the ages of the children accepted, if known
 * @param pedagogies the educational approaches, empty if none is known
 * @param openingHours the weekly opening schedule, if known
 * @param commitments the environmental and social commitments, empty if none is known
 * @param opened when the structure opened, to the precision known
 */
@Value.Builder
public record MaisonAssistantsMaternels(
    @Size(min = MIN_ASSISTANTS, max = MAX_ASSISTANTS) List<AssistantMaternel> assistants,
    Optional<AgeRange> ages,
    Set<Pedagogy> pedagogies,
    Optional<OpeningHours> openingHours,
    Set<Commitment> commitments,
    Optional<PartialDate> opened)
    implements Structure {

  /**
   * Creates a maison d'assistants maternels; prefer {@code MaisonAssistantsMaternelsBuilder}.
   *
   * @throws io.github.esspetiteenfance.InvalidValueException if an invariant is broken
   */
  public MaisonAssistantsMaternels {
    assistants = Checks.list(assistants, "assistants");
    Objects.requireNonNull(ages, "ages");
    pedagogies = Checks.sortedSet(pedagogies, Pedagogy.ORDER, "pedagogies");
    Objects.requireNonNull(openingHours, "openingHours");
    commitments = Checks.sortedSet(commitments, Commitment.ORDER, "commitments");
    Objects.requireNonNull(opened, "opened");
    Checks.mam(assistants);
  }

  /**
   * Returns {@link StructureKind#MAISON_ASSISTANTS_MATERNELS}.
   *
   * @return the kind, not null
   */
  @Override
  public StructureKind kind() {
    return StructureKind.MAISON_ASSISTANTS_MATERNELS;
  }

  /** The fewest assistants maternels in a MAM. */
  public static final int MIN_ASSISTANTS = 1;

  /** The most assistants maternels in a MAM (CASF L424-1, since 21 May 2021; 4 before). */
  public static final int MAX_ASSISTANTS = 6;

  /**
   * Returns the sum of the assistants' agréments: the children the MAM may care for if all of them
   * are present. At most 4 assistants may work at the same time (L424-1), so the number of children
   * present at once may be lower (DERIVED).
   *
   * @return the capacity, present, not null
   */
  @Override
  public Optional<Capacity> capacity() {
    return Optional.of(
        Capacity.of(assistants.stream().mapToInt(a -> a.agrement().children()).sum()));
  }

  /**
   * Obtains a builder of MaisonAssistantsMaternels (the generated {@code
   * MaisonAssistantsMaternelsBuilder}); copy an instance with {@code builder().from(x)}.
   *
   * @return a new builder, not null
   */
  public static MaisonAssistantsMaternelsBuilder builder() {
    return MaisonAssistantsMaternelsBuilder.builder();
  }
}
