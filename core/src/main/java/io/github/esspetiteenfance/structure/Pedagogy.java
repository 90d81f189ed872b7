package io.github.esspetiteenfance.structure;

import io.github.esspetiteenfance.CommonErrorCode;
import io.github.esspetiteenfance.InvalidValueException;
import jakarta.validation.constraints.Pattern;
import java.util.Comparator;
import java.util.Optional;

/**
 * An educational approach of a structure: a named approach, applied or only drawn on ("inspirée de
 * la méthode Montessori"), or another approach with its label.
 *
 * <p>Examples: {@code Pedagogy.inspiredBy(MONTESSORI)}; {@code Pedagogy.of(ACTIVE_PEDAGOGY)};
 * {@code Pedagogy.other("autonomie des enfants")}.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param approach the approach, not null
 * @param label the label; required for {@link PedagogicalApproach#OTHER}, a precision otherwise;
 *     not blank
 * @param inspirationOnly true if the structure draws on the approach without claiming to apply it
 */
public record Pedagogy(
    PedagogicalApproach approach,
    Optional<@Pattern(regexp = Checks.NON_BLANK) String> label,
    boolean inspirationOnly) {

  /** Orders pedagogies by approach, then label, then inspiration. */
  static final Comparator<Pedagogy> ORDER =
      Comparator.comparing(Pedagogy::approach)
          .thenComparing(p -> p.label().orElse(""))
          .thenComparing(Pedagogy::inspirationOnly);

  /**
   * Creates a pedagogy.
   *
   * @throws InvalidValueException with code {@link StructureErrorCode#OTHER_WITHOUT_LABEL} or
   *     {@link CommonErrorCode#BLANK}
   */
  public Pedagogy {
    Checks.labelForOther(approach, label, "label");
  }

  /**
   * Obtains an applied approach.
   *
   * @param approach the approach, not {@code OTHER}
   * @return the pedagogy, not null
   */
  public static Pedagogy of(PedagogicalApproach approach) {
    return new Pedagogy(approach, Optional.empty(), false);
  }

  /**
   * Obtains an approach the structure draws on ("inspirée de").
   *
   * @param approach the approach, not {@code OTHER}
   * @return the pedagogy, not null
   */
  public static Pedagogy inspiredBy(PedagogicalApproach approach) {
    return new Pedagogy(approach, Optional.empty(), true);
  }

  /**
   * Obtains another approach, named by its label.
   *
   * @param label the label, not blank
   * @return the pedagogy, not null
   */
  public static Pedagogy other(String label) {
    return new Pedagogy(PedagogicalApproach.OTHER, Optional.of(label), false);
  }
}
