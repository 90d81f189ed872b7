package io.github.esspetiteenfance.regulation;

/**
 * The children present at one moment, as the staffing rules count them.
 *
 * <p>Crèches count children who walk and children who do not (R2324-46-4); jardins d'enfants count
 * children under 3 and aged 3 and over (R2324-47-4). {@link #aged3AndOver()} is part of the {@link
 * #total()}; children under 3 are the others. Children visiting a multi-accueil with their
 * assistant maternel are not counted (R2324-43 II).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param notWalking children who do not walk yet, not negative
 * @param walking children who walk, not negative
 * @param aged3AndOver children aged 3 and over among them (jardins d'enfants), not negative, at
 *     most the total
 */
public record ChildrenPresent(int notWalking, int walking, int aged3AndOver) {

  /**
   * Creates the children present.
   *
   * @throws io.github.esspetiteenfance.InvalidValueException if a count is negative or {@code
   *     aged3AndOver} is above the total
   */
  public ChildrenPresent {
    Inputs.nonNegative("notWalking", notWalking);
    Inputs.nonNegative("walking", walking);
    Inputs.nonNegative("aged3AndOver", aged3AndOver);
    Inputs.partOf("aged3AndOver", aged3AndOver, (long) notWalking + walking);
  }

  /**
   * Obtains the children of a crèche: who walk and who do not.
   *
   * @param notWalking children who do not walk, not negative
   * @param walking children who walk, not negative
   * @return the children, none counted as aged 3 and over
   */
  public static ChildrenPresent of(int notWalking, int walking) {
    return new ChildrenPresent(notWalking, walking, 0);
  }

  /**
   * Obtains the children of a jardin d'enfants: under 3 and aged 3 and over (all counted as
   * walking).
   *
   * @param under3 children under 3, not negative
   * @param aged3AndOver children aged 3 and over, not negative
   * @return the children
   */
  public static ChildrenPresent byAge(int under3, int aged3AndOver) {
    Inputs.nonNegative("under3", under3);
    return new ChildrenPresent(0, under3 + aged3AndOver, aged3AndOver);
  }

  /**
   * Returns the number of children present.
   *
   * @return the total, not negative
   */
  public int total() {
    return notWalking + walking;
  }

  /**
   * Returns the number of children under 3.
   *
   * @return the total less the children aged 3 and over
   */
  public int under3() {
    return total() - aged3AndOver;
  }
}
