package io.github.esspetiteenfance.constraints.fr.internal;

import io.github.esspetiteenfance.constraints.fr.ValidCodeDepartement;
import io.github.esspetiteenfance.identifier.CodeDepartement;

/**
 * Checks the {@link ValidCodeDepartement @ValidCodeDepartement} constraint with {@link
 * CodeDepartement#check(CharSequence)}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CodeDepartementValidator extends IdentifierValidator<ValidCodeDepartement> {

  /** Creates a validator; called by the Bean Validation provider. */
  public CodeDepartementValidator() {
    super(ValidCodeDepartement.class, CodeDepartement::check);
  }
}
