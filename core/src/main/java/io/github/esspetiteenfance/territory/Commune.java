package io.github.esspetiteenfance.territory;

import io.github.esspetiteenfance.CommonErrorCode;
import io.github.esspetiteenfance.InvalidValueException;
import io.github.esspetiteenfance.identifier.CodeCommune;
import io.github.esspetiteenfance.identifier.CodeDepartement;
import io.github.esspetiteenfance.identifier.CodeRegion;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A commune row of the COG: a current commune ({@link CommuneType#COM}), or a commune déléguée
 * ({@link CommuneType#COMD}), a commune associée ({@link CommuneType#COMA}) or an arrondissement
 * municipal ({@link CommuneType#ARM}) that belongs to one.
 *
 * <p>Examples in the COG 2026: {@code 44100} Monnières and {@code 44109} Nantes (Loire-Atlantique,
 * région 52), {@code 85047} Challans (Vendée), {@code 2A004} Ajaccio (Corse-du-Sud), {@code 97105}
 * Basse-Terre (Guadeloupe).
 *
 * <p>A code is not always the code of one row: the chef-lieu commune déléguée of a commune nouvelle
 * often keeps the commune nouvelle's code, so the COG has both a COM and a COMD row with that code
 * (see {@link Cog#communesWithCode}). The département of a commune is not always the start of its
 * code either: a commune associée or déléguée keeps its former code when the commune it belongs to
 * lies in another département ({@code 79224} Le Puy-Saint-Bonnet, commune associée of {@code 49099}
 * Cholet, is in Maine-et-Loire). The COG leaves the département and région of COMD and COMA rows
 * empty; the library gives them those of their commune de rattachement ({@code COMPARENT}).
 *
 * <p>Obtain communes from {@link Cog}; {@link #departement()}, {@link #region()} and {@link
 * #parent()} navigate the bundled COG 2026.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param code the INSEE code, not null
 * @param type the kind of row, not null
 * @param name the name with its article, as the COG's {@code LIBELLE}; not blank
 * @param departementCode the code of its département (that of its commune de rattachement for a
 *     COMD or a COMA), not null
 * @param regionCode the code of its région, not null
 * @param parentCode the commune de rattachement ({@code COMPARENT}): empty for a COM, present
 *     otherwise
 */
@Value.Style(
    newBuilder = "builder",
    throwForInvalidImmutableState = io.github.esspetiteenfance.MissingAttributesException.class,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    visibility = Value.Style.ImplementationVisibility.PACKAGE)
@Value.Builder
@SuppressWarnings("immutables:from") // code() narrows Territory.code()
public record Commune(
    CodeCommune code,
    CommuneType type,
    String name,
    CodeDepartement departementCode,
    CodeRegion regionCode,
    Optional<CodeCommune> parentCode)
    implements Territory {

  /**
   * Creates a commune row.
   *
   * @throws InvalidValueException with code {@code territory.blank} if the name is blank, {@code
   *     territory.commune.parent-unexpected} if a COM has a parent commune, {@code
   *     territory.commune.parent-missing} if a COMD, COMA or ARM has none
   */
  public Commune {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(departementCode, "departementCode");
    Objects.requireNonNull(regionCode, "regionCode");
    Objects.requireNonNull(parentCode, "parentCode");
    if (name.isBlank()) {
      throw new InvalidValueException(CommonErrorCode.BLANK, "name", name);
    }
    if (type.isCurrentCommune() && parentCode.isPresent()) {
      throw new InvalidValueException(
          TerritoryErrorCode.COMMUNE_PARENT_UNEXPECTED, "parentCode", parentCode.get());
    }
    if (!type.isCurrentCommune() && parentCode.isEmpty()) {
      throw new InvalidValueException(
          TerritoryErrorCode.COMMUNE_PARENT_MISSING, "parentCode", null, type);
    }
  }

  /**
   * Returns {@link TerritoryLevel#COMMUNE}, whatever the {@link #type()}.
   *
   * @return the level, not null
   */
  @Override
  public TerritoryLevel level() {
    return TerritoryLevel.COMMUNE;
  }

  /**
   * Checks if this row is a current commune of its COG vintage ({@link CommuneType#COM}).
   *
   * @return true for a COM, false for a COMD, COMA or ARM
   */
  public boolean isCurrent() {
    return type.isCurrentCommune();
  }

  /**
   * Returns the département of this commune in the bundled COG 2026.
   *
   * @return the département, not null
   * @throws UnknownTerritoryException with code {@code territory.departement.unknown} if its
   *     département is not in the COG 2026
   */
  public Departement departement() {
    return Cog.bundled().requireDepartement(departementCode);
  }

  /**
   * Returns the région of this commune in the bundled COG 2026.
   *
   * @return the région, not null
   * @throws UnknownTerritoryException with code {@code territory.region.unknown} if its région is
   *     not in the COG 2026
   */
  public Region region() {
    return Cog.bundled().requireRegion(regionCode);
  }

  /**
   * Returns the commune de rattachement of a commune déléguée, associée or arrondissement municipal
   * in the bundled COG 2026.
   *
   * @return the current commune it belongs to; empty for a COM
   * @throws UnknownTerritoryException with code {@code territory.commune.unknown} if that commune
   *     is not in the COG 2026
   */
  public Optional<Commune> parentCommune() {
    return parentCode.map(Cog.bundled()::requireCommune);
  }

  /**
   * Returns the territory directly above this row: its département for a COM, its commune de
   * rattachement for a COMD, a COMA or an ARM.
   *
   * @return the parent, never empty
   * @throws UnknownTerritoryException if that territory is not in the bundled COG 2026
   */
  @Override
  public Optional<Territory> parent() {
    return Optional.of(parentCode.isPresent() ? parentCommune().orElseThrow() : departement());
  }

  /**
   * Returns the communes déléguées, associées or arrondissements municipaux that belong to this
   * commune in the bundled COG 2026, sorted by code.
   *
   * @return the parts, empty for most communes and for a row that is not a COM
   */
  public List<Commune> subdivisions() {
    return isCurrent() ? Cog.bundled().subdivisions(code) : List.of();
  }

  /**
   * Returns the code and the name, with the type for a row that is not a COM, such as {@code 44109
   * Nantes} or {@code 79224 Le Puy-Saint-Bonnet (COMA of 49099)}.
   */
  @Override
  public String toString() {
    return code + " " + name + parentCode.map(p -> " (" + type + " of " + p + ")").orElse("");
  }
}
