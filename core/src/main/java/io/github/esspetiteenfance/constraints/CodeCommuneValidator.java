package io.github.esspetiteenfance.constraints;

import io.github.esspetiteenfance.identifier.CodeCommuneAlgorithm;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks the {@link CodeCommune @CodeCommune} constraint with {@link CodeCommuneAlgorithm}, the
 * rule {@link io.github.esspetiteenfance.identifier.CodeCommune} also uses.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CodeCommuneValidator implements ConstraintValidator<CodeCommune, CharSequence> {

  /** Creates a validator; called by the Bean Validation provider. */
  public CodeCommuneValidator() {}

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
        || CodeCommuneAlgorithm.check(CodeCommuneAlgorithm.normalize(value.toString())).isEmpty();
  }
}
