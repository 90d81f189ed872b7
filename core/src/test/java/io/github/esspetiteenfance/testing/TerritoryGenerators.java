package io.github.esspetiteenfance.testing;

import io.github.esspetiteenfance.identifier.CodeCommune;
import io.github.esspetiteenfance.identifier.CodePostal;
import io.github.esspetiteenfance.territory.Cog;
import io.github.esspetiteenfance.territory.Commune;
import io.github.esspetiteenfance.territory.CommuneMovement;
import io.github.esspetiteenfance.territory.Departement;
import io.github.esspetiteenfance.territory.Postcodes;
import io.github.esspetiteenfance.territory.Region;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of real territories, drawn from the COG 2026 and the postcode table
 * bundled with the library ({@link Cog#bundled()}, {@link Postcodes#bundled()}).
 *
 * <p>Unlike {@link IdentifierGenerators}, whose codes are only syntactically valid, every value
 * here exists in the bundled data, so tests can write properties of the data itself.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TerritoryGenerators {

  private TerritoryGenerators() {}

  /**
   * Returns a generator of the régions of the COG 2026.
   *
   * @return the generator, not null
   */
  public static Gen<Region> regions() {
    return Generate.pick(Cog.bundled().regions());
  }

  /**
   * Returns a generator of the départements of the COG 2026.
   *
   * @return the generator, not null
   */
  public static Gen<Departement> departements() {
    return Generate.pick(Cog.bundled().departements());
  }

  /**
   * Returns a generator of the current communes (COM rows) of the COG 2026, all 34,875 equally
   * likely.
   *
   * @return the generator, not null
   */
  public static Gen<Commune> currentCommunes() {
    return Generate.pick(Cog.bundled().communes());
  }

  /**
   * Returns a generator of the communes déléguées, associées and arrondissements municipaux of the
   * COG 2026.
   *
   * @return the generator, not null
   */
  public static Gen<Commune> communeParts() {
    return Generate.pick(
        Cog.bundled().communes().stream().flatMap(c -> c.subdivisions().stream()).toList());
  }

  /**
   * Returns a generator of the commune codes that appear in the COG's history of movements since
   * 1943, before or after an event: current, delegated and former codes alike.
   *
   * @return the generator, not null
   */
  public static Gen<CodeCommune> historicalCommuneCodes() {
    List<CodeCommune> codes =
        Cog.bundled().movements().stream()
            .flatMap(m -> Stream.of(m.before(), m.after()))
            .flatMap(Optional::stream)
            .map(CommuneMovement.Side::code)
            .distinct()
            .toList();
    return Generate.pick(codes);
  }

  /**
   * Returns a generator of the postcodes of the bundled postcode table (COG 2023 basis).
   *
   * @return the generator, not null
   */
  public static Gen<CodePostal> bundledPostcodes() {
    return Generate.pick(Postcodes.bundled().postcodes());
  }
}
