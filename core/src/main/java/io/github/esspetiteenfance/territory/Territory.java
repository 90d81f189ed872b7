package io.github.esspetiteenfance.territory;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A territory of the INSEE Code officiel géographique (COG): {@link France}, a {@link Region}, a
 * {@link Departement} or a {@link Commune}.
 *
 * <p>The hierarchy is the COG's: France contains the régions, a région its départements, a
 * département its communes, and a commune its communes déléguées, communes associées or
 * arrondissements municipaux (see {@link CommuneType}). {@link #parent()} walks up that hierarchy
 * and {@link #contains(Territory)} tests it, both through the bundled COG 2026 ({@link
 * Cog#bundled()}).
 *
 * <p>Switch on the four kinds with a pattern-matching {@code switch} or {@code instanceof}: the
 * interface is sealed.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public sealed interface Territory permits France, Region, Departement, Commune {

  /**
   * Returns the level of this territory in the hierarchy.
   *
   * @return the level, not null
   */
  TerritoryLevel level();

  /**
   * Returns the code of this territory: a {@link io.github.esspetiteenfance.identifier.CodeRegion},
   * {@link io.github.esspetiteenfance.identifier.CodeDepartement} or {@link
   * io.github.esspetiteenfance.identifier.CodeCommune} (each record narrows the type), or the text
   * {@code "FR"} for France. Its {@code toString()} is the canonical code.
   *
   * @return the code, not null
   */
  Object code();

  /**
   * Returns the one textual reference of this territory, read back by {@link Cog#territory(String)}
   * and used by the data files and the JSON format: {@code "FR"}, {@code "region:52"}, {@code
   * "departement:44"}, {@code "commune:44109"}, and for the parts of a commune {@code "comd:…"},
   * {@code "coma:…"}, {@code "arm:75101"} (the kind of COG row, in lower case).
   *
   * @return the reference, not null
   */
  default String reference() {
    if (this instanceof France) {
      return "FR";
    }
    if (this instanceof Region r) {
      return "region:" + r.code();
    }
    if (this instanceof Departement d) {
      return "departement:" + d.code();
    }
    Commune c = (Commune) this;
    String kind =
        c.type() == CommuneType.COM
            ? "commune"
            : c.type().name().toLowerCase(java.util.Locale.ROOT);
    return kind + ":" + c.code();
  }

  /**
   * Returns the name of this territory, with its article when it has one, as the COG writes it
   * ({@code LIBELLE} column), such as {@code "La Roche-sur-Yon"} or {@code "Pays de la Loire"}.
   *
   * @return the name, not blank
   */
  String name();

  /**
   * Returns the territory directly above this one in the COG 2026: France for a région, its région
   * for a département, its département for a commune, its commune de rattachement for a commune
   * déléguée, associée or an arrondissement municipal.
   *
   * @return the parent, empty for France only
   * @throws UnknownTerritoryException if this territory names a parent that the bundled COG 2026
   *     does not have (only possible for a territory built by hand rather than looked up)
   */
  Optional<Territory> parent();

  /**
   * Returns the territories above this one, from its parent up to France.
   *
   * @return the ancestors, nearest first; empty for France
   * @throws UnknownTerritoryException as {@link #parent()}
   */
  default List<Territory> ancestors() {
    List<Territory> ancestors = new ArrayList<>();
    for (Optional<Territory> t = parent(); t.isPresent(); t = t.get().parent()) {
      ancestors.add(t.get());
    }
    return List.copyOf(ancestors);
  }

  /**
   * Checks if this territory contains another one: if it is the other territory itself or one of
   * its {@link #ancestors()}. France contains every territory; a département contains its communes
   * and their communes déléguées; a commune does not contain its département.
   *
   * @param other the other territory, not null
   * @return true if {@code other} is this territory or lies within it
   * @throws UnknownTerritoryException as {@link #parent()}
   */
  default boolean contains(Territory other) {
    for (Optional<Territory> t = Optional.of(other); t.isPresent(); t = t.get().parent()) {
      if (t.get().equals(this)) {
        return true;
      }
      if (t.get().level().isAbove(level())) {
        return false;
      }
    }
    return false;
  }
}
