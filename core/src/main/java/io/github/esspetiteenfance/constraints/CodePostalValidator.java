package io.github.esspetiteenfance.constraints;

import io.github.esspetiteenfance.identifier.CodePostalAlgorithm;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks the {@link CodePostal @CodePostal} constraint with {@link CodePostalAlgorithm}, the rule
 * {@link io.github.esspetiteenfance.identifier.CodePostal} also uses.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CodePostalValidator implements ConstraintValidator<CodePostal, CharSequence> {

  /** Creates a validator; called by the Bean Validation provider. */
  public CodePostalValidator() {}

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
        || CodePostalAlgorithm.check(CodePostalAlgorithm.normalize(value.toString())).isEmpty();
  }
}
