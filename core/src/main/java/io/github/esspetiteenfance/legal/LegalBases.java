package io.github.esspetiteenfance.legal;

import io.github.esspetiteenfance.InvalidValueException;
import io.github.esspetiteenfance.internal.ResourceCsv;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The legal bases bundled with the library, one table for every source the library cites, and the
 * reader of its dated parameter tables.
 *
 * <p>{@code legal-bases.csv} lists each basis once, under a stable id such as {@code
 * "cnaf.plancher.2025"}: the official French title of the text, the article, the validity period,
 * the confidence, the source, and a description in French and in English. Code and data refer to a
 * basis by its id ({@link #get(String)}), so a jurist reviews every source in one table. A test
 * fails if an id referred to is missing or an entry is not referred to.
 *
 * <p>Every dated parameter table of the library ({@code plancher-plafond.csv}, {@code
 * taux-effort.csv}, {@code parameters.csv}...) has one shape, read by {@link #table(Class,
 * String)}: {@code parameter,key,start,end,value,basis}, where {@code key} narrows the parameter (a
 * bracket of children, a capacity category; empty if none), {@code start} and {@code end} are the
 * inclusive ISO dates of the value (empty = open), and {@code basis} is the id of its legal basis,
 * whose validity period must contain the row's.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class LegalBases {

  private static final String RESOURCE = "legal-bases.csv";

  private static final String[] HEADER = {
    "id",
    "text",
    "article",
    "start",
    "end",
    "confidence",
    "source",
    "description_fr",
    "description_en"
  };

  private static final String[] TABLE_HEADER = {
    "parameter", "key", "start", "end", "value", "basis"
  };

  private LegalBases() {}

  private static final class Holder {
    static final Map<String, LegalBasis> BASES = load();
  }

  /**
   * Returns a bundled legal basis by its id.
   *
   * @param id the id, such as {@code "cnaf.bareme.formula"}; not null
   * @return the basis, not null
   * @throws InvalidValueException with {@link LegalErrorCode#UNKNOWN_BASIS} if no basis has that id
   */
  public static LegalBasis get(String id) {
    Objects.requireNonNull(id, "id");
    LegalBasis basis = Holder.BASES.get(id);
    if (basis == null) {
      throw new InvalidValueException(LegalErrorCode.UNKNOWN_BASIS, "id", id);
    }
    return basis;
  }

  /**
   * Returns every bundled legal basis by id, in the order of the file.
   *
   * @return the bases, unmodifiable, not null
   */
  public static Map<String, LegalBasis> all() {
    return Holder.BASES;
  }

  /**
   * One row of a dated parameter table.
   *
   * @param parameter the parameter name, not blank
   * @param key what narrows the parameter (a bracket, a category); empty if nothing does
   * @param value the value as written, with the legal basis of the row over the row's period
   * @param basisId the id of the legal basis in {@code legal-bases.csv}
   * @param where the resource and line, for error messages
   */
  public record ParameterRow(
      String parameter, String key, Dated<String> value, String basisId, String where) {

    /** Creates a row. */
    public ParameterRow {
      Objects.requireNonNull(parameter, "parameter");
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(basisId, "basisId");
      Objects.requireNonNull(where, "where");
    }
  }

  /**
   * Reads a dated parameter table bundled beside a class.
   *
   * @param anchor the class whose package holds the resource, not null
   * @param resource the resource name, not null
   * @return the rows, in file order, not null
   * @throws ResourceCsv.MalformedException if the table is malformed, names an unknown basis, or a
   *     row's period is outside the period of its basis
   */
  public static List<ParameterRow> table(Class<?> anchor, String resource) {
    return table(ResourceCsv.read(anchor, resource));
  }

  /**
   * Reads a dated parameter table from a CSV text, in the library's one dialect.
   *
   * @param csv the table, not null
   * @param name the name used in errors, not null
   * @return the rows, in file order, not null
   * @throws ResourceCsv.MalformedException if the table is malformed, names an unknown basis, or a
   *     row's period is outside the period of its basis
   */
  public static List<ParameterRow> table(String csv, String name) {
    return table(ResourceCsv.read(new java.io.StringReader(csv), name));
  }

  private static List<ParameterRow> table(ResourceCsv.Table table) {
    table.requireHeader(TABLE_HEADER);
    List<ParameterRow> rows = new ArrayList<>();
    for (ResourceCsv.Row row : table.rows()) {
      String id = row.get("basis");
      LegalBasis basis = Holder.BASES.get(id);
      if (basis == null) {
        throw new ResourceCsv.MalformedException(
            table.resource(), row.line(), "names an unknown legal basis " + id);
      }
      ValidityPeriod period = period(table.resource(), row);
      if (!within(period, basis.validity())) {
        throw new ResourceCsv.MalformedException(
            table.resource(),
            row.line(),
            "has a period " + period + " outside that of its basis " + id + " " + basis.validity());
      }
      if (row.get("parameter").isBlank() || row.get("value").isBlank()) {
        throw new ResourceCsv.MalformedException(
            table.resource(), row.line(), "has a blank parameter or value");
      }
      rows.add(
          new ParameterRow(
              row.get("parameter"),
              row.get("key"),
              new Dated<>(row.get("value"), basis.withValidity(period)),
              id,
              table.resource() + ":" + row.line()));
    }
    return List.copyOf(rows);
  }

  private static boolean within(ValidityPeriod inner, ValidityPeriod outer) {
    boolean startOk =
        outer.start() == null || (inner.start() != null && !inner.start().isBefore(outer.start()));
    boolean endOk =
        outer.end() == null || (inner.end() != null && !inner.end().isAfter(outer.end()));
    return startOk && endOk;
  }

  private static ValidityPeriod period(String resource, ResourceCsv.Row row) {
    try {
      return new ValidityPeriod(date(row.get("start")), date(row.get("end")));
    } catch (DateTimeParseException | InvalidValueException e) {
      throw new ResourceCsv.MalformedException(resource, row.line(), "has a bad period");
    }
  }

  private static LocalDate date(String cell) {
    return cell.isBlank() ? null : LocalDate.parse(cell.strip());
  }

  private static Map<String, LegalBasis> load() {
    ResourceCsv.Table table = ResourceCsv.read(LegalBases.class, RESOURCE).requireHeader(HEADER);
    Map<String, LegalBasis> bases = new LinkedHashMap<>();
    for (ResourceCsv.Row row : table.rows()) {
      String id = row.get("id");
      LegalBasis basis;
      try {
        basis =
            new LegalBasis(
                row.get("text"),
                row.get("article"),
                period(RESOURCE, row),
                Confidence.valueOf(row.get("confidence")),
                row.get("source"),
                row.get("description_fr"),
                row.get("description_en"));
      } catch (IllegalArgumentException e) {
        throw new ResourceCsv.MalformedException(RESOURCE, row.line(), "is not a legal basis");
      }
      if (id.isBlank() || bases.put(id, basis) != null) {
        throw new ResourceCsv.MalformedException(RESOURCE, row.line(), "repeats or lacks its id");
      }
    }
    return Collections.unmodifiableMap(bases);
  }
}
