package io.github.esspetiteenfance.fee;

import io.github.esspetiteenfance.InvalidValueException;
import java.util.Objects;

/**
 * The family facts the CNAF barème depends on: the number of dependent children, how many of them
 * receive the AEEH, and the resources.
 *
 * <p><b>AEEH rule</b> (SECONDARY, three concordant sources, reference §4.1): for each child of the
 * family receiving the allocation d'éducation de l'enfant handicapé, the taux d'effort of the next
 * bracket applies, as if the family had one more child, even if the disabled child is not the one
 * in care. So {@link #effectiveChildren()} is {@code dependentChildren + aeehChildren}.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param dependentChildren the children the family has in charge (enfants à charge), between 1 and
 *     {@value #MAX_CHILDREN}
 * @param aeehChildren how many of them receive the AEEH, between 0 and {@code dependentChildren}
 * @param resources the family's resources, not null
 */
public record Family(int dependentChildren, int aeehChildren, Resources resources) {

  /** The largest number of dependent children accepted: a sanity bound, not a legal one. */
  public static final int MAX_CHILDREN = 99;

  /**
   * Creates a family.
   *
   * @throws InvalidValueException if {@code dependentChildren} is not between 1 and {@value
   *     #MAX_CHILDREN} or {@code aeehChildren} is not between 0 and {@code dependentChildren}
   */
  public Family {
    Objects.requireNonNull(resources, "resources");
    if (dependentChildren < 1 || dependentChildren > MAX_CHILDREN) {
      throw new InvalidValueException(
          FeeErrorCode.CHILDREN_OUT_OF_RANGE,
          "dependentChildren",
          dependentChildren,
          1,
          MAX_CHILDREN);
    }
    if (aeehChildren < 0 || aeehChildren > dependentChildren) {
      throw new InvalidValueException(
          FeeErrorCode.CHILDREN_OUT_OF_RANGE, "aeehChildren", aeehChildren, 0, dependentChildren);
    }
  }

  /**
   * Obtains a family with no child receiving the AEEH.
   *
   * @param dependentChildren the children in charge, at least 1
   * @param resources the resources, not null
   * @return the family, not null
   * @throws InvalidValueException if {@code dependentChildren} is below 1
   */
  public static Family of(int dependentChildren, Resources resources) {
    return new Family(dependentChildren, 0, resources);
  }

  /**
   * Returns a copy of this family with a number of children receiving the AEEH.
   *
   * @param aeeh the number of children receiving the AEEH, between 0 and the dependent children
   * @return the family, not null
   * @throws InvalidValueException if {@code aeeh} is out of range
   */
  public Family withAeehChildren(int aeeh) {
    return new Family(dependentChildren, aeeh, resources);
  }

  /**
   * Returns a copy of this family with other resources.
   *
   * @param newResources the resources, not null
   * @return the family, not null
   */
  public Family withResources(Resources newResources) {
    return new Family(dependentChildren, aeehChildren, newResources);
  }

  /**
   * Returns the number of children that chooses the bracket: the dependent children plus one per
   * child receiving the AEEH.
   *
   * @return the number, at least 1
   */
  public int effectiveChildren() {
    return dependentChildren + aeehChildren;
  }
}
