package io.github.esspetiteenfance.constraints;

import io.github.esspetiteenfance.identifier.RnaAlgorithm;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks the {@link Rna @Rna} constraint with {@link RnaAlgorithm}, the rule {@link
 * io.github.esspetiteenfance.identifier.RnaNumber} also uses.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RnaValidator implements ConstraintValidator<Rna, CharSequence> {

  /** Creates a validator; called by the Bean Validation provider. */
  public RnaValidator() {}

  /**
   * Checks if a text satisfies the constraint.
   *
   * @param value the text, may be null
   * @param context the validation context, ignored
   * @return true if the text is null or valid
   */
  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    return value == null || RnaAlgorithm.check(RnaAlgorithm.normalize(value.toString())).isEmpty();
  }
}
