package io.github.esspetiteenfance.constraints.fr.internal;

import io.github.esspetiteenfance.constraints.fr.ValidCodePostal;
import io.github.esspetiteenfance.identifier.CodePostal;

/**
 * Checks the {@link ValidCodePostal @ValidCodePostal} constraint with {@link
 * CodePostal#check(CharSequence)}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CodePostalValidator extends IdentifierValidator<ValidCodePostal> {

  /** Creates a validator; called by the Bean Validation provider. */
  public CodePostalValidator() {
    super(ValidCodePostal.class, CodePostal::check);
  }
}
