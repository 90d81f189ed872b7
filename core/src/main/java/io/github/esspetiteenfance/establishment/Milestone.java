package io.github.esspetiteenfance.establishment;

import io.github.esspetiteenfance.CommonErrorCode;
import io.github.esspetiteenfance.InvalidValueException;
import io.github.esspetiteenfance.structure.PartialDate;
import jakarta.validation.constraints.Pattern;
import java.util.Objects;
import java.util.Optional;

/**
 * An event in an establishment's history, with its date to the precision known and a description:
 * "vente éphémère en décembre 2023" before Les Polichinelles opened; MicroScop's second site,
 * opened because the first was full from the start.
 *
 * <p>The opening itself is the structure's {@link
 * io.github.esspetiteenfance.structure.Structure#opened() opening date}, not a milestone.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param kind the kind of event, not null
 * @param date when it happened, if known
 * @param description what happened and why, in the source's words; required for {@link
 *     MilestoneKind#OTHER}; not blank
 */
public record Milestone(
    MilestoneKind kind,
    Optional<PartialDate> date,
    Optional<@Pattern(regexp = Checks.NON_BLANK) String> description) {

  /**
   * Creates a milestone.
   *
   * @throws InvalidValueException with code {@link
   *     EstablishmentErrorCode#OTHER_WITHOUT_DESCRIPTION} or {@link CommonErrorCode#BLANK}
   */
  public Milestone {
    Objects.requireNonNull(date, "date");
    Checks.descriptionForOther(kind, description, "description");
  }

  /**
   * Obtains a dated milestone with a description.
   *
   * @param kind the kind, not null
   * @param date the date, not null
   * @param description the description, not blank
   * @return the milestone, not null
   */
  public static Milestone of(MilestoneKind kind, PartialDate date, String description) {
    return new Milestone(kind, Optional.of(date), Optional.of(description));
  }

  /**
   * Obtains an undated milestone with a description.
   *
   * @param kind the kind, not null
   * @param description the description, not blank
   * @return the milestone, not null
   */
  public static Milestone undated(MilestoneKind kind, String description) {
    return new Milestone(kind, Optional.empty(), Optional.of(description));
  }
}
