package io.github.esspetiteenfance.structure;

import io.github.esspetiteenfance.CommonErrorCode;
import io.github.esspetiteenfance.InvalidValueException;
import jakarta.validation.constraints.Pattern;
import java.util.Optional;

/**
 * The funding mode of an EAJE: PSU, PAJE (CMG) or another, with its label.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param mode the mode, not null
 * @param label the label; required for {@link FundingMode#OTHER}; not blank
 */
public record Funding(
    FundingMode mode, Optional<@Pattern(regexp = Checks.NON_BLANK) String> label) {

  /**
   * Creates a funding mode.
   *
   * @throws InvalidValueException with code {@link StructureErrorCode#OTHER_WITHOUT_LABEL} or
   *     {@link CommonErrorCode#BLANK}
   */
  public Funding {
    Checks.labelForOther(mode, label, "label");
  }

  /**
   * Obtains a named funding mode.
   *
   * @param mode the mode, not {@code OTHER}
   * @return the funding, not null
   */
  public static Funding of(FundingMode mode) {
    return new Funding(mode, Optional.empty());
  }

  /**
   * Obtains another funding mode, named by its label.
   *
   * @param label the label, not blank
   * @return the funding, not null
   */
  public static Funding other(String label) {
    return new Funding(FundingMode.OTHER, Optional.of(label));
  }
}
