package io.github.esspetiteenfance.organization;

/** The relation between an organization and a network it belongs to or works with. */
public enum MembershipRole {
  /** A member (adherent) of the network. */
  MEMBER,
  /** A founding member of the network. */
  FOUNDING_MEMBER,
  /** A federation that is itself a member of the network (a union of federations). */
  MEMBER_FEDERATION,
  /**
   * Supported or accompanied by the network (for example at its creation) without being known as a
   * member.
   */
  ACCOMPANIED
}
