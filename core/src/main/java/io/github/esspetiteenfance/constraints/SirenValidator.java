package io.github.esspetiteenfance.constraints;

import io.github.esspetiteenfance.identifier.SirenAlgorithm;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks the {@link Siren @Siren} constraint with {@link SirenAlgorithm}, the rule {@link
 * io.github.esspetiteenfance.identifier.Siren} also uses.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SirenValidator implements ConstraintValidator<Siren, CharSequence> {

  /** Creates a validator; called by the Bean Validation provider. */
  public SirenValidator() {}

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
        || SirenAlgorithm.check(SirenAlgorithm.normalize(value.toString())).isEmpty();
  }
}
