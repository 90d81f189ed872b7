package io.github.esspetiteenfance.territory;

import io.github.esspetiteenfance.CommonErrorCode;
import io.github.esspetiteenfance.InvalidValueException;
import java.time.LocalDate;
import java.time.Year;
import java.util.Objects;

/**
 * A vintage (<i>millésime</i>) of the INSEE Code officiel géographique (COG), with the attribution
 * line its data requires.
 *
 * <p>INSEE publishes the COG once a year: the list of communes, départements and régions as they
 * stand on the 1st of January of that year ({@link #referenceDate()}), with the history of the
 * changes since 1943. Commune codes only make sense with their vintage: communes merge every
 * January (there were 34,945 communes in the COG 2023 and 34,875 in the COG 2026), and a code can
 * stop being a commune or, after a split, start being one again. The library bundles the {@link
 * #COG_2026} for its territories and a {@link #COG_2023}-based postcode table (see {@link
 * Postcodes}).
 *
 * <p>The bundled data is published under the Licence Ouverte / Open Licence (Etalab), which
 * requires naming the source and the date of its last update: {@link #attribution()} gives the line
 * to show wherever the data is shown or redistributed.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param year the year of the vintage, not null
 * @param attribution the Licence Ouverte attribution line of the data of this vintage, not blank
 */
public record CogVintage(Year year, String attribution) {

  /**
   * The COG 2026 (communes, départements, régions on 1 January 2026 and the movements since 1943),
   * bundled with the library.
   */
  public static final CogVintage COG_2026 =
      new CogVintage(
          Year.of(2026),
          "Source : INSEE, Code officiel géographique au 1er janvier 2026, via"
              + " datagouv/decoupage-administratif v6.0.0 (2026-03-09) — Licence Ouverte / Open"
              + " Licence (Etalab)");

  /**
   * The COG 2023, basis of the bundled postcode table: the communes of 1 January 2023 with La
   * Poste's postcodes, as served by geo.api.gouv.fr.
   */
  public static final CogVintage COG_2023 =
      new CogVintage(
          Year.of(2023),
          "Source : API Découpage administratif (geo.api.gouv.fr), d'après le COG INSEE 2023 et la"
              + " Base officielle des codes postaux de La Poste, via"
              + " pmdartus/decoupage-administratif-dataset (2023-12-29) — Licence Ouverte / Open"
              + " Licence (Etalab)");

  /**
   * Creates a vintage.
   *
   * @throws InvalidValueException with code {@code territory.blank} if the attribution is blank
   */
  public CogVintage {
    Objects.requireNonNull(year, "year");
    Objects.requireNonNull(attribution, "attribution");
    if (attribution.isBlank()) {
      throw new InvalidValueException(CommonErrorCode.BLANK, "attribution", attribution);
    }
  }

  /**
   * Returns the date the vintage describes: the 1st of January of its year.
   *
   * @return the date, not null
   */
  public LocalDate referenceDate() {
    return year.atDay(1);
  }

  /** Returns the vintage's short name, such as {@code COG 2026}. */
  @Override
  public String toString() {
    return "COG " + year;
  }
}
