package io.github.esspetiteenfance.organization;

import io.github.esspetiteenfance.CommonErrorCode;
import io.github.esspetiteenfance.InvalidValueException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The link between an organization and a network: the network's key, the role, and since when.
 *
 * <p>The network is named by its key (such as {@code "familles-rurales"} or {@code "uriopss-pdl"},
 * see {@code io.github.esspetiteenfance.network.Networks}) so that an organization does not hold
 * the network itself: the {@code network} package depends on this one, not the reverse.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param network the network's key, not blank
 * @param role the role, not null
 * @param since the date the link began, if known
 */
public record Membership(String network, MembershipRole role, Optional<LocalDate> since) {

  /**
   * Creates a membership.
   *
   * @throws InvalidValueException with code {@link CommonErrorCode#BLANK} if the network key is
   *     blank
   */
  public Membership {
    Objects.requireNonNull(network, "network");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(since, "since");
    io.github.esspetiteenfance.internal.TextChecks.characters(network, "network");
    if (network.isBlank()) {
      throw new InvalidValueException(CommonErrorCode.BLANK, "network", network);
    }
  }

  /**
   * Obtains a membership with no known start date.
   *
   * @param network the network's key, not blank
   * @param role the role, not null
   * @return the membership, not null
   */
  public static Membership of(String network, MembershipRole role) {
    return new Membership(network, role, Optional.empty());
  }

  /**
   * Returns a copy of this membership with a start date.
   *
   * @param date the date the link began, not null
   * @return the new membership, not null
   */
  public Membership withSince(LocalDate date) {
    return new Membership(network, role, Optional.of(date));
  }
}
