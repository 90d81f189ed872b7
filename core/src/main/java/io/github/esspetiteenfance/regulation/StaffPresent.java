package io.github.esspetiteenfance.regulation;

/**
 * The adults caring for the children at one moment.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param professionals the professionals placed with the children (R2324-43), not negative
 * @param qualified those of them who hold a diploma of the R2324-42 1° list (auxiliaire de
 *     puériculture, EJE, infirmier, psychomotricien, puériculteur), not negative, at most {@code
 *     professionals}
 * @param parents parents or legal representatives taking part in the care, counted only in an
 *     establishment à gestion parentale (R2324-50); not negative
 */
public record StaffPresent(int professionals, int qualified, int parents) {

  /**
   * Creates the staff present.
   *
   * @throws io.github.esspetiteenfance.InvalidValueException if a count is negative or {@code
   *     qualified} is above {@code professionals}
   */
  public StaffPresent {
    Inputs.nonNegative("professionals", professionals);
    Inputs.nonNegative("qualified", qualified);
    Inputs.nonNegative("parents", parents);
    Inputs.partOf("qualified", qualified, professionals);
  }

  /**
   * Obtains professionals without parents.
   *
   * @param professionals the professionals, not negative
   * @param qualified those from the R2324-42 1° list, at most {@code professionals}
   * @return the staff
   */
  public static StaffPresent of(int professionals, int qualified) {
    return new StaffPresent(professionals, qualified, 0);
  }
}
