package io.github.esspetiteenfance.opendata.published;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.github.esspetiteenfance.indicator.Count;
import io.github.esspetiteenfance.indicator.CountRange;
import io.github.esspetiteenfance.indicator.Indicator;
import io.github.esspetiteenfance.indicator.IndicatorValue;
import io.github.esspetiteenfance.indicator.Origin;
import io.github.esspetiteenfance.indicator.Population;
import io.github.esspetiteenfance.indicator.PublishedFigures;
import io.github.esspetiteenfance.indicator.ReferencePeriod;
import io.github.esspetiteenfance.indicator.Secrecy;
import io.github.esspetiteenfance.indicator.Sector;
import io.github.esspetiteenfance.indicator.Source;
import io.github.esspetiteenfance.legal.Confidence;
import io.github.esspetiteenfance.territory.Cog;
import io.github.esspetiteenfance.territory.Departement;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The bundled DREES tables « L'offre d'accueil du jeune enfant » (crèches and places by
 * département, 2010–2023), as values and as published figures to compare a computed panorama with.
 *
 * <p>Source : DREES, L'offre d'accueil du jeune enfant (données 2023) — Licence Ouverte / Open
 * Licence (Etalab 2.0); see the README beside the resources for the carrier and the checksums.
 *
 * <p>As figures ({@link #figures(int)}), the number of crèches collectives (Tab23) and their places
 * (Tab28) of each COG département are counts of {@code Population.all(Sector.EAJE)
 * .withNonEmployers()}: every manager, employer or not, in the sector of EAJE. Whether DREES counts
 * micro-crèches and multi-accueil collectifs among the crèches collectives is not stated
 * (UNCONFIRMED), so a list's count of every EAJE kind is compared with them as an order of
 * magnitude. Rows that are not COG départements (20, 69D, 69M) and blank cells give no figure.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DreesOffreAccueil {

  /** The population of the DREES figures: every EAJE, any manager, employer or not. */
  public static final Population POPULATION = Population.all(Sector.EAJE).withNonEmployers();

  /**
   * The source of the DREES figures. Publisher and dataset are names, shown as they are in every
   * language; the note (English) says which tables and which carrier.
   */
  public static final Source SOURCE =
      new Source(
          "DREES",
          "L'offre d'accueil du jeune enfant",
          Optional.of("2023"),
          Optional.of(
              "https://data.drees.solidarites-sante.gouv.fr/explore/dataset/"
                  + "331_l-offre-d-accueil-du-jeune-enfant/"),
          Confidence.SECONDARY,
          "DREES open data, dataset 331, tables by département (Tab23, Tab24, Tab27, Tab28,"
              + " Tab32, Tab33), data of 2023. Copied from the carrier NadNadou/creche_project @ cecc7db (byte for byte); Licence"
              + " Ouverte 2.0. Scope of « crèches collectives » (micro-crèches, multi-accueil?)"
              + " not stated: UNCONFIRMED.");

  private static final Map<DreesTable, Map<String, Map<Integer, Long>>> TABLES = read();

  private DreesOffreAccueil() {}

  /**
   * Returns the years a table covers.
   *
   * @param table the table, not null
   * @return the years, ascending; not null
   */
  public static SortedSet<Integer> years(DreesTable table) {
    SortedSet<Integer> years = new TreeSet<>();
    TABLES.get(table).values().forEach(m -> years.addAll(m.keySet()));
    return Collections.unmodifiableSortedSet(years);
  }

  /**
   * Returns the value of a table for a département (or DREES's own rows {@code 20}, {@code 69D},
   * {@code 69M}) and a year.
   *
   * @param table the table, not null
   * @param departement the département code as DREES writes it, such as {@code "44"}; not null
   * @param year the year
   * @return the value, empty if DREES gives none
   */
  public static OptionalLong value(DreesTable table, String departement, int year) {
    Long v = TABLES.get(table).getOrDefault(departement, Map.of()).get(year);
    return v == null ? OptionalLong.empty() : OptionalLong.of(v);
  }

  /**
   * Returns the DREES figures of a year to compare a panorama with: the number of crèches
   * collectives (Tab23) and their places (Tab28) of every COG département DREES gives.
   *
   * @param year the year, from 2016 to 2023 for both tables
   * @return the set {@code drees-<year>}, not null; empty figures if the tables do not cover it
   */
  public static PublishedFigures figures(int year) {
    List<Indicator> figures = new ArrayList<>();
    Cog cog = Cog.bundled();
    for (DreesTable table :
        List.of(DreesTable.CRECHES_COLLECTIVES, DreesTable.PLACES_CRECHES_COLLECTIVES)) {
      for (Departement d : cog.departements()) {
        OptionalLong v = value(table, d.code().toString(), year);
        if (v.isEmpty()) {
          continue;
        }
        IndicatorValue value =
            table.measure() == io.github.esspetiteenfance.indicator.Measure.ESTABLISHMENTS
                ? Count.of(v.getAsLong())
                : CountRange.exact(v.getAsLong());
        figures.add(
            new Indicator(
                "drees-"
                    + table.table().toLowerCase(java.util.Locale.ROOT)
                    + "-"
                    + d.code()
                    + "-"
                    + year,
                table.measure(),
                value,
                d,
                Optional.of(ReferencePeriod.ofYear(year)),
                POPULATION,
                Optional.empty(),
                SOURCE,
                Origin.PUBLISHED,
                Secrecy.NONE));
      }
    }
    return new PublishedFigures(
        "drees-" + year, "DREES, offre d'accueil du jeune enfant, " + year, figures);
  }

  private static Map<DreesTable, Map<String, Map<Integer, Long>>> read() {
    Map<DreesTable, Map<String, Map<Integer, Long>>> tables = new EnumMap<>(DreesTable.class);
    for (DreesTable table : DreesTable.values()) {
      tables.put(table, Collections.unmodifiableMap(readTable(table)));
    }
    return Collections.unmodifiableMap(tables);
  }

  /** Reads one table: {@code Code région;Code département;Département;2015;...}. */
  private static Map<String, Map<Integer, Long>> readTable(DreesTable table) {
    Map<String, Map<Integer, Long>> rows = new LinkedHashMap<>();
    try (InputStream in = DreesOffreAccueil.class.getResourceAsStream(table.resource())) {
      Objects.requireNonNull(in, table.resource());
      CsvReader<CsvRecord> csv =
          CsvReader.builder()
              .fieldSeparator(';')
              .ofCsvRecord(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<Integer> years = null;
      for (CsvRecord row : csv) {
        if (years == null) {
          years = new ArrayList<>();
          for (String y : row.getFields().subList(3, row.getFieldCount())) {
            years.add(Integer.parseInt(y.strip()));
          }
          continue;
        }
        if (row.getFieldCount() != years.size() + 3) {
          throw new IllegalStateException(
              table.resource() + " line " + row.getStartingLineNumber() + ": field count");
        }
        Map<Integer, Long> values = new LinkedHashMap<>();
        for (int i = 0; i < years.size(); i++) {
          String cell = row.getField(3 + i).replaceAll("[\\s\\u00a0\\u202f]", "");
          if (!cell.isEmpty()) {
            values.put(years.get(i), Long.parseLong(cell));
          }
        }
        rows.put(row.getField(1).strip(), Collections.unmodifiableMap(values));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }
}
