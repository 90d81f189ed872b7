package io.github.esspetiteenfance.regulation;

/**
 * One session of a lieu d'accueil enfants-parents (LAEP).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param children the children present, not negative
 * @param childrenWithoutAdult those without an accompanying referent adult, not negative, at most
 *     {@code children}
 * @param accueillants the accueillants present, not negative
 */
public record LaepSession(int children, int childrenWithoutAdult, int accueillants) {

  /** Creates a session. */
  public LaepSession {
    Inputs.nonNegative("children", children);
    Inputs.nonNegative("childrenWithoutAdult", childrenWithoutAdult);
    Inputs.nonNegative("accueillants", accueillants);
    Inputs.partOf("childrenWithoutAdult", childrenWithoutAdult, children);
  }
}
