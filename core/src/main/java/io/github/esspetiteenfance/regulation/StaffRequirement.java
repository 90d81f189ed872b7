package io.github.esspetiteenfance.regulation;

import io.github.esspetiteenfance.legal.Confidence;
import io.github.esspetiteenfance.legal.LegalBasis;
import java.util.List;
import java.util.Objects;

/**
 * How many adults a situation needs, and why: the result of {@link StaffingCalculator}.
 *
 * <p>{@link #adults()} is the largest of the three requirements (ratio, outing, minimum of two); in
 * an establishment à gestion parentale parents count toward it, but at least {@link
 * #professionals()} must be professionals; {@link #qualified()} of them must hold an R2324-42 1°
 * diploma.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param byRatio adults needed by the ratio (R2324-46-4 or R2324-47-4), not negative
 * @param byOuting adults needed by the outing ratio (R2324-43-2), 0 when not on an outing
 * @param minimumAdults the minimum of two (R2324-43-1) when it applies, 0 otherwise
 * @param adults adults needed, the largest of the three, not negative
 * @param professionals professionals needed among the adults, not negative, at most {@code adults}
 * @param qualified R2324-42 1° professionals needed, not negative, at most {@code professionals}
 * @param bases the legal bases of the rules applied, not null
 */
public record StaffRequirement(
    int byRatio,
    int byOuting,
    int minimumAdults,
    int adults,
    int professionals,
    int qualified,
    List<LegalBasis> bases) {

  /** Creates a requirement. */
  public StaffRequirement {
    Inputs.nonNegative("byRatio", byRatio);
    Inputs.nonNegative("byOuting", byOuting);
    Inputs.nonNegative("minimumAdults", minimumAdults);
    Inputs.nonNegative("qualified", qualified);
    Inputs.partOf("professionals", professionals, adults);
    Inputs.partOf("qualified", qualified, professionals);
    bases = List.copyOf(Objects.requireNonNull(bases, "bases"));
  }

  /**
   * Returns how sure the project is of this requirement: the weakest confidence of its bases.
   *
   * @return the confidence, {@link Confidence#CONFIRMED} if there is no basis
   */
  public Confidence confidence() {
    return bases.stream()
        .map(LegalBasis::confidence)
        .reduce(Confidence.CONFIRMED, Confidence::weakest);
  }

  /**
   * Checks if the staff present meets this requirement.
   *
   * @param staff the staff present, not null
   * @param parental true if parents count (establishment à gestion parentale)
   * @return true if the adults, professionals and qualified professionals are enough
   */
  public boolean isMetBy(StaffPresent staff, boolean parental) {
    int counted = staff.professionals() + (parental ? staff.parents() : 0);
    return counted >= adults
        && staff.professionals() >= professionals
        && staff.qualified() >= qualified;
  }
}
