package io.github.esspetiteenfance.regulation;

import io.github.esspetiteenfance.structure.RatioOption;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What the staffing rules need to know: the kind of care, the authorised capacity, the ratio option
 * chosen, whether the establishment is à gestion parentale, whether the group is on an outing, and
 * the children present.
 *
 * <p>Build one with {@link #creche}, {@link #microCreche} or {@link #jardinDEnfants}, then {@link
 * #withOuting(boolean)} and {@link #withParental(boolean)}; or with {@code
 * StaffingSituationBuilder}.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param setting the set of rules, not null
 * @param capacity the authorised capacity, positive (R2324-43-1 asks for a qualified professional
 *     above 24 places)
 * @param option the ratio option chosen for a crèche or micro-crèche; ignored for a jardin
 *     d'enfants; not null
 * @param parental true for an establishment à gestion parentale, whose parents count (R2324-50)
 * @param outing true if the children are on an outing (R2324-43-2)
 * @param children the children present (on the outing, if {@code outing}), not null
 */
@Value.Builder
public record StaffingSituation(
    StaffingSetting setting,
    int capacity,
    Optional<RatioOption> option,
    boolean parental,
    boolean outing,
    ChildrenPresent children) {

  /**
   * Creates a situation.
   *
   * @throws io.github.esspetiteenfance.InvalidValueException if the capacity is not positive or a
   *     crèche has no ratio option
   */
  public StaffingSituation {
    Objects.requireNonNull(setting, "setting");
    Objects.requireNonNull(option, "option");
    Objects.requireNonNull(children, "children");
    Inputs.positive("capacity", capacity);
    if (setting != StaffingSetting.JARDIN_D_ENFANTS && option.isEmpty()) {
      throw new io.github.esspetiteenfance.InvalidValueException(
          RegulationErrorCode.MISSING, "option", null);
    }
  }

  /**
   * Obtains the situation of a crèche collective (other than a micro-crèche).
   *
   * @param capacity the authorised capacity, positive
   * @param option the ratio option, not null
   * @param children the children present, not null
   * @return the situation, not on an outing, not parental
   */
  public static StaffingSituation creche(
      int capacity, RatioOption option, ChildrenPresent children) {
    return new StaffingSituation(
        StaffingSetting.CRECHE, capacity, Optional.of(option), false, false, children);
  }

  /**
   * Obtains the situation of a micro-crèche.
   *
   * @param capacity the authorised capacity, positive
   * @param option the ratio option, not null
   * @param children the children present, not null
   * @return the situation, not on an outing, not parental
   */
  public static StaffingSituation microCreche(
      int capacity, RatioOption option, ChildrenPresent children) {
    return new StaffingSituation(
        StaffingSetting.MICRO_CRECHE, capacity, Optional.of(option), false, false, children);
  }

  /**
   * Obtains the situation of a jardin d'enfants.
   *
   * @param capacity the authorised capacity, positive
   * @param children the children present, with those aged 3 and over, not null
   * @return the situation, not on an outing, not parental
   */
  public static StaffingSituation jardinDEnfants(int capacity, ChildrenPresent children) {
    return new StaffingSituation(
        StaffingSetting.JARDIN_D_ENFANTS, capacity, Optional.empty(), false, false, children);
  }

  /**
   * Returns a copy on an outing, or not.
   *
   * @param outing true for an outing
   * @return the copy, not null
   */
  public StaffingSituation withOuting(boolean outing) {
    return new StaffingSituation(setting, capacity, option, parental, outing, children);
  }

  /**
   * Returns a copy à gestion parentale, or not.
   *
   * @param parental true for an establishment à gestion parentale
   * @return the copy, not null
   */
  public StaffingSituation withParental(boolean parental) {
    return new StaffingSituation(setting, capacity, option, parental, outing, children);
  }

  /**
   * Returns a copy with other children present.
   *
   * @param children the children, not null
   * @return the copy, not null
   */
  public StaffingSituation withChildren(ChildrenPresent children) {
    return new StaffingSituation(setting, capacity, option, parental, outing, children);
  }

  /**
   * Obtains a builder of StaffingSituation (the generated {@code StaffingSituationBuilder}); copy
   * an instance with {@code builder().from(x)}.
   *
   * @return a new builder, not null
   */
  public static StaffingSituationBuilder builder() {
    return StaffingSituationBuilder.builder();
  }
}
