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
 * <p>Obtain one with {@link #bundled()} or {@link #of(RegulatoryParameters)}; every call names the
 * date of the check.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RegulatoryChecker {

  private static final RegulatoryChecker BUNDLED =
      new RegulatoryChecker(RegulatoryParameters.bundled());

  private final RegulatoryParameters parameters;

  private RegulatoryChecker(RegulatoryParameters parameters) {
    this.parameters = Objects.requireNonNull(parameters, "parameters");
  }

  /**
   * Obtains the checker applying the bundled parameters; the date is given to each call.
   *
   * @return the checker, not null
   */
  public static RegulatoryChecker bundled() {
    return BUNDLED;
  }

  /**
   * Obtains a checker applying given parameters; the date is given to each call.
   *
   * @param parameters the parameters, not null
   * @return the checker, not null
   */
  public static RegulatoryChecker of(RegulatoryParameters parameters) {
    return new RegulatoryChecker(parameters);
  }

  /**
   * Checks a structure on a date: every rule of its kind whose data the structure's record and the
   * observation give. The structure is read as it is: an EAJE's ratio option, largest unit, date of
   * authorisation request and dense zone come from its record; a fact it does not give is reported
   * as not checked where a rule needs it.
   *
   * @param structure the structure, not null
   * @param date the date of the check, not null
   * @param observation what was observed, not null
   * @return the report of every finding, not null
   */
  public ComplianceReport check(Structure structure, LocalDate date, Observation observation) {
    return check(Facility.of(structure), date, observation);
  }

  /**
   * Checks an establishment on a date: the rules of its structure.
   *
   * @param establishment the establishment, not null
   * @param date the date of the check, not null
   * @param observation what was observed, not null
   * @return the report of every finding, not null
   */
  public ComplianceReport check(
      Establishment establishment, LocalDate date, Observation observation) {
    return check(
        Objects.requireNonNull(establishment, "establishment").structure(), date, observation);
  }

  /** Checks the view of a structure (the rule tests build views directly). */
  ComplianceReport check(Facility facility, LocalDate date, Observation observation) {
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
    return new ComplianceReport(facility.kind(), date, c.findings());
  }
}
