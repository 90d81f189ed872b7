package io.github.esspetiteenfance.territory;

import io.github.esspetiteenfance.CommonErrorCode;
import io.github.esspetiteenfance.InvalidValueException;
import io.github.esspetiteenfance.identifier.CodeCommune;
import io.github.esspetiteenfance.identifier.CodeRegion;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A région of the COG, such as {@code 52} Pays de la Loire (chef-lieu {@code 44109} Nantes) or
 * {@code 01} Guadeloupe.
 *
 * <p>Obtain the régions from {@link Cog#regions()} or {@link Cog#findRegion(CodeRegion)}; {@link
 * #parent()} is {@link France}, {@link #departements()} its départements in the bundled COG 2026.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param code the région code, not null
 * @param name the name with its article, as the COG's {@code LIBELLE}; not blank
 * @param chefLieu the code of the commune that is the région's chef-lieu (seat), not null
 */
public record Region(CodeRegion code, String name, CodeCommune chefLieu) implements Territory {

  /**
   * Creates a région.
   *
   * @throws InvalidValueException with code {@code territory.blank} if the name is blank
   */
  public Region {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(chefLieu, "chefLieu");
    if (name.isBlank()) {
      throw new InvalidValueException(CommonErrorCode.BLANK, "name", name);
    }
  }

  /**
   * Returns {@link TerritoryLevel#REGION}.
   *
   * @return the level, not null
   */
  @Override
  public TerritoryLevel level() {
    return TerritoryLevel.REGION;
  }

  /**
   * Returns {@link France}.
   *
   * @return France, never empty
   */
  @Override
  public Optional<Territory> parent() {
    return Optional.of(France.INSTANCE);
  }

  /**
   * Returns the départements of this région in the bundled COG 2026, sorted by code.
   *
   * @return the départements, not null
   * @throws UnknownTerritoryException with code {@code territory.region.unknown} if this région is
   *     not in the COG 2026
   */
  public List<Departement> departements() {
    return Cog.bundled().departements(code);
  }

  /** Returns the code and the name, such as {@code 52 Pays de la Loire}. */
  @Override
  public String toString() {
    return code + " " + name;
  }
}
