package io.github.esspetiteenfance.structure;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A service de médiation familiale: helps families build or rebuild ties in situations of break-up
 * or separation, on a judge's proposal or at the family's request. Legal basis UNCONFIRMED.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param mandates on whose request the service acts, empty if not known
 * @param openingHours the weekly opening schedule, if known
 * @param commitments the environmental and social commitments, empty if none is known
 * @param opened when the structure opened, to the precision known
 */
@Value.Builder
public record MediationFamiliale(
    Set<Mandate> mandates,
    Optional<OpeningHours> openingHours,
    Set<Commitment> commitments,
    Optional<PartialDate> opened)
    implements ParentingSupport {

  /**
   * Creates a service de médiation familiale; prefer {@code MediationFamilialeBuilder}.
   *
   * @throws io.github.esspetiteenfance.InvalidValueException if an invariant is broken
   */
  public MediationFamiliale {
    mandates = Checks.enumSet(mandates, "mandates");
    Objects.requireNonNull(openingHours, "openingHours");
    commitments = Checks.sortedSet(commitments, Commitment.ORDER, "commitments");
    Objects.requireNonNull(opened, "opened");
  }

  /**
   * Returns {@link StructureKind#MEDIATION_FAMILIALE}.
   *
   * @return the kind, not null
   */
  @Override
  public StructureKind kind() {
    return StructureKind.MEDIATION_FAMILIALE;
  }

  /**
   * Obtains a builder of MediationFamiliale (the generated {@code MediationFamilialeBuilder}); copy
   * an instance with {@code builder().from(x)}.
   *
   * @return a new builder, not null
   */
  public static MediationFamilialeBuilder builder() {
    return MediationFamilialeBuilder.builder();
  }
}
