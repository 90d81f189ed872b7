package io.github.esspetiteenfance.constraints;

import io.github.esspetiteenfance.identifier.NafAlgorithm;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks the {@link CodeNaf @CodeNaf} constraint with {@link NafAlgorithm}, the rule {@link
 * io.github.esspetiteenfance.identifier.CodeNaf} also uses.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CodeNafValidator implements ConstraintValidator<CodeNaf, CharSequence> {

  /** Creates a validator; called by the Bean Validation provider. */
  public CodeNafValidator() {}

  /**
   * Checks if a text satisfies the constraint.
   *
   * @param value the text, may be null
   * @param context the validation context, ignored
   * @return true if the text is null or valid
   */
  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    return value == null || NafAlgorithm.check(NafAlgorithm.normalize(value.toString())).isEmpty();
  }
}
