package io.github.esspetiteenfance.network;

import io.github.esspetiteenfance.CommonErrorCode;
import io.github.esspetiteenfance.InvalidValueException;
import io.github.esspetiteenfance.legal.Confidence;
import io.github.esspetiteenfance.organization.EssFamily;
import io.github.esspetiteenfance.organization.SpecificStatus;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The legal status of a network: its ESS family, its specific statuses (association reconnue
 * d'utilité publique...), how sure the project is of them, and a note.
 *
 * <p>Each specific status carries its own legal basis ({@link SpecificStatus#legalBasis()}).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param family the family of the network's legal form, not null
 * @param statuses the specific statuses, each of {@code family}; not null
 * @param confidence how sure the project is of the family and statuses, not null
 * @param note what is known or not (legal form seen in other regions' statutes...); not null
 */
public record NetworkLegalStatus(
    EssFamily family, List<SpecificStatus> statuses, Confidence confidence, String note) {

  /**
   * Creates a legal status.
   *
   * @throws InvalidValueException with code {@link NetworkErrorCode#STATUS_FAMILY_MISMATCH} if a
   *     status belongs to another family, {@link CommonErrorCode#DUPLICATE} if one is given twice
   */
  public NetworkLegalStatus {
    Objects.requireNonNull(family, "family");
    Objects.requireNonNull(confidence, "confidence");
    Objects.requireNonNull(note, "note");
    statuses = List.copyOf(statuses);
    Set<SpecificStatus> seen = new HashSet<>();
    for (SpecificStatus s : statuses) {
      if (s.family() != family) {
        throw new InvalidValueException(
            NetworkErrorCode.STATUS_FAMILY_MISMATCH, "statuses", s, s.family(), family);
      }
      if (!seen.add(s)) {
        throw new InvalidValueException(CommonErrorCode.DUPLICATE, "statuses", s);
      }
    }
  }
}
