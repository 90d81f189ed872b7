package io.github.esspetiteenfance.regulation;

import io.github.esspetiteenfance.establishment.Establishment;
import io.github.esspetiteenfance.structure.Structure;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Checks whether a structure is compliant on a date, given what was observed: the façade of the
 * {@code regulation} package.
 *
 * <p>The rules applied depend on the kind of structure:
 *
 * <ul>
 *   <li>EAJE: transition of the 2021 reform, capacity category and maxima (micro-crèche, unit,
 *       crèche familiale before 2021, crèche parentale), ages (under 6; jardins d'enfants from 18
 *       months), staffing at a moment (ratio, outing, minimum of two, qualified professional,
 *       parents), surnombre and weekly occupancy, qualified staff share, direction time, RSAI,
 *       R2324-40 professionals and EJE time, indoor area;
 *   <li>MAM: number of assistants maternels, at once and registered; each assistant's agrément,
 *       children in care, minors and children under 3;
 *   <li>LAEP: ages, accompanying adults, accueillants per session;
 *   <li>résidence maternelle: children under 3.
 * </ul>
 *
 * <p>Other kinds get one {@link FindingCode#NOT_CHECKED} finding. A rule whose data the observation
 * does not give is not checked; a rule that has no dated value on the date gives a {@link
 * FindingCode#NO_RULE_ON_DATE} finding. Neither is an error.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RegulatoryChecker {

  private RegulatoryChecker() {}

  /**
   * Checks a structure on a date with the bundled parameters.
   *
   * @param structure the structure, not null
   * @param date the date of the check, not null
   * @param observation what was observed, not null
   * @return the report of every finding, not null
   */
  public static ComplianceReport check(
      Structure structure, LocalDate date, Observation observation) {
    return check(Facility.of(structure), date, observation);
  }

  /**
   * Checks an establishment on a date with the bundled parameters: the rules of its structure.
   *
   * @param establishment the establishment, not null
   * @param date the date of the check, not null
   * @param observation what was observed, not null
   * @return the report of every finding, not null
   */
  public static ComplianceReport check(
      Establishment establishment, LocalDate date, Observation observation) {
    return check(Facility.of(establishment), date, observation);
  }

  /**
   * Checks a facility on a date with the bundled parameters.
   *
   * @param facility the facility, not null
   * @param date the date of the check, not null
   * @param observation what was observed, not null
   * @return the report of every finding, not null
   */
  public static ComplianceReport check(Facility facility, LocalDate date, Observation observation) {
    return check(RegulatoryParameters.bundled(), facility, date, observation);
  }

  /**
   * Checks a facility on a date with given parameters.
   *
   * @param parameters the parameters, not null
   * @param facility the facility, not null
   * @param date the date of the check, not null
   * @param observation what was observed, not null
   * @return the report of every finding, not null
   */
  public static ComplianceReport check(
      RegulatoryParameters parameters, Facility facility, LocalDate date, Observation observation) {
    Objects.requireNonNull(parameters, "parameters");
    Objects.requireNonNull(facility, "facility");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(observation, "observation");
    Check c = new Check(parameters, facility, date, observation);
    if (facility.isEaje()) {
      EajeRules.transition(c);
      EajeRules.capacity(c);
      EajeRules.ages(c, Parameter.EAJE_AGE_LIMIT_MONTHS);
      StaffingRules.check(c);
      EajeRules.surnombre(c);
      EajeRules.qualifiedShare(c);
      EajeRules.direction(c);
      EajeRules.healthAndEducation(c);
      EajeRules.premises(c);
    } else {
      switch (facility.kind()) {
        case MAISON_ASSISTANTS_MATERNELS -> FamilyRules.mam(c);
        case LIEU_ACCUEIL_ENFANTS_PARENTS -> FamilyRules.laep(c);
        case RESIDENCE_MATERNELLE ->
            EajeRules.ages(c, Parameter.RESIDENCE_MATERNELLE_AGE_LIMIT_MONTHS);
        default -> c.notChecked(Subject.REGULATION, Subject.KIND_NOT_COVERED);
      }
    }
    return new ComplianceReport(facility, date, c.findings());
  }
}
