package io.github.esspetiteenfance.constraints.fr.internal;

import io.github.esspetiteenfance.constraints.fr.ValidFiness;
import io.github.esspetiteenfance.identifier.FinessNumber;

/**
 * Checks the {@link ValidFiness @ValidFiness} constraint with {@link
 * FinessNumber#check(CharSequence)}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FinessValidator extends IdentifierValidator<ValidFiness> {

  /** Creates a validator; called by the Bean Validation provider. */
  public FinessValidator() {
    super(ValidFiness.class, FinessNumber::check);
  }
}
