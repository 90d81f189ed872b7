package io.github.esspetiteenfance.constraints;

import io.github.esspetiteenfance.identifier.FinessAlgorithm;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks the {@link Finess @Finess} constraint with {@link FinessAlgorithm}, the rule {@link
 * io.github.esspetiteenfance.identifier.FinessNumber} also uses.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FinessValidator implements ConstraintValidator<Finess, CharSequence> {

  /** Creates a validator; called by the Bean Validation provider. */
  public FinessValidator() {}

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
        || FinessAlgorithm.check(FinessAlgorithm.normalize(value.toString())).isEmpty();
  }
}
