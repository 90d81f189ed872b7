package io.github.esspetiteenfance.structure;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A lieu d'accueil enfants-parents (LAEP): a place where children under 6 come with a parent or
 * another adult who stays responsible for them, freely, anonymously and without registration, with
 * at least two accueillants per session (CNAF référentiel; SECONDARY). Not an EAJE.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param ages the ages of the children accepted, if known
 * @param pedagogies the educational approaches, empty if none is known
 * @param openingHours the weekly opening schedule, if known
 * @param commitments the environmental and social commitments, empty if none is known
 * @param opened when the structure opened, to the precision known
 */
@Value.Builder
public record LieuAccueilEnfantsParents(
    Optional<AgeRange> ages,
    Set<Pedagogy> pedagogies,
    Optional<OpeningHours> openingHours,
    Set<Commitment> commitments,
    Optional<PartialDate> opened)
    implements ParentingSupport {

  /**
   * Creates a lieu d'accueil enfants-parents; prefer {@code LieuAccueilEnfantsParentsBuilder}.
   *
   * @throws io.github.esspetiteenfance.InvalidValueException if an invariant is broken
   */
  public LieuAccueilEnfantsParents {
    Objects.requireNonNull(ages, "ages");
    pedagogies = Checks.sortedSet(pedagogies, Pedagogy.ORDER, "pedagogies");
    Objects.requireNonNull(openingHours, "openingHours");
    commitments = Checks.sortedSet(commitments, Commitment.ORDER, "commitments");
    Objects.requireNonNull(opened, "opened");
  }

  /**
   * Returns {@link StructureKind#LIEU_ACCUEIL_ENFANTS_PARENTS}.
   *
   * @return the kind, not null
   */
  @Override
  public StructureKind kind() {
    return StructureKind.LIEU_ACCUEIL_ENFANTS_PARENTS;
  }

  /**
   * Obtains a builder of LieuAccueilEnfantsParents (the generated {@code
   * LieuAccueilEnfantsParentsBuilder}); copy an instance with {@code builder().from(x)}.
   *
   * @return a new builder, not null
   */
  public static LieuAccueilEnfantsParentsBuilder builder() {
    return LieuAccueilEnfantsParentsBuilder.builder();
  }
}
