package io.github.esspetiteenfance.structure;

import io.github.esspetiteenfance.CommonErrorCode;
import io.github.esspetiteenfance.InvalidValueException;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The agrément of an assistant maternel: the number of children the président du conseil
 * départemental allows them to care for at the same time, and when it was granted.
 *
 * <p>The invariant is the range the law allows at all: 1 to 6 children ({@value #MIN_CHILDREN} to
 * {@value #MAX_CHILDREN}; CASF L421-4: 4 children as a rule since 21 May 2021, and at most 6 minors
 * under 11 in all). Whether a number fits the rule in force on a date (4, initial agrément at least
 * 2) is a dated regulatory check, not an invariant.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param children the number of children allowed at the same time, 1 to 6
 * @param grantedOn the date the agrément was granted or last renewed, if known
 * @param details other conditions (ages, derogations...), if any; not blank
 */
public record Agrement(
    @Min(MIN_CHILDREN) @Max(MAX_CHILDREN) int children,
    Optional<LocalDate> grantedOn,
    Optional<@Pattern(regexp = Checks.NON_BLANK) String> details) {

  /** The fewest children an agrément can allow. */
  public static final int MIN_CHILDREN = 1;

  /** The most children an agrément can allow (CASF L421-4 II: 6 minors under 11 in all). */
  public static final int MAX_CHILDREN = 6;

  /**
   * Creates an agrément.
   *
   * @throws InvalidValueException with code {@link
   *     StructureErrorCode#AGREMENT_CHILDREN_OUT_OF_RANGE} or {@link CommonErrorCode#BLANK}
   */
  public Agrement {
    Objects.requireNonNull(grantedOn, "grantedOn");
    if (children < MIN_CHILDREN || children > MAX_CHILDREN) {
      throw new InvalidValueException(
          StructureErrorCode.AGREMENT_CHILDREN_OUT_OF_RANGE,
          "children",
          children,
          MIN_CHILDREN,
          MAX_CHILDREN);
    }
    Checks.nonBlank(details, "details");
  }

  /**
   * Obtains an agrément.
   *
   * @param children the number of children, 1 to 6
   * @param grantedOn the date granted, not null
   * @return the agrément, not null
   */
  public static Agrement of(int children, LocalDate grantedOn) {
    return new Agrement(children, Optional.of(grantedOn), Optional.empty());
  }

  /**
   * Checks if a number of children is allowed in an agrément at all, without throwing.
   *
   * @param children the number of children
   * @return true if 1 to 6
   */
  public static boolean isValid(int children) {
    return children >= MIN_CHILDREN && children <= MAX_CHILDREN;
  }
}
