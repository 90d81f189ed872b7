package io.github.esspetiteenfance.structure;

import java.util.Optional;
import java.util.Set;

/**
 * A service that houses parents with young children or expecting one: maison parentale, résidence
 * (centre) maternelle, centre parental.
 */
public sealed interface FamilyHousing extends ParentingSupport
    permits MaisonParentale, ResidenceMaternelle, CentreParental {

  /**
   * Returns the number of places (households or beds as the source counts them), if known.
   *
   * @return the capacity, not null
   */
  @Override
  Optional<Capacity> capacity();

  /**
   * Returns the ages of the children housed with their parents, if known.
   *
   * @return the age range, not null
   */
  @Override
  Optional<AgeRange> ages();

  /**
   * Returns the people taken in.
   *
   * @return the publics, in declaration order, empty if not known; not null
   */
  Set<HostedPublic> publics();
}
