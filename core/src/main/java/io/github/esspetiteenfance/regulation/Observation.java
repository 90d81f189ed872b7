package io.github.esspetiteenfance.regulation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What was observed in a structure around the date of a check. Every part is optional: a rule is
 * checked only when its data is given.
 *
 * <p>Build one with {@code Observation.builder()}; derive a variant with {@code
 * Observation.builder().from(observation)}.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param presence children and adults present at one moment (ratio, minimum of two, outing,
 *     surnombre)
 * @param youngestChildAgeMonths age in completed months of the youngest child cared for
 * @param oldestChildAgeMonths age in completed months of the oldest child cared for
 * @param weeklyOccupancy the hours of care of the week (R2324-27)
 * @param qualifiedStaff the qualified staff of a month (R2324-42)
 * @param direction the direction time (R2324-46-1)
 * @param rsaiHoursPerYear hours of référent Santé et Accueil inclusif over the year
 * @param rsaiHoursLowestQuarter hours of RSAI in the quarter that had the fewest
 * @param healthProfessionalFte FTE of puériculteurs and infirmiers (R2324-40)
 * @param ejeFte FTE of éducateurs de jeunes enfants (R2324-47-3, R2324-48-3)
 * @param indoorSurfaceM2 indoor child-care area in m², surnombre places excluded
 * @param assistantsWorkingAtOnce for a MAM, the assistants maternels working at once
 * @param assistants for a MAM, each assistant maternel working at the moment observed
 * @param laepSession for a LAEP, one session
 */
@Value.Builder
public record Observation(
    Optional<Presence> presence,
    Optional<Integer> youngestChildAgeMonths,
    Optional<Integer> oldestChildAgeMonths,
    Optional<WeeklyOccupancy> weeklyOccupancy,
    Optional<QualifiedStaffMonth> qualifiedStaff,
    Optional<Direction> direction,
    Optional<BigDecimal> rsaiHoursPerYear,
    Optional<BigDecimal> rsaiHoursLowestQuarter,
    Optional<BigDecimal> healthProfessionalFte,
    Optional<BigDecimal> ejeFte,
    Optional<BigDecimal> indoorSurfaceM2,
    Optional<Integer> assistantsWorkingAtOnce,
    List<AssistantObservation> assistants,
    Optional<LaepSession> laepSession) {

  private static final Observation EMPTY = ObservationBuilder.builder().build();

  /**
   * Creates an observation.
   *
   * @throws io.github.esspetiteenfance.InvalidValueException if a count, an age or an amount is
   *     negative
   */
  public Observation {
    Objects.requireNonNull(presence, "presence");
    youngestChildAgeMonths.ifPresent(a -> Inputs.nonNegative("youngestChildAgeMonths", a));
    oldestChildAgeMonths.ifPresent(a -> Inputs.nonNegative("oldestChildAgeMonths", a));
    Objects.requireNonNull(weeklyOccupancy, "weeklyOccupancy");
    Objects.requireNonNull(qualifiedStaff, "qualifiedStaff");
    Objects.requireNonNull(direction, "direction");
    rsaiHoursPerYear.ifPresent(h -> Inputs.nonNegative("rsaiHoursPerYear", h));
    rsaiHoursLowestQuarter.ifPresent(h -> Inputs.nonNegative("rsaiHoursLowestQuarter", h));
    healthProfessionalFte.ifPresent(h -> Inputs.nonNegative("healthProfessionalFte", h));
    ejeFte.ifPresent(h -> Inputs.nonNegative("ejeFte", h));
    indoorSurfaceM2.ifPresent(h -> Inputs.nonNegative("indoorSurfaceM2", h));
    assistantsWorkingAtOnce.ifPresent(n -> Inputs.nonNegative("assistantsWorkingAtOnce", n));
    assistants = List.copyOf(assistants);
    Objects.requireNonNull(laepSession, "laepSession");
  }

  /**
   * Obtains an observation with nothing observed.
   *
   * @return the empty observation, not null
   */
  public static Observation empty() {
    return EMPTY;
  }

  /**
   * Obtains an observation of children and adults present at one moment.
   *
   * @param presence the presence, not null
   * @return the observation
   */
  public static Observation of(Presence presence) {
    return builder().presence(presence).build();
  }

  /**
   * Obtains an observation of the children and staff present at one moment in the establishment
   * (not on an outing).
   *
   * @param children the children present, not null
   * @param staff the adults caring for them, not null
   * @return the observation
   */
  public static Observation of(ChildrenPresent children, StaffPresent staff) {
    return of(Presence.of(children, staff));
  }

  /**
   * Obtains a builder of Observation (the generated {@code ObservationBuilder}); copy an instance
   * with {@code builder().from(x)}.
   *
   * @return a new builder, not null
   */
  public static ObservationBuilder builder() {
    return ObservationBuilder.builder();
  }
}
