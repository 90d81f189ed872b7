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
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The dated parameters of the regulatory checks: one {@link Timeline} per {@link Parameter}, each
 * value with its validity period and {@link LegalBasis}.
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
  private static final RegulatoryParameters BUNDLED = load();

  private final Map<Parameter, Timeline<BigDecimal>> timelines;

  private RegulatoryParameters(Map<Parameter, Timeline<BigDecimal>> timelines) {
    Map<Parameter, Timeline<BigDecimal>> copy = new EnumMap<>(Parameter.class);
    for (Parameter p : Parameter.values()) {
      copy.put(p, timelines.getOrDefault(p, Timeline.of(List.of())));
    }
    this.timelines = Collections.unmodifiableMap(copy);
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
   * Returns the values of a parameter.
   *
   * @param parameter the parameter, not null
   * @return the timeline, possibly empty, not null
   */
  public Timeline<BigDecimal> timeline(Parameter parameter) {
    return timelines.get(Objects.requireNonNull(parameter, "parameter"));
  }

  /**
   * Returns the value of a parameter on a date.
   *
   * @param parameter the parameter, not null
   * @param date the date, not null
   * @return the value with its legal basis, empty if the project knows no value on that date
   */
  public Optional<Dated<BigDecimal>> at(Parameter parameter, LocalDate date) {
    return timeline(parameter).at(date);
  }

  /**
   * Returns a copy with the values of one parameter replaced.
   *
   * @param parameter the parameter, not null
   * @param values the new values, not null
   * @return the new parameters, not null
   */
  public RegulatoryParameters with(Parameter parameter, Timeline<BigDecimal> values) {
    Map<Parameter, Timeline<BigDecimal>> copy = new EnumMap<>(timelines);
    copy.put(Objects.requireNonNull(parameter, "parameter"), Objects.requireNonNull(values));
    return new RegulatoryParameters(copy);
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
    Map<Parameter, List<Dated<BigDecimal>>> values = new EnumMap<>(Parameter.class);
    for (LegalBases.ParameterRow row : rows) {
      Parameter parameter = parameter(row.where(), row.parameter());
      if (!row.key().isEmpty()) {
        throw malformed(row.where(), row.key(), "no key expected");
      }
      BigDecimal value = decimal(row.where(), row.value().value());
      values
          .computeIfAbsent(parameter, p -> new ArrayList<>())
          .add(new Dated<>(value, row.value().basis()));
    }
    Map<Parameter, Timeline<BigDecimal>> timelines = new EnumMap<>(Parameter.class);
    values.forEach((p, v) -> timelines.put(p, Timeline.of(v)));
    return new RegulatoryParameters(timelines);
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
