package io.github.esspetiteenfance.structure;

import java.util.Optional;
import java.util.Set;

/**
 * A kind of structure in early childhood, parenting support or child protection, with the
 * attributes that matter for it: a sealed hierarchy of records, one per {@link StructureKind}.
 *
 * <p>The hierarchy, by {@link StructureFamily}:
 *
 * <ul>
 *   <li>{@link Eaje}: {@link CrecheCollective}, {@link HalteGarderie}, {@link MultiAccueil}, {@link
 *       MicroCreche}, {@link CrecheFamiliale}, {@link JardinDEnfants}, {@link CrecheItinerante}. A
 *       crèche parentale is any of them with {@link Management#PARENTAL} management (CSP R2324-17
 *       IV), not a kind of its own;
 *   <li>{@link MaisonAssistantsMaternels};
 *   <li>{@link ParentingSupport}: {@link LieuAccueilEnfantsParents}, {@link RelaisPetiteEnfance},
 *       {@link EspaceDeRencontre}, {@link MediationFamiliale}, {@link CentreSocial}, and the {@link
 *       FamilyHousing} kinds {@link MaisonParentale}, {@link ResidenceMaternelle}, {@link
 *       CentreParental};
 *   <li>{@link ChildProtection}: {@link Aemo}, {@link PlacementFamilial}, {@link
 *       CentreEducatifRenforce};
 *   <li>{@link RecycleriePetiteEnfance}.
 * </ul>
 *
 * <p>Every record has a builder ({@code MicroCreche.builder()...build()}, {@code
 * MicroCreche.builder().from(microCreche).capacity(...).build()} derives a variant); invariants are
 * checked by the compact constructors, so they hold whichever way an instance is built. Attributes
 * a source may not give are {@link Optional} (or empty sets): the library never invents a capacity,
 * an age range or a date.
 *
 * <p>Every implementation is an immutable, thread-safe record.
 */
public sealed interface Structure
    permits Eaje,
        MaisonAssistantsMaternels,
        ParentingSupport,
        ChildProtection,
        RecycleriePetiteEnfance {

  /**
   * Returns the kind of this structure; its {@link StructureKind#code() code} is the stable type
   * discriminator of serialized forms.
   *
   * @return the kind, not null
   */
  StructureKind kind();

  /**
   * Returns the family of this structure's kind.
   *
   * @return the family, not null
   */
  default StructureFamily family() {
    return kind().family();
  }

  /**
   * Returns the weekly opening schedule, if known.
   *
   * @return the schedule, not null
   */
  Optional<OpeningHours> openingHours();

  /**
   * Returns the environmental and social commitments.
   *
   * @return the commitments, in a stable order, empty if none is known; not null
   */
  Set<Commitment> commitments();

  /**
   * Returns when the structure opened, to the precision known.
   *
   * @return the opening date, empty if not known; not null
   */
  Optional<PartialDate> opened();

  /**
   * Returns the number of places, if the kind has one and it is known: the authorised capacity of
   * an EAJE, the sum of the agréments of a MAM, the places of a housing or placement service.
   *
   * @return the capacity, empty for kinds without places or when not known; not null
   */
  default Optional<Capacity> capacity() {
    return Optional.empty();
  }

  /**
   * Returns the ages of the children concerned, if the kind has them and they are known.
   *
   * @return the age range, not null
   */
  default Optional<AgeRange> ages() {
    return Optional.empty();
  }

  /**
   * Returns the educational approaches, for kinds that care for children.
   *
   * @return the pedagogies, empty if none or not applicable; not null
   */
  default Set<Pedagogy> pedagogies() {
    return Set.of();
  }
}
