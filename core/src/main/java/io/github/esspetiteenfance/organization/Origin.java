package io.github.esspetiteenfance.organization;

import io.github.esspetiteenfance.CommonErrorCode;
import io.github.esspetiteenfance.InvalidValueException;
import java.time.Year;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How and when an organization came into being: a creation, or a merger of named predecessors.
 *
 * <p>Predecessors are held by name: the sources that tell of a merger rarely give the predecessors'
 * identifiers, and the library never invents one. The {@link #note()} keeps the source's own words.
 *
 * <pre>
 *   // "L'association Inalta est née de la fusion des associations Sauvegarde de l'Enfance
 *   //  de la Mayenne et de la Sarthe."
 *   Origin.merger(
 *       List.of("Sauvegarde de l'Enfance de la Mayenne", "Sauvegarde de l'Enfance de la Sarthe"),
 *       "née de la fusion des associations Sauvegarde de l'Enfance de la Mayenne et de la Sarthe");
 * </pre>
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param kind creation or merger, not null
 * @param year the year it happened, if known
 * @param predecessors the predecessors' names: none for a creation, two or more for a merger
 * @param note the source's wording or an explanation, empty if none; not null
 */
public record Origin(OriginKind kind, Optional<Year> year, List<String> predecessors, String note) {

  /**
   * Creates an origin.
   *
   * @throws InvalidValueException with code {@link OrganizationErrorCode#MERGER_PREDECESSORS} if a
   *     merger has fewer than two predecessors, {@link OrganizationErrorCode#CREATION_PREDECESSORS}
   *     if a creation has any, {@link CommonErrorCode#BLANK} for a blank name, {@link
   *     CommonErrorCode#DUPLICATE} for a name given twice
   */
  public Origin {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(year, "year");
    Objects.requireNonNull(note, "note");
    predecessors = List.copyOf(predecessors);
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < predecessors.size(); i++) {
      String name = predecessors.get(i);
      if (name.isBlank()) {
        throw new InvalidValueException(CommonErrorCode.BLANK, "predecessors[" + i + "]", name);
      }
      if (!seen.add(name)) {
        throw new InvalidValueException(CommonErrorCode.DUPLICATE, "predecessors", name);
      }
    }
    if (kind == OriginKind.MERGER && predecessors.size() < 2) {
      throw new InvalidValueException(
          OrganizationErrorCode.MERGER_PREDECESSORS, "predecessors", predecessors.size());
    }
    if (kind == OriginKind.CREATION && !predecessors.isEmpty()) {
      throw new InvalidValueException(
          OrganizationErrorCode.CREATION_PREDECESSORS, "predecessors", predecessors.size());
    }
  }

  /**
   * Obtains the origin of an organization created from scratch, in a year not known.
   *
   * @param note the source's wording, empty if none; not null
   * @return the origin, not null
   */
  public static Origin creation(String note) {
    return new Origin(OriginKind.CREATION, Optional.empty(), List.of(), note);
  }

  /**
   * Obtains the origin of an organization created from scratch in a year.
   *
   * @param year the year of creation, not null
   * @param note the source's wording, empty if none; not null
   * @return the origin, not null
   */
  public static Origin creation(Year year, String note) {
    return new Origin(
        OriginKind.CREATION, Optional.of(Objects.requireNonNull(year, "year")), List.of(), note);
  }

  /**
   * Obtains the origin of an organization born of a merger, in a year not known.
   *
   * @param predecessors the names of the merged organizations, two or more; not null
   * @param note the source's wording, empty if none; not null
   * @return the origin, not null
   * @throws InvalidValueException if fewer than two predecessors are given
   */
  public static Origin merger(List<String> predecessors, String note) {
    return new Origin(OriginKind.MERGER, Optional.empty(), predecessors, note);
  }

  /**
   * Obtains the origin of an organization born of a merger in a year.
   *
   * @param year the year of the merger, not null
   * @param predecessors the names of the merged organizations, two or more; not null
   * @param note the source's wording, empty if none; not null
   * @return the origin, not null
   * @throws InvalidValueException if fewer than two predecessors are given
   */
  public static Origin merger(Year year, List<String> predecessors, String note) {
    return new Origin(
        OriginKind.MERGER, Optional.of(Objects.requireNonNull(year, "year")), predecessors, note);
  }
}
