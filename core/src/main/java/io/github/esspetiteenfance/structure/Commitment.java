package io.github.esspetiteenfance.structure;

import io.github.esspetiteenfance.CommonErrorCode;
import io.github.esspetiteenfance.InvalidValueException;
import jakarta.validation.constraints.Pattern;
import java.util.Comparator;
import java.util.Optional;

/**
 * An environmental or social commitment of a structure, such as a compost or a hen house, or
 * another commitment with its label.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param kind the kind, not null
 * @param label the label; required for {@link CommitmentKind#OTHER}, a precision otherwise; not
 *     blank
 */
public record Commitment(
    CommitmentKind kind, Optional<@Pattern(regexp = Checks.NON_BLANK) String> label) {

  /** Orders commitments by kind, then label. */
  static final Comparator<Commitment> ORDER =
      Comparator.comparing(Commitment::kind).thenComparing(c -> c.label().orElse(""));

  /**
   * Creates a commitment.
   *
   * @throws InvalidValueException with code {@link StructureErrorCode#OTHER_WITHOUT_LABEL} or
   *     {@link CommonErrorCode#BLANK}
   */
  public Commitment {
    Checks.labelForOther(kind, label, "label");
  }

  /**
   * Obtains a commitment of a named kind.
   *
   * @param kind the kind, not {@code OTHER}
   * @return the commitment, not null
   */
  public static Commitment of(CommitmentKind kind) {
    return new Commitment(kind, Optional.empty());
  }

  /**
   * Obtains another commitment, named by its label.
   *
   * @param label the label, not blank
   * @return the commitment, not null
   */
  public static Commitment other(String label) {
    return new Commitment(CommitmentKind.OTHER, Optional.of(label));
  }
}
