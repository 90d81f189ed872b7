package io.github.esspetiteenfance.regulation;

import java.util.Objects;

/**
 * The children and adults present at one moment, in the establishment or on an outing: what the
 * staffing rules check, taken from an {@link Observation} that gives both (users give them on the
 * observation; this type is not public).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param children the children present, not null
 * @param staff the adults caring for them, not null
 * @param outing true if this is a group on an outing (R2324-43-2)
 */
record Presence(ChildrenPresent children, StaffPresent staff, boolean outing) {

  /** Creates a presence. */
  Presence {
    Objects.requireNonNull(children, "children");
    Objects.requireNonNull(staff, "staff");
  }

  /**
   * Obtains a presence in the establishment (not on an outing).
   *
   * @param children the children present, not null
   * @param staff the adults present, not null
   * @return the presence
   */
  static Presence of(ChildrenPresent children, StaffPresent staff) {
    return new Presence(children, staff, false);
  }
}
