package io.github.esspetiteenfance.regulation;

import io.github.esspetiteenfance.establishment.Establishment;
import io.github.esspetiteenfance.structure.AgeRange;
import io.github.esspetiteenfance.structure.Eaje;
import io.github.esspetiteenfance.structure.MaisonAssistantsMaternels;
import io.github.esspetiteenfance.structure.PartialDate;
import io.github.esspetiteenfance.structure.Structure;
import io.github.esspetiteenfance.structure.StructureKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What the regulatory checks need to know about a structure: its kind, authorised capacity,
 * management, the ratio option it chose, and a few facts of its authorisation.
 *
 * <p>Obtain one from a {@link Structure} with {@link #of(Structure)} and complete it with the
 * withers ({@code withRatioOption}, {@code withLargestUnitPlaces}...), or build one directly with
 * {@code FacilityBuilder.builder()}. A value that is not known is empty: the rules that need it are
 * reported as not checked, never guessed.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param kind the kind of structure, not null
 * @param capacity the authorised capacity in places (for a MAM, unused: see {@code
 *     assistantAgrements}), positive if present
 * @param ages the ages of the children the structure declares it takes in, if known
 * @param parental true if à gestion parentale (CSP R2324-50)
 * @param ratioOption the staffing ratio option the establishment chose (R2324-46-4), empty if not
 *     stated: both options are then tried
 * @param largestUnitPlaces the places of its largest unité d'accueil, positive if present
 * @param authorisationRequested the date the authorisation request was filed (the référentiel
 *     bâtimentaire applies to requests filed after 31 Aug 2022)
 * @param veryDenseZone true if located in a very densely populated zone (≥ 10,000 inhabitants per
 *     km², INSEE grid), where 5.5 m² per place are required instead of 7
 * @param opened the date it opened; for a date known only to the month or year, its latest possible
 *     day
 * @param assistantAgrements for a MAM, the agrément (number of children) of each assistant maternel
 *     registered; empty if not known
 */
@Value.Builder
public record Facility(
    StructureKind kind,
    Optional<Integer> capacity,
    Optional<AgeRange> ages,
    boolean parental,
    Optional<RatioOption> ratioOption,
    Optional<Integer> largestUnitPlaces,
    Optional<LocalDate> authorisationRequested,
    boolean veryDenseZone,
    Optional<LocalDate> opened,
    List<Integer> assistantAgrements)
    implements WithFacility {

  /**
   * Creates a facility.
   *
   * @throws io.github.esspetiteenfance.InvalidValueException if a capacity or an agrément is not
   *     positive
   */
  public Facility {
    Objects.requireNonNull(kind, "kind");
    capacity.ifPresent(c -> Inputs.positive("capacity", c));
    Objects.requireNonNull(ages, "ages");
    Objects.requireNonNull(ratioOption, "ratioOption");
    largestUnitPlaces.ifPresent(c -> Inputs.positive("largestUnitPlaces", c));
    Objects.requireNonNull(authorisationRequested, "authorisationRequested");
    Objects.requireNonNull(opened, "opened");
    assistantAgrements = List.copyOf(assistantAgrements);
    assistantAgrements.forEach(a -> Inputs.positive("assistantAgrements[]", a));
  }

  /**
   * Obtains a facility of a kind with an authorised capacity, nothing else known.
   *
   * @param kind the kind, not null
   * @param capacity the authorised capacity, positive
   * @return the facility, not parental, no ratio option stated
   */
  public static Facility of(StructureKind kind, int capacity) {
    return new Facility(
        kind,
        Optional.of(capacity),
        Optional.empty(),
        false,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        false,
        Optional.empty(),
        List.of());
  }

  /**
   * Obtains the facility of a structure: its kind, capacity, declared ages, management, opening
   * date and, for a MAM, the agréments of its assistants maternels.
   *
   * @param structure the structure, not null
   * @return the facility, with no ratio option, unit, request date or dense zone stated
   */
  public static Facility of(Structure structure) {
    Objects.requireNonNull(structure, "structure");
    boolean parental = structure instanceof Eaje eaje && eaje.isParental();
    List<Integer> agrements =
        structure instanceof MaisonAssistantsMaternels mam
            ? mam.assistants().stream().map(a -> a.agrement().children()).toList()
            : List.of();
    Optional<Integer> capacity =
        structure instanceof MaisonAssistantsMaternels
            ? Optional.empty()
            : structure.capacity().map(c -> c.places());
    return new Facility(
        structure.kind(),
        capacity,
        structure.ages(),
        parental,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        false,
        structure.opened().map(PartialDate::latest),
        agrements);
  }

  /**
   * Obtains the facility of an establishment: that of its structure.
   *
   * @param establishment the establishment, not null
   * @return the facility, with no ratio option, unit, request date or dense zone stated
   */
  public static Facility of(Establishment establishment) {
    return of(Objects.requireNonNull(establishment, "establishment").structure());
  }

  /**
   * Checks if this facility is an EAJE (établissement d'accueil du jeune enfant).
   *
   * @return true for the kinds of R2324-17 (crèches, haltes-garderies, multi-accueil,
   *     micro-crèches, crèches familiales, jardins d'enfants, crèches itinérantes)
   */
  public boolean isEaje() {
    return kind.family() == io.github.esspetiteenfance.structure.StructureFamily.EAJE;
  }

  /**
   * Checks if this facility is a collective crèche in the sense of R2324-46: a crèche collective,
   * halte-garderie, multi-accueil, micro-crèche or crèche itinérante.
   *
   * @return true for those kinds
   */
  public boolean isCollectiveCreche() {
    return switch (kind) {
      case CRECHE_COLLECTIVE, HALTE_GARDERIE, MULTI_ACCUEIL, MICRO_CRECHE, CRECHE_ITINERANTE ->
          true;
      default -> false;
    };
  }
}
