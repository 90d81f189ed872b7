package io.github.esspetiteenfance.structure;

import java.util.Optional;
import java.util.Set;

/**
 * An établissement ou service d'accueil du jeune enfant (EAJE, CSP R2324-17): the non-permanent
 * care of children under six, collective or familial, regular or occasional.
 *
 * <p>Every EAJE has the same care attributes: capacity, ages, management (parental or not),
 * funding, pedagogies and inclusive care. When both the capacity and the places for children with
 * disabilities are known, the places are at most the capacity.
 */
public sealed interface Eaje extends Structure
    permits CrecheCollective,
        HalteGarderie,
        MultiAccueil,
        MicroCreche,
        CrecheFamiliale,
        JardinDEnfants,
        CrecheItinerante {

  /**
   * Returns the capacity authorised by the président du conseil départemental, if known.
   *
   * @return the capacity, not null
   */
  @Override
  Optional<Capacity> capacity();

  /**
   * Returns the ages of the children accepted, if known.
   *
   * @return the age range, not null
   */
  @Override
  Optional<AgeRange> ages();

  /**
   * Returns whether the EAJE is à gestion parentale, if known.
   *
   * @return the management, not null
   */
  Optional<Management> management();

  /**
   * Returns the funding mode, if known.
   *
   * @return the funding, not null
   */
  Optional<Funding> funding();

  /**
   * Returns the inclusive care offered to children with disabilities, if declared.
   *
   * @return the inclusive care, not null
   */
  Optional<InclusiveCare> inclusiveCare();

  @Override
  Set<Pedagogy> pedagogies();

  /**
   * Checks if the EAJE is known to be à gestion parentale (a "crèche parentale", R2324-50).
   *
   * @return true if the management is {@link Management#PARENTAL}
   */
  default boolean isParental() {
    return management().filter(m -> m == Management.PARENTAL).isPresent();
  }
}
