package io.github.esspetiteenfance.constraints;

import io.github.esspetiteenfance.identifier.CodeRegionAlgorithm;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks the {@link CodeRegion @CodeRegion} constraint with {@link CodeRegionAlgorithm}, the rule
 * {@link io.github.esspetiteenfance.identifier.CodeRegion} also uses.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CodeRegionValidator implements ConstraintValidator<CodeRegion, CharSequence> {

  /** Creates a validator; called by the Bean Validation provider. */
  public CodeRegionValidator() {}

  /**
   * Checks if a text satisfies the constraint.
   *
   * @param value the text, may be null
   * @param context the validation context, ignored
   * @return true if the text is null or valid
   */
  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    return value == null
        || CodeRegionAlgorithm.check(CodeRegionAlgorithm.normalize(value.toString())).isEmpty();
  }
}
