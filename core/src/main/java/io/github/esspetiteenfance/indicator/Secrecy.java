package io.github.esspetiteenfance.indicator;

import java.util.EnumSet;
import java.util.Set;

/**
 * Whether a figure is under statistical secrecy, and why: a figure that is {@link #isSecret()
 * secret} keeps its value for further computation, but the display methods of {@link Indicator}
 * never show it.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param reasons the reasons, empty if the figure may be shown
 */
public record Secrecy(Set<SecrecyReason> reasons) {

  /** A figure that may be shown. */
  public static final Secrecy NONE = new Secrecy(Set.of());

  /** Creates a secrecy status. */
  public Secrecy {
    reasons = Set.copyOf(reasons);
  }

  /**
   * Obtains the status of a figure secret for some reasons.
   *
   * @param reasons the reasons, may be empty
   * @return the status, not null
   */
  public static Secrecy of(SecrecyReason... reasons) {
    return new Secrecy(Set.of(reasons));
  }

  /**
   * Checks if the figure is secret.
   *
   * @return true if there is at least one reason
   */
  public boolean isSecret() {
    return !reasons.isEmpty();
  }

  /**
   * Returns the status of a figure built from this one and another: secret if either is.
   *
   * @param other the other status, not null
   * @return the union of the reasons, not null
   */
  public Secrecy and(Secrecy other) {
    if (reasons.isEmpty()) {
      return other;
    }
    if (other.reasons.isEmpty()) {
      return this;
    }
    Set<SecrecyReason> all = EnumSet.copyOf(reasons);
    all.addAll(other.reasons);
    return new Secrecy(all);
  }

  /** Returns {@code SECRET[reasons]} or {@code PUBLIC}. */
  @Override
  public String toString() {
    return isSecret() ? "SECRET" + reasons : "PUBLIC";
  }
}
