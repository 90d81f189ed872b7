package io.github.esspetiteenfance.structure;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A centre social (centre social et socioculturel): a local structure approved by the CAF that
 * creates social ties and runs social, educational, cultural and family activities, often about
 * parenting. Legal basis UNCONFIRMED.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param openingHours the weekly opening schedule, if known
 * @param commitments the environmental and social commitments, empty if none is known
 * @param opened when the structure opened, to the precision known
 */
@Value.Builder
public record CentreSocial(
    Optional<OpeningHours> openingHours, Set<Commitment> commitments, Optional<PartialDate> opened)
    implements ParentingSupport {

  /**
   * Creates a centre social; prefer {@code CentreSocialBuilder}.
   *
   * @throws io.github.esspetiteenfance.InvalidValueException if an invariant is broken
   */
  public CentreSocial {
    Objects.requireNonNull(openingHours, "openingHours");
    commitments = Checks.sortedSet(commitments, Commitment.ORDER, "commitments");
    Objects.requireNonNull(opened, "opened");
  }

  /**
   * Returns {@link StructureKind#CENTRE_SOCIAL}.
   *
   * @return the kind, not null
   */
  @Override
  public StructureKind kind() {
    return StructureKind.CENTRE_SOCIAL;
  }

  /**
   * Obtains a builder of CentreSocial (the generated {@code CentreSocialBuilder}); copy an instance
   * with {@code builder().from(x)}.
   *
   * @return a new builder, not null
   */
  public static CentreSocialBuilder builder() {
    return CentreSocialBuilder.builder();
  }
}
