package io.github.esspetiteenfance.territory;

import io.github.esspetiteenfance.InvalidValueException;
import io.github.esspetiteenfance.identifier.CodeCommune;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The current commune(s) of the COG that a commune code stands for today, and how they were found:
 * the answer of {@link Cog#resolveCurrent(CodeCommune)}.
 *
 * <p>SIRENE, FINESS and older datasets still carry codes of communes that have merged since. A code
 * resolves in one of three ways ({@link #method()}):
 *
 * <ul>
 *   <li>{@link ResolutionMethod#ALREADY_CURRENT}: it is a current commune ({@code 44109} Nantes);
 *   <li>{@link ResolutionMethod#VIA_PARENT}: it is a commune déléguée, associée or arrondissement
 *       municipal, and {@link #part()} is that row; the current commune is its commune de
 *       rattachement ({@code COMPARENT});
 *   <li>{@link ResolutionMethod#VIA_MOVEMENTS}: it is a former commune that the COG no longer
 *       lists; {@link #movements()} are the movements followed forward in time to reach the current
 *       commune(s), {@link #effectiveDate()} the date of the last one.
 * </ul>
 *
 * <p>Usually one commune results; a commune whose territory was shared out between several communes
 * (an INSEE "suppression", such as {@code 08227} Hocmont in 1968) gives several.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param requested the code that was resolved, not null
 * @param method how it was resolved, not null
 * @param communes the current communes ({@link CommuneType#COM}), sorted by code; not empty
 * @param part the commune déléguée, associée or arrondissement municipal with the requested code,
 *     present for {@link ResolutionMethod#VIA_PARENT} only
 * @param movements the movements followed, sorted by date; not empty for {@link
 *     ResolutionMethod#VIA_MOVEMENTS}, empty otherwise
 */
public record CommuneResolution(
    CodeCommune requested,
    ResolutionMethod method,
    List<Commune> communes,
    Optional<Commune> part,
    List<CommuneMovement> movements) {

  /**
   * Creates a resolution.
   *
   * @throws InvalidValueException with code {@code territory.resolution.inconsistent} if the
   *     components do not match the method: no commune, a commune that is not a COM, a {@link
   *     #part()} or {@link #movements()} where the method has none, or the reverse
   */
  public CommuneResolution {
    Objects.requireNonNull(requested, "requested");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(part, "part");
    communes =
        List.copyOf(communes).stream()
            .sorted(Comparator.comparing(c -> c.code().toString()))
            .toList();
    movements =
        List.copyOf(movements).stream()
            .sorted(Comparator.comparing(CommuneMovement::date))
            .toList();
    String problem = problem(requested, method, communes, part, movements);
    if (problem != null) {
      throw new InvalidValueException(
          TerritoryErrorCode.RESOLUTION_INCONSISTENT, "requested", requested, method, problem);
    }
  }

  private static String problem(
      CodeCommune requested,
      ResolutionMethod method,
      List<Commune> communes,
      Optional<Commune> part,
      List<CommuneMovement> movements) {
    if (communes.isEmpty()) {
      return "no commune";
    }
    if (!communes.stream().allMatch(Commune::isCurrent)) {
      return "a resulting commune is not a COM";
    }
    boolean single = communes.size() == 1;
    return switch (method) {
      case ALREADY_CURRENT ->
          single
                  && communes.get(0).code().equals(requested)
                  && part.isEmpty()
                  && movements.isEmpty()
              ? null
              : "ALREADY_CURRENT needs the requested commune alone, no part, no movement";
      case VIA_PARENT ->
          single
                  && part.isPresent()
                  && !part.get().isCurrent()
                  && part.get().code().equals(requested)
                  && part.get().parentCode().orElseThrow().equals(communes.get(0).code())
                  && movements.isEmpty()
              ? null
              : "VIA_PARENT needs the part with the requested code and its parent alone";
      case VIA_MOVEMENTS ->
          part.isEmpty() && !movements.isEmpty() ? null : "VIA_MOVEMENTS needs movements, no part";
    };
  }

  /**
   * Returns the date of the last movement followed: from that date on, the requested code stands
   * for the {@link #communes()}.
   *
   * @return the date, empty unless the method is {@link ResolutionMethod#VIA_MOVEMENTS}
   */
  public Optional<LocalDate> effectiveDate() {
    return movements.isEmpty()
        ? Optional.empty()
        : Optional.of(movements.get(movements.size() - 1).date());
  }

  /**
   * Returns the single current commune, when the code resolves to one only (the usual case).
   *
   * @return the commune, empty if the code resolves to several
   */
  public Optional<Commune> unique() {
    return communes.size() == 1 ? Optional.of(communes.get(0)) : Optional.empty();
  }
}
