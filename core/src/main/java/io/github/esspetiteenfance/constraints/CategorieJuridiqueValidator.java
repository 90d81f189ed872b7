package io.github.esspetiteenfance.constraints;

import io.github.esspetiteenfance.identifier.CategorieJuridiqueAlgorithm;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks the {@link CategorieJuridique @CategorieJuridique} constraint with {@link
 * CategorieJuridiqueAlgorithm}, the rule {@link
 * io.github.esspetiteenfance.identifier.CategorieJuridique} also uses.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CategorieJuridiqueValidator
    implements ConstraintValidator<CategorieJuridique, CharSequence> {

  /** Creates a validator; called by the Bean Validation provider. */
  public CategorieJuridiqueValidator() {}

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
        || CategorieJuridiqueAlgorithm.check(
                CategorieJuridiqueAlgorithm.normalize(value.toString()))
            .isEmpty();
  }
}
