package io.github.esspetiteenfance.structure;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An espace de rencontre (point rencontre): a place where children meet a parent who has no housing
 * right (droit d'hébergement), to maintain or restore their relationship, on a judge's order or
 * not. Legal basis UNCONFIRMED (CASF D216-1).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param mandates on whose request the service acts, empty if not known
 * @param openingHours the weekly opening schedule, if known
 * @param commitments the environmental and social commitments, empty if none is known
 * @param opened when the structure opened, to the precision known
 */
@Value.Builder
public record EspaceDeRencontre(
    Set<Mandate> mandates,
    Optional<OpeningHours> openingHours,
    Set<Commitment> commitments,
    Optional<PartialDate> opened)
    implements ParentingSupport {

  /**
   * Creates a espace de rencontre; prefer {@code EspaceDeRencontreBuilder}.
   *
   * @throws io.github.esspetiteenfance.InvalidValueException if an invariant is broken
   */
  public EspaceDeRencontre {
    mandates = Checks.enumSet(mandates, "mandates");
    Objects.requireNonNull(openingHours, "openingHours");
    commitments = Checks.sortedSet(commitments, Commitment.ORDER, "commitments");
    Objects.requireNonNull(opened, "opened");
  }

  /**
   * Returns {@link StructureKind#ESPACE_DE_RENCONTRE}.
   *
   * @return the kind, not null
   */
  @Override
  public StructureKind kind() {
    return StructureKind.ESPACE_DE_RENCONTRE;
  }

  /**
   * Obtains a builder of EspaceDeRencontre (the generated {@code EspaceDeRencontreBuilder}); copy
   * an instance with {@code builder().from(x)}.
   *
   * @return a new builder, not null
   */
  public static EspaceDeRencontreBuilder builder() {
    return EspaceDeRencontreBuilder.builder();
  }
}
