package io.github.esspetiteenfance.regulation;

import io.github.esspetiteenfance.InvalidValueException;
import io.github.esspetiteenfance.internal.ResourceCsv;
import io.github.esspetiteenfance.legal.Dated;
import io.github.esspetiteenfance.legal.LegalBases;
import io.github.esspetiteenfance.legal.LegalBasis;
import io.github.esspetiteenfance.legal.Timeline;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The dated parameters of the regulatory checks: one {@link Timeline} per {@link Parameter}, or per
 * parameter and {@link EajeCategory} for a parameter that {@linkplain Parameter#byCategory()
 * differs by capacity category}, each value with its validity period and {@link LegalBasis}.
 *
 * <p>{@link #bundled()} reads {@code parameters.csv} of this package (see the {@code README.md}
 * beside it for its format, sources and licence). A date that no period covers has no value: the
 * checks report {@link FindingCode#NO_RULE_ON_DATE} and never guess. A caller replaces a
 * parameter's values with {@link #with(Parameter, Timeline)}, for a value the project does not know
 * or a newer text.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RegulatoryParameters {

  private static final String RESOURCE = "parameters.csv";
  private static final Timeline<BigDecimal> EMPTY = Timeline.of(List.of());
  private static final RegulatoryParameters BUNDLED = load();

  /** A parameter, with its capacity category if it has one value per category (else null). */
  private record Key(Parameter parameter, EajeCategory category) {}

  private final Map<Key, Timeline<BigDecimal>> timelines;

  private RegulatoryParameters(Map<Key, Timeline<BigDecimal>> timelines) {
    this.timelines = Map.copyOf(timelines);
  }

  /**
   * Obtains the parameters bundled with the library.
   *
   * @return the bundled parameters, not null
   */
  public static RegulatoryParameters bundled() {
    return BUNDLED;
  }

  /**
   * Returns the values of a parameter that does not differ by capacity category.
   *
   * @param parameter the parameter, not null
   * @return the timeline, possibly empty, not null
   * @throws IllegalArgumentException if the parameter is {@linkplain Parameter#byCategory() keyed
   *     by capacity category}
   */
  public Timeline<BigDecimal> timeline(Parameter parameter) {
    return timelines.getOrDefault(key(parameter, null), EMPTY);
  }

  /**
   * Returns the values of a parameter for one capacity category.
   *
   * @param parameter the parameter, not null
   * @param category the capacity category, not null
   * @return the timeline, possibly empty (no value for that category), not null
   * @throws IllegalArgumentException if the parameter is not {@linkplain Parameter#byCategory()
   *     keyed by capacity category}
   */
  public Timeline<BigDecimal> timeline(Parameter parameter, EajeCategory category) {
    return timelines.getOrDefault(
        key(parameter, Objects.requireNonNull(category, "category")), EMPTY);
  }

  /**
   * Returns the value of a parameter on a date.
   *
   * @param parameter the parameter, not keyed by capacity category; not null
   * @param date the date, not null
   * @return the value with its legal basis, empty if the project knows no value on that date
   * @throws IllegalArgumentException if the parameter is keyed by capacity category
   */
  public Optional<Dated<BigDecimal>> at(Parameter parameter, LocalDate date) {
    return timeline(parameter).at(date);
  }

  /**
   * Returns the value of a parameter for a capacity category on a date, such as the direction time
   * of a micro-crèche: {@code at(Parameter.DIRECTION_FTE, EajeCategory.MICRO_CRECHE, date)}.
   *
   * @param parameter the parameter, keyed by capacity category; not null
   * @param category the capacity category, not null
   * @param date the date, not null
   * @return the value with its legal basis, empty if the project knows no value for that category
   *     on that date
   * @throws IllegalArgumentException if the parameter is not keyed by capacity category
   */
  public Optional<Dated<BigDecimal>> at(
      Parameter parameter, EajeCategory category, LocalDate date) {
    return timeline(parameter, category).at(date);
  }

  /**
   * Returns a copy with the values of one parameter replaced.
   *
   * @param parameter the parameter, not keyed by capacity category; not null
   * @param values the new values, not null
   * @return the new parameters, not null
   * @throws IllegalArgumentException if the parameter is keyed by capacity category
   */
  public RegulatoryParameters with(Parameter parameter, Timeline<BigDecimal> values) {
    return with(key(parameter, null), values);
  }

  /**
   * Returns a copy with the values of one parameter for one capacity category replaced.
   *
   * @param parameter the parameter, keyed by capacity category; not null
   * @param category the capacity category, not null
   * @param values the new values, not null
   * @return the new parameters, not null
   * @throws IllegalArgumentException if the parameter is not keyed by capacity category
   */
  public RegulatoryParameters with(
      Parameter parameter, EajeCategory category, Timeline<BigDecimal> values) {
    return with(key(parameter, Objects.requireNonNull(category, "category")), values);
  }

  private RegulatoryParameters with(Key key, Timeline<BigDecimal> values) {
    Map<Key, Timeline<BigDecimal>> copy = new HashMap<>(timelines);
    copy.put(key, Objects.requireNonNull(values, "values"));
    return new RegulatoryParameters(copy);
  }

  private static Key key(Parameter parameter, EajeCategory category) {
    Objects.requireNonNull(parameter, "parameter");
    if (parameter.byCategory() != (category != null)) {
      throw new IllegalArgumentException(
          parameter
              + (parameter.byCategory()
                  ? " has one value per capacity category: give the category"
                  : " does not differ by capacity category"));
    }
    return new Key(parameter, category);
  }

  /**
   * Reads parameters from CSV text in the format of the bundled {@code parameters.csv}.
   *
   * @param csv the text, not null
   * @return the parameters, not null
   * @throws InvalidValueException with code {@link RegulationErrorCode#PARAMETERS_MALFORMED} if a
   *     row is malformed, or {@code legal.timeline.overlap} if two periods of a parameter overlap
   */
  public static RegulatoryParameters parse(String csv) {
    Objects.requireNonNull(csv, "csv");
    List<LegalBases.ParameterRow> rows;
    try {
      rows = LegalBases.table(csv, "csv");
    } catch (ResourceCsv.MalformedException e) {
      String reason = e.getMessage().replaceFirst("^ess-petite-enfance bug: ", "");
      throw malformed("csv:" + e.line(), line(csv, e.line()), reason);
    }
    return read(rows);
  }

  private static String line(String text, int number) {
    return text.lines().skip(Math.max(0, number - 1L)).findFirst().orElse("");
  }

  private static RegulatoryParameters load() {
    return read(LegalBases.table(RegulatoryParameters.class, RESOURCE));
  }

  private static RegulatoryParameters read(List<LegalBases.ParameterRow> rows) {
    Map<Key, List<Dated<BigDecimal>>> values = new LinkedHashMap<>();
    for (LegalBases.ParameterRow row : rows) {
      Parameter parameter = parameter(row.where(), row.parameter());
      EajeCategory category = null;
      if (parameter.byCategory()) {
        category = category(row.where(), row.key());
      } else if (!row.key().isEmpty()) {
        throw malformed(row.where(), row.key(), "no key expected");
      }
      BigDecimal value = decimal(row.where(), row.value().value());
      values
          .computeIfAbsent(new Key(parameter, category), k -> new ArrayList<>())
          .add(new Dated<>(value, row.value().basis()));
    }
    Map<Key, Timeline<BigDecimal>> timelines = new HashMap<>();
    values.forEach((k, v) -> timelines.put(k, Timeline.of(v)));
    return new RegulatoryParameters(timelines);
  }

  private static EajeCategory category(String where, String cell) {
    try {
      return EajeCategory.valueOf(cell.strip());
    } catch (IllegalArgumentException e) {
      throw malformed(where, cell, "capacity category expected");
    }
  }

  private static Parameter parameter(String where, String cell) {
    try {
      return Parameter.valueOf(cell.strip());
    } catch (IllegalArgumentException e) {
      throw malformed(where, cell, "unknown parameter");
    }
  }

  private static BigDecimal decimal(String where, String cell) {
    try {
      BigDecimal value = new BigDecimal(cell.strip());
      if (value.signum() < 0) {
        throw malformed(where, cell, "negative value");
      }
      return value;
    } catch (NumberFormatException e) {
      throw malformed(where, cell, "decimal number expected");
    }
  }

  private static InvalidValueException malformed(String where, String value, String reason) {
    return new InvalidValueException(
        RegulationErrorCode.PARAMETERS_MALFORMED, where, value, reason);
  }
}
