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
 * @param children the children present at one moment (ratio, minimum of two, outing, surnombre)
 * @param staff the adults caring for them at that moment; the staffing rules need both
 * @param outing whether the children and adults observed are on an outing (the outing ratio of
 *     R2324-43-2 applies); false if not set
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
    Optional<ChildrenPresent> children,
    Optional<StaffPresent> staff,
    @Value.Default.Boolean(false) boolean outing,
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
    Objects.requireNonNull(children, "children");
    Objects.requireNonNull(staff, "staff");
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
   * Obtains an observation of the children and staff present at one moment in the establishment
   * (not on an outing).
   *
   * @param children the children present, not null
   * @param staff the adults caring for them, not null
   * @return the observation
   */
  public static Observation of(ChildrenPresent children, StaffPresent staff) {
    return builder()
        .children(Objects.requireNonNull(children, "children"))
        .staff(Objects.requireNonNull(staff, "staff"))
        .build();
  }

  /**
   * Obtains an observation of the children present at one moment in a crèche: who walk and who do
   * not, as {@link ChildrenPresent#of(int, int)}; add the adults with {@link #withStaff(int, int)}:
   * {@code Observation.ofChildren(1, 3).withStaff(1, 1)}.
   *
   * @param notWalking children who do not walk, not negative
   * @param walking children who walk, not negative
   * @return the observation of the children alone (the staffing rules are reported as not checked
   *     until the staff is given)
   * @throws io.github.esspetiteenfance.InvalidValueException if a count is negative
   */
  public static Observation ofChildren(int notWalking, int walking) {
    return builder().children(ChildrenPresent.of(notWalking, walking)).build();
  }

  /**
   * Returns this observation with the adults present at the same moment, as {@link
   * StaffPresent#of(int, int)}; other counts (parents of a crèche parentale) are given with {@code
   * builder().from(observation).staff(...)}.
   *
   * @param professionals the professionals present, not negative
   * @param qualified those of them who hold an R2324-42 1° diploma, not negative, at most {@code
   *     professionals}
   * @return a copy of this observation with the staff replaced, not null
   * @throws io.github.esspetiteenfance.InvalidValueException if a count is negative or {@code
   *     qualified} is above {@code professionals}
   */
  public Observation withStaff(int professionals, int qualified) {
    return builder().from(this).staff(StaffPresent.of(professionals, qualified)).build();
  }

  /**
   * Returns the children and adults observed at the same moment, when both are given.
   *
   * @return the presence the staffing rules check, empty unless both are observed
   */
  Optional<Presence> presence() {
    return children.isPresent() && staff.isPresent()
        ? Optional.of(new Presence(children.get(), staff.get(), outing))
        : Optional.empty();
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
