package io.github.esspetiteenfance.territory;

import io.github.esspetiteenfance.CommonErrorCode;
import io.github.esspetiteenfance.InvalidValueException;
import io.github.esspetiteenfance.identifier.CodeCommune;
import io.github.esspetiteenfance.identifier.CodeDepartement;
import io.github.esspetiteenfance.identifier.CodeRegion;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A département of the COG, such as {@code 44} Loire-Atlantique (chef-lieu {@code 44109} Nantes),
 * {@code 2A} Corse-du-Sud or {@code 971} Guadeloupe.
 *
 * <p>Obtain the départements from {@link Cog#departements()} or {@link
 * Cog#findDepartement(CodeDepartement)}; {@link #region()} and {@link #communes()} navigate the
 * bundled COG 2026.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param code the département code, not null
 * @param name the name with its article, as the COG's {@code LIBELLE}; not blank
 * @param regionCode the code of the région it belongs to, not null
 * @param chefLieu the code of the commune that is the département's chef-lieu (préfecture), not
 *     null
 */
public record Departement(
    CodeDepartement code, String name, CodeRegion regionCode, CodeCommune chefLieu)
    implements Territory {

  /**
   * Creates a département.
   *
   * @throws InvalidValueException with code {@code territory.blank} if the name is blank
   */
  public Departement {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(regionCode, "regionCode");
    Objects.requireNonNull(chefLieu, "chefLieu");
    if (name.isBlank()) {
      throw new InvalidValueException(CommonErrorCode.BLANK, "name", name);
    }
  }

  /**
   * Returns {@link TerritoryLevel#DEPARTEMENT}.
   *
   * @return the level, not null
   */
  @Override
  public TerritoryLevel level() {
    return TerritoryLevel.DEPARTEMENT;
  }

  /**
   * Returns the région of this département in the bundled COG 2026.
   *
   * @return the région, not null
   * @throws UnknownTerritoryException with code {@code territory.region.unknown} if its région is
   *     not in the COG 2026
   */
  public Region region() {
    return Cog.bundled().requireRegion(regionCode);
  }

  /**
   * Returns the région of this département, as a {@link Territory}.
   *
   * @return the région, never empty
   * @throws UnknownTerritoryException as {@link #region()}
   */
  @Override
  public Optional<Territory> parent() {
    return Optional.of(region());
  }

  /**
   * Returns the current communes ({@link CommuneType#COM}) of this département in the bundled COG
   * 2026, sorted by code.
   *
   * @return the communes, not null
   * @throws UnknownTerritoryException with code {@code territory.departement.unknown} if this
   *     département is not in the COG 2026
   */
  public List<Commune> communes() {
    return Cog.bundled().communes(code);
  }

  /** Returns the code and the name, such as {@code 44 Loire-Atlantique}. */
  @Override
  public String toString() {
    return code + " " + name;
  }
}
