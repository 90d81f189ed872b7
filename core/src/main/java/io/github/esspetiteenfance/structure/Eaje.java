package io.github.esspetiteenfance.structure;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * An établissement ou service d'accueil du jeune enfant (EAJE, CSP R2324-17): the non-permanent
 * care of children under six, collective or familial, regular or occasional.
 *
 * <p>Every EAJE has the same care attributes: capacity, ages, management (parental or not),
 * funding, pedagogies and inclusive care; and the same regulatory facts, read directly by the
 * {@code regulation} package's checker: the ratio option chosen, the largest unit, the date of the
 * authorisation request and whether it lies in a very dense zone. A fact not known is empty and the
 * rule that needs it is reported as not checked, never guessed. When both the capacity and the
 * places for children with disabilities (or of the largest unit) are known, those places are at
 * most the capacity.
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
   * Returns the staffing ratio option chosen in the projet d'établissement (CSP R2324-46-4), if
   * stated.
   *
   * @return the option, empty if not stated (the checker then tries both); not null
   */
  Optional<RatioOption> ratioOption();

  /**
   * Returns the places of the largest unité d'accueil (R2324-28), if known.
   *
   * @return the places, at most the capacity; not null
   */
  Optional<Capacity> largestUnit();

  /**
   * Returns the date the authorisation request was filed, if known: the référentiel bâtimentaire
   * (arrêté of 31 Aug 2021) applies to requests filed after 31 Aug 2022.
   *
   * @return the date, not null
   */
  Optional<LocalDate> authorisationRequested();

  /**
   * Returns whether the EAJE lies in a very densely populated zone (INSEE density grid), where the
   * référentiel bâtimentaire asks 5.5 m² per place instead of 7, if known.
   *
   * @return true if very dense, false if not, empty if not known; not null
   */
  Optional<Boolean> veryDenseZone();

  /**
   * Checks if this EAJE is a collective crèche in the sense of R2324-46 (crèche collective,
   * halte-garderie, multi-accueil, micro-crèche or crèche itinérante), whose capacity categories,
   * ratio options and direction times apply.
   *
   * @return true for those kinds, false for a crèche familiale or a jardin d'enfants
   */
  default boolean isCollectiveCreche() {
    return !(this instanceof CrecheFamiliale || this instanceof JardinDEnfants);
  }

  /**
   * Checks if the EAJE is known to be à gestion parentale (a "crèche parentale", R2324-50).
   *
   * @return true if the management is {@link Management#PARENTAL}
   */
  default boolean isParental() {
    return management().filter(m -> m == Management.PARENTAL).isPresent();
  }
}
