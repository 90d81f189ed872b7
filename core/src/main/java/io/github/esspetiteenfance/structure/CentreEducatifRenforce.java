package io.github.esspetiteenfance.structure;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A centre éducatif renforcé (CER): short, intensive educational stays for minors in serious
 * difficulty or offenders, on a judge's order. Legal basis UNCONFIRMED.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param capacity the number of places or measures, if known
 * @param ages the ages of the minors concerned, if known
 * @param mandates on whose request the service acts, empty if not known
 * @param openingHours the weekly opening schedule, if known
 * @param commitments the environmental and social commitments, empty if none is known
 * @param opened when the structure opened, to the precision known
 */
@Value.Builder
public record CentreEducatifRenforce(
    Optional<Capacity> capacity,
    Optional<AgeRange> ages,
    Set<Mandate> mandates,
    Optional<OpeningHours> openingHours,
    Set<Commitment> commitments,
    Optional<PartialDate> opened)
    implements ChildProtection {

  /**
   * Creates a centre éducatif renforcé; prefer {@code CentreEducatifRenforceBuilder}.
   *
   * @throws io.github.esspetiteenfance.InvalidValueException if an invariant is broken
   */
  public CentreEducatifRenforce {
    Objects.requireNonNull(capacity, "capacity");
    Objects.requireNonNull(ages, "ages");
    mandates = Checks.enumSet(mandates, "mandates");
    Objects.requireNonNull(openingHours, "openingHours");
    commitments = Checks.sortedSet(commitments, Commitment.ORDER, "commitments");
    Objects.requireNonNull(opened, "opened");
  }

  /**
   * Returns {@link StructureKind#CENTRE_EDUCATIF_RENFORCE}.
   *
   * @return the kind, not null
   */
  @Override
  public StructureKind kind() {
    return StructureKind.CENTRE_EDUCATIF_RENFORCE;
  }

  /**
   * Obtains a builder of CentreEducatifRenforce (the generated {@code
   * CentreEducatifRenforceBuilder}); copy an instance with {@code builder().from(x)}.
   *
   * @return a new builder, not null
   */
  public static CentreEducatifRenforceBuilder builder() {
    return CentreEducatifRenforceBuilder.builder();
  }
}
