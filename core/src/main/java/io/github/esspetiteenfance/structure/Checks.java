package io.github.esspetiteenfance.structure;

import io.github.esspetiteenfance.CommonErrorCode;
import io.github.esspetiteenfance.InvalidValueException;
import io.github.esspetiteenfance.internal.TextChecks;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** Shared invariant checks of the package; not part of the API. */
final class Checks {

  /**
   * The Bean Validation pattern of an optional text that must not be blank when present (see {@link
   * TextChecks#NON_BLANK}).
   */
  static final String NON_BLANK = TextChecks.NON_BLANK;

  private Checks() {}

  /** Rejects a blank text. */
  static String nonBlank(String value, String field) {
    return TextChecks.nonBlank(value, field, CommonErrorCode.BLANK);
  }

  /** Rejects a present but blank optional text (see {@link #NON_BLANK}). */
  static Optional<String> nonBlank(Optional<String> value, String field) {
    return TextChecks.nonBlank(value, field, CommonErrorCode.BLANK);
  }

  /** Rejects an {@code OTHER} type without a label. */
  static void labelForOther(Labelled type, Optional<String> label, String field) {
    Objects.requireNonNull(type, "type");
    nonBlank(label, field);
    if (type.isOther() && label.isEmpty()) {
      throw new InvalidValueException(StructureErrorCode.OTHER_WITHOUT_LABEL, field, null, type);
    }
  }

  /** Copies a list, rejecting null elements. */
  static <T> List<T> list(List<T> values, String field) {
    Objects.requireNonNull(values, field);
    return List.copyOf(values);
  }

  /**
   * Copies a set into an unmodifiable set iterated in a stable order (so that serialized forms are
   * deterministic), rejecting null elements.
   */
  static <T> Set<T> sortedSet(Collection<T> values, Comparator<? super T> order, String field) {
    Objects.requireNonNull(values, field);
    values.forEach(v -> Objects.requireNonNull(v, field + "[]"));
    if (values.size() <= 1) {
      return values.isEmpty() ? Set.of() : Set.of(values.iterator().next());
    }
    List<T> sorted = new java.util.ArrayList<>(values);
    sorted.sort(order);
    return Collections.unmodifiableSet(new LinkedHashSet<>(sorted));
  }

  /** Copies a set of enum constants, iterated in declaration order. */
  static <E extends Enum<E>> Set<E> enumSet(Collection<E> values, String field) {
    return sortedSet(values, Comparator.naturalOrder(), field);
  }

  /**
   * Checks the regulatory facts of an EAJE: present (possibly empty) optionals, the places for
   * children with disabilities and the largest unit at most the capacity.
   */
  static void eaje(
      Optional<Capacity> capacity,
      Optional<InclusiveCare> inclusiveCare,
      Optional<RatioOption> ratioOption,
      Optional<Capacity> largestUnit,
      Optional<java.time.LocalDate> authorisationRequested,
      Optional<Boolean> veryDenseZone) {
    java.util.Objects.requireNonNull(capacity, "capacity");
    java.util.Objects.requireNonNull(inclusiveCare, "inclusiveCare");
    java.util.Objects.requireNonNull(ratioOption, "ratioOption");
    java.util.Objects.requireNonNull(largestUnit, "largestUnit");
    java.util.Objects.requireNonNull(authorisationRequested, "authorisationRequested");
    java.util.Objects.requireNonNull(veryDenseZone, "veryDenseZone");
    if (capacity.isPresent() && inclusiveCare.isPresent()) {
      inclusiveCare.get().checkWithin(capacity.get());
    }
    if (capacity.isPresent()
        && largestUnit.isPresent()
        && largestUnit.get().places() > capacity.get().places()) {
      throw new InvalidValueException(
          StructureErrorCode.UNIT_EXCEEDS_CAPACITY,
          "largestUnit",
          largestUnit.get().places(),
          capacity.get().places());
    }
  }

  /** Checks that a multi-accueil's modes, when given, combine two modes of one dimension. */
  static void multiAccueil(Set<CareMode> modes) {
    if (modes.isEmpty()) {
      return;
    }
    boolean settings = modes.contains(CareMode.COLLECTIVE) && modes.contains(CareMode.FAMILIAL);
    boolean attendance = modes.contains(CareMode.REGULAR) && modes.contains(CareMode.OCCASIONAL);
    if (!settings && !attendance) {
      throw new InvalidValueException(
          StructureErrorCode.MULTI_ACCUEIL_NOT_COMBINED, "modes", modes);
    }
  }

  /** Checks the number of assistants maternels of a crèche familiale. */
  static void familiale(Optional<Integer> assistantsMaternels) {
    assistantsMaternels.ifPresent(
        n -> {
          if (n < 1) {
            throw new InvalidValueException(
                StructureErrorCode.CRECHE_FAMILIALE_NO_ASSISTANT, "assistantsMaternels", n, 1);
          }
        });
  }

  /** Checks that the stops of an itinerary have distinct places. */
  static void distinctPlaces(List<ItineraryStop> stops) {
    Set<String> seen = new java.util.HashSet<>();
    for (int i = 0; i < stops.size(); i++) {
      String place = stops.get(i).place().strip().toLowerCase(java.util.Locale.ROOT);
      if (!seen.add(place)) {
        throw new InvalidValueException(
            StructureErrorCode.ITINERARY_DUPLICATE_STOP,
            "stops[" + i + "].place",
            stops.get(i).place());
      }
    }
  }

  /** Checks the number of assistants maternels of a MAM. */
  static void mam(List<AssistantMaternel> assistants) {
    int n = assistants.size();
    if (n < MaisonAssistantsMaternels.MIN_ASSISTANTS
        || n > MaisonAssistantsMaternels.MAX_ASSISTANTS) {
      throw new InvalidValueException(
          StructureErrorCode.MAM_ASSISTANTS_COUNT,
          "assistants",
          n,
          MaisonAssistantsMaternels.MIN_ASSISTANTS,
          MaisonAssistantsMaternels.MAX_ASSISTANTS);
    }
  }
}
