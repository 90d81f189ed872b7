package io.github.esspetiteenfance.regulation;

import io.github.esspetiteenfance.diagnostic.Finding;
import io.github.esspetiteenfance.legal.Dated;
import io.github.esspetiteenfance.legal.LegalBasis;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The state of one check: inputs, parameters on the date, and the findings so far. */
final class Check {

  final RegulatoryParameters parameters;
  final Facility facility;
  final LocalDate date;
  final Observation observation;
  private final List<Finding> findings = new ArrayList<>();
  private final Set<String> reportedMissing = new HashSet<>();
  private final Optional<Dated<EajeCategory>> category;

  Check(
      RegulatoryParameters parameters, Facility facility, LocalDate date, Observation observation) {
    this.parameters = parameters;
    this.facility = facility;
    this.date = date;
    this.observation = observation;
    this.category =
        facility.capacity().flatMap(c -> EajeCategory.of(facility.kind(), c, date, parameters));
  }

  /** The category on the date, empty if the capacity is unknown or categories do not exist. */
  Optional<Dated<EajeCategory>> category() {
    return category;
  }

  /** True if the facility is a micro-crèche: by its kind, or by its category since 2021. */
  boolean isMicroCreche() {
    return facility.kind() == io.github.esspetiteenfance.structure.StructureKind.MICRO_CRECHE
        || category.map(c -> c.value() == EajeCategory.MICRO_CRECHE).orElse(false);
  }

  Optional<Dated<BigDecimal>> at(Parameter parameter) {
    return parameters.at(parameter, date);
  }

  Optional<Dated<BigDecimal>> at(Parameter parameter, LocalDate on) {
    return parameters.at(parameter, on);
  }

  Optional<Dated<BigDecimal>> at(Parameter parameter, EajeCategory category) {
    return parameters.at(parameter, category, date);
  }

  /** The value on the date; reports {@link FindingCode#NO_RULE_ON_DATE} once if there is none. */
  Optional<Dated<BigDecimal>> need(Parameter parameter) {
    return missing(at(parameter), parameter.name());
  }

  /**
   * The value for a capacity category on the date; reports {@link FindingCode#NO_RULE_ON_DATE} once
   * (naming {@code PARAMETER[CATEGORY]}) if there is none.
   */
  Optional<Dated<BigDecimal>> need(Parameter parameter, EajeCategory category) {
    return missing(at(parameter, category), parameter.name() + "[" + category.name() + "]");
  }

  private Optional<Dated<BigDecimal>> missing(Optional<Dated<BigDecimal>> value, String name) {
    if (value.isEmpty() && reportedMissing.add(name)) {
      add(FindingCode.NO_RULE_ON_DATE, List.of(), name, date);
    }
    return value;
  }

  /**
   * Reports {@code code} (arguments: the item, the value, the maximum) if the value is above the
   * parameter's maximum on the date; reports {@link FindingCode#NO_RULE_ON_DATE} if there is none.
   */
  void atMost(Parameter maximum, FindingCode code, String item, int value) {
    need(maximum)
        .filter(max -> value > intOf(max))
        .ifPresent(max -> add(code, List.of(max.basis()), item, value, intOf(max)));
  }

  void notChecked(Subject rule, Subject reason) {
    add(FindingCode.NOT_CHECKED, List.of(), rule, reason);
  }

  void add(FindingCode code, List<LegalBasis> bases, Object... arguments) {
    findings.add(Finding.of(code, bases, arguments));
  }

  List<Finding> findings() {
    return findings;
  }

  static int intOf(Dated<BigDecimal> value) {
    return StaffingCalculator.intOf(value);
  }
}
