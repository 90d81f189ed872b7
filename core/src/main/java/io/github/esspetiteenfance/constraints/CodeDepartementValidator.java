package io.github.esspetiteenfance.constraints;

import io.github.esspetiteenfance.identifier.CodeDepartementAlgorithm;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks the {@link CodeDepartement @CodeDepartement} constraint with {@link
 * CodeDepartementAlgorithm}, the rule {@link io.github.esspetiteenfance.identifier.CodeDepartement}
 * also uses.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CodeDepartementValidator
    implements ConstraintValidator<CodeDepartement, CharSequence> {

  /** Creates a validator; called by the Bean Validation provider. */
  public CodeDepartementValidator() {}

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
        || CodeDepartementAlgorithm.check(CodeDepartementAlgorithm.normalize(value.toString()))
            .isEmpty();
  }
}
