package io.github.esspetiteenfance.establishment;

import io.github.esspetiteenfance.InvalidValueException;
import io.github.esspetiteenfance.identifier.CodeCommune;
import io.github.esspetiteenfance.identifier.CodeDepartement;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Where a site is, to the precision the source gives: a commune, a département, or one of several
 * départements.
 *
 * <p>Sources do not always name a commune: the seed places Inalta's meeting points "en Mayenne et
 * Sarthe" only, and its other establishments somewhere in Maine-et-Loire, Mayenne or Sarthe. The
 * library never invents the missing commune: it keeps what is known.
 *
 * <ul>
 *   <li>{@code Location.of(CodeCommune.of("44100"))}: in Monnières;
 *   <li>{@code Location.inDepartement(CodeDepartement.of("53"))}: somewhere in Mayenne;
 *   <li>{@code Location.inOneOf(49, 53, 72)}: in one of these départements, which is not known.
 * </ul>
 *
 * <p>Invariant: exactly one of the commune and the départements is given.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param commune the commune (INSEE code), if known
 * @param departements when the commune is not known, the départements the site may be in (one when
 *     the département is known); empty when the commune is given; iterated in code order
 */
public record Location(Optional<CodeCommune> commune, Set<CodeDepartement> departements) {

  /**
   * Creates a location.
   *
   * @throws InvalidValueException with code {@link EstablishmentErrorCode#LOCATION_UNKNOWN} or
   *     {@link EstablishmentErrorCode#LOCATION_OVERSPECIFIED}
   */
  public Location {
    Objects.requireNonNull(commune, "commune");
    Objects.requireNonNull(departements, "departements");
    departements.forEach(d -> Objects.requireNonNull(d, "departements[]"));
    departements = sorted(departements);
    if (commune.isEmpty() && departements.isEmpty()) {
      throw new InvalidValueException(
          EstablishmentErrorCode.LOCATION_UNKNOWN, "location", departements);
    }
    if (commune.isPresent() && !departements.isEmpty()) {
      throw new InvalidValueException(
          EstablishmentErrorCode.LOCATION_OVERSPECIFIED,
          "departements",
          commune.get(),
          departements);
    }
  }

  /** Copies the départements in the order of their codes (no copy to sort for one or none). */
  private static Set<CodeDepartement> sorted(Set<CodeDepartement> departements) {
    if (departements.size() <= 1) {
      return departements.isEmpty() ? Set.of() : Set.of(departements.iterator().next());
    }
    List<CodeDepartement> sorted =
        departements.stream().sorted(Comparator.comparing(CodeDepartement::toString)).toList();
    return Collections.unmodifiableSet(new LinkedHashSet<>(sorted));
  }

  /**
   * Obtains the location of a commune.
   *
   * @param commune the commune, not null
   * @return the location, not null
   */
  public static Location of(CodeCommune commune) {
    return new Location(Optional.of(commune), Set.of());
  }

  /**
   * Obtains a location known to the département only.
   *
   * @param departement the département, not null
   * @return the location, not null
   */
  public static Location inDepartement(CodeDepartement departement) {
    return new Location(Optional.empty(), Set.of(departement));
  }

  /**
   * Obtains a location known to be in one of several départements.
   *
   * @param departements the départements, at least one, not null
   * @return the location, not null
   */
  public static Location inOneOf(CodeDepartement... departements) {
    return new Location(Optional.empty(), new LinkedHashSet<>(Arrays.asList(departements)));
  }

  /**
   * Returns the département, if it is known: the commune's, or the only one given.
   *
   * @return the département, empty when the site may be in several; not null
   */
  public Optional<CodeDepartement> departement() {
    if (commune.isPresent()) {
      return Optional.of(commune.get().departement());
    }
    return departements.size() == 1 ? departements.stream().findFirst() : Optional.empty();
  }

  /**
   * Returns the départements the site may be in: the known one, or the candidates.
   *
   * @return the départements, at least one, not null
   */
  public Set<CodeDepartement> possibleDepartements() {
    return departement().map(Set::of).orElse(departements);
  }

  /** Returns a text such as {@code "44100"}, {@code "dep 53"} or {@code "dep 49|53|72"}. */
  @Override
  public String toString() {
    return commune
        .map(CodeCommune::toString)
        .orElseGet(
            () ->
                "dep "
                    + String.join(
                        "|", departements.stream().map(CodeDepartement::toString).toList()));
  }
}
