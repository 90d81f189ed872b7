package io.github.esspetiteenfance.network;

import io.github.esspetiteenfance.CommonErrorCode;
import io.github.esspetiteenfance.InvalidValueException;
import io.github.esspetiteenfance.territory.Territory;
import java.time.Year;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A network that federates organizations of the ESS: a national federation, a regional union, a
 * départemental pole...
 *
 * <p>A network is identified by its {@link #key()}, a stable lower-case key such as {@code
 * "familles-rurales"}, which {@link io.github.esspetiteenfance.organization.Membership} refers to.
 * Its acronym is optional: the library does not coin acronyms the sources do not use.
 *
 * <p>Invariants, checked on construction: the key's format; the {@link #level()} matches the level
 * of the {@link #territory()} ({@link NetworkErrorCode#LEVEL_TERRITORY_MISMATCH}); every figure's
 * territory lies within the network's ({@link NetworkErrorCode#FIGURE_OUTSIDE_TERRITORY}); it
 * federates at least one kind of member, none twice; no two figures count the same thing for the
 * same territory and year.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param key the stable key, lower-case letters, digits and hyphens
 * @param name the full name, not blank
 * @param acronym the acronym the sources use, if any
 * @param legalStatus the legal status, not null
 * @param territory the territory the network acts in, not null
 * @param level the level, matching the territory's; not null
 * @param federates the kinds of member it federates, not empty
 * @param figures its published figures; not null
 * @param parent the name of the national or higher network it belongs to, if any
 * @param source where the facts about the network were read, not null
 * @param note history and open points, empty if none; not null
 */
@Value.Builder
public record Network(
    String key,
    String name,
    Optional<String> acronym,
    NetworkLegalStatus legalStatus,
    Territory territory,
    NetworkLevel level,
    List<MemberKind> federates,
    List<NetworkFigure> figures,
    Optional<String> parent,
    Citation source,
    String note) {

  private static final Pattern KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  /**
   * Creates a network.
   *
   * @throws InvalidValueException if an invariant of the class documentation is broken
   */
  public Network {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(acronym, "acronym");
    Objects.requireNonNull(legalStatus, "legalStatus");
    Objects.requireNonNull(territory, "territory");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(parent, "parent");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(note, "note");
    federates = List.copyOf(federates);
    figures = List.copyOf(figures);
    if (!KEY.matcher(key).matches()) {
      throw new InvalidValueException(NetworkErrorCode.KEY_FORMAT, "key", key);
    }
    requireText("name", name);
    acronym.ifPresent(a -> requireText("acronym", a));
    parent.ifPresent(p -> requireText("parent", p));
    if (territory.level() != level.territoryLevel()) {
      throw new InvalidValueException(
          NetworkErrorCode.LEVEL_TERRITORY_MISMATCH,
          "territory",
          level,
          territory,
          territory.level());
    }
    if (federates.isEmpty()) {
      throw new InvalidValueException(NetworkErrorCode.NOTHING_FEDERATED, "federates", federates);
    }
    if (new HashSet<>(federates).size() != federates.size()) {
      throw new InvalidValueException(CommonErrorCode.DUPLICATE, "federates", federates);
    }
    Set<List<Object>> seen = new HashSet<>();
    for (int i = 0; i < figures.size(); i++) {
      NetworkFigure f = figures.get(i);
      if (!territory.contains(f.scope())) {
        throw new InvalidValueException(
            NetworkErrorCode.FIGURE_OUTSIDE_TERRITORY, "figures[" + i + "]", f.scope(), territory);
      }
      if (!seen.add(List.of(f.kind(), f.scope(), f.year().map(Year::getValue).orElse(0)))) {
        throw new InvalidValueException(CommonErrorCode.DUPLICATE, "figures", f.kind());
      }
    }
  }

  private static void requireText(String field, String value) {
    io.github.esspetiteenfance.internal.TextChecks.characters(value, field);
    if (value.isBlank()) {
      throw new InvalidValueException(CommonErrorCode.BLANK, field, value);
    }
  }

  /**
   * Returns the figures of one kind, for any territory and year.
   *
   * @param kind what is counted, not null
   * @return the figures, in the order of {@link #figures()}; not null
   */
  public List<NetworkFigure> figures(FigureKind kind) {
    Objects.requireNonNull(kind, "kind");
    return figures.stream().filter(f -> f.kind() == kind).toList();
  }

  /**
   * Returns the figure of one kind for one territory, whatever its year (the first listed).
   *
   * @param kind what is counted, not null
   * @param scope the territory, not null
   * @return the figure, empty if the network published none
   */
  public Optional<NetworkFigure> figure(FigureKind kind, Territory scope) {
    Objects.requireNonNull(scope, "scope");
    return figures(kind).stream().filter(f -> f.scope().equals(scope)).findFirst();
  }

  /**
   * Checks if this network federates a kind of member.
   *
   * @param kind the kind, not null
   * @return true if {@link #federates()} holds it
   */
  public boolean federates(MemberKind kind) {
    return federates.contains(kind);
  }
}
