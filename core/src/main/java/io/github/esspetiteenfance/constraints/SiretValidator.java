package io.github.esspetiteenfance.constraints;

import io.github.esspetiteenfance.identifier.SiretAlgorithm;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks the {@link Siret @Siret} constraint with {@link SiretAlgorithm}, the rule {@link
 * io.github.esspetiteenfance.identifier.Siret} also uses.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SiretValidator implements ConstraintValidator<Siret, CharSequence> {

  /** Creates a validator; called by the Bean Validation provider. */
  public SiretValidator() {}

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
        || SiretAlgorithm.check(SiretAlgorithm.normalize(value.toString())).isEmpty();
  }
}
