package io.github.esspetiteenfance.structure;

import java.util.Optional;
import java.util.Set;

/**
 * A child protection (protection de l'enfance) establishment or service: AEMO, placement familial,
 * centre éducatif renforcé.
 */
public sealed interface ChildProtection extends Structure
    permits Aemo, PlacementFamilial, CentreEducatifRenforce {

  /**
   * Returns the number of places or measures, if known.
   *
   * @return the capacity, not null
   */
  @Override
  Optional<Capacity> capacity();

  /**
   * Returns the ages of the minors concerned, if known.
   *
   * @return the age range, not null
   */
  @Override
  Optional<AgeRange> ages();

  /**
   * Returns on whose request the service acts: a judge's order, or without one.
   *
   * @return the mandates, in declaration order, empty if not known; not null
   */
  Set<Mandate> mandates();
}
