package io.github.esspetiteenfance.regulation;

import io.github.esspetiteenfance.structure.AgeRange;
import io.github.esspetiteenfance.structure.Capacity;
import io.github.esspetiteenfance.structure.Eaje;
import io.github.esspetiteenfance.structure.MaisonAssistantsMaternels;
import io.github.esspetiteenfance.structure.PartialDate;
import io.github.esspetiteenfance.structure.RatioOption;
import io.github.esspetiteenfance.structure.Structure;
import io.github.esspetiteenfance.structure.StructureFamily;
import io.github.esspetiteenfance.structure.StructureKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What the regulatory rules read about a structure, derived from it by {@link #of(Structure)}: its
 * kind, authorised capacity, declared ages, management and, for an EAJE, the regulatory facts it
 * carries (ratio option, largest unit, date of the authorisation request, very dense zone); for a
 * MAM, the agréments of its assistants maternels.
 *
 * <p>Not public: a structure is described once, by its record in the {@code structure} package, and
 * the checker reads it through this view. The rule tests of this package build views directly
 * ({@link #of(StructureKind, int)} and the withers) to reach every combination of facts.
 *
 * @param kind the kind of structure, not null
 * @param capacity the authorised capacity in places (for a MAM, unused: see {@code
 *     assistantAgrements}), positive if present
 * @param ages the ages of the children the structure declares it takes in, if known
 * @param parental true if known to be à gestion parentale (CSP R2324-50)
 * @param ratioOption the staffing ratio option chosen (R2324-46-4), empty if not stated: both
 *     options are then tried
 * @param largestUnitPlaces the places of its largest unité d'accueil, positive if present
 * @param authorisationRequested the date the authorisation request was filed
 * @param veryDenseZone whether it is located in a very densely populated zone, empty if not known
 * @param opened the date it opened; for a date known only to the month or year, its latest possible
 *     day
 * @param assistantAgrements for a MAM, the agrément (number of children) of each assistant maternel
 *     registered; empty if not known
 */
@Value.Style(
    newBuilder = "builder",
    throwForInvalidImmutableState = io.github.esspetiteenfance.MissingAttributesException.class,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    visibility = Value.Style.ImplementationVisibility.PACKAGE)
@Value.Builder
record Facility(
    StructureKind kind,
    Optional<Integer> capacity,
    Optional<AgeRange> ages,
    boolean parental,
    Optional<RatioOption> ratioOption,
    Optional<Integer> largestUnitPlaces,
    Optional<LocalDate> authorisationRequested,
    Optional<Boolean> veryDenseZone,
    Optional<LocalDate> opened,
    List<Integer> assistantAgrements) {

  Facility {
    Objects.requireNonNull(kind, "kind");
    capacity.ifPresent(c -> Inputs.positive("capacity", c));
    Objects.requireNonNull(ages, "ages");
    Objects.requireNonNull(ratioOption, "ratioOption");
    largestUnitPlaces.ifPresent(c -> Inputs.positive("largestUnitPlaces", c));
    Objects.requireNonNull(authorisationRequested, "authorisationRequested");
    Objects.requireNonNull(veryDenseZone, "veryDenseZone");
    Objects.requireNonNull(opened, "opened");
    assistantAgrements = List.copyOf(assistantAgrements);
    assistantAgrements.forEach(a -> Inputs.positive("assistantAgrements[]", a));
  }

  /** A view of a kind with an authorised capacity, nothing else known (rule tests). */
  static Facility of(StructureKind kind, int capacity) {
    return new Facility(
        kind,
        Optional.of(capacity),
        Optional.empty(),
        false,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        List.of());
  }

  /** The view of a structure: every fact the structure's record carries. */
  static Facility of(Structure structure) {
    Objects.requireNonNull(structure, "structure");
    List<Integer> agrements =
        structure instanceof MaisonAssistantsMaternels mam
            ? mam.assistants().stream().map(a -> a.agrement().children()).toList()
            : List.of();
    Optional<Integer> capacity =
        structure instanceof MaisonAssistantsMaternels
            ? Optional.empty()
            : structure.capacity().map(Capacity::places);
    Optional<LocalDate> opened = structure.opened().map(PartialDate::latest);
    if (structure instanceof Eaje eaje) {
      return new Facility(
          structure.kind(),
          capacity,
          structure.ages(),
          eaje.isParental(),
          eaje.ratioOption(),
          eaje.largestUnit().map(Capacity::places),
          eaje.authorisationRequested(),
          eaje.veryDenseZone(),
          opened,
          agrements);
    }
    return new Facility(
        structure.kind(),
        capacity,
        structure.ages(),
        false,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        opened,
        agrements);
  }

  /** True for the kinds of R2324-17. */
  boolean isEaje() {
    return kind.family() == StructureFamily.EAJE;
  }

  /**
   * True for a collective crèche in the sense of R2324-46: a crèche collective, halte-garderie,
   * multi-accueil, micro-crèche or crèche itinérante.
   */
  boolean isCollectiveCreche() {
    return switch (kind) {
      case CRECHE_COLLECTIVE, HALTE_GARDERIE, MULTI_ACCUEIL, MICRO_CRECHE, CRECHE_ITINERANTE ->
          true;
      default -> false;
    };
  }
}
