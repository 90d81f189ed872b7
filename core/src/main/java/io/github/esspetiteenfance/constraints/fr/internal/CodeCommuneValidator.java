package io.github.esspetiteenfance.constraints.fr.internal;

import io.github.esspetiteenfance.constraints.fr.ValidCodeCommune;
import io.github.esspetiteenfance.identifier.CodeCommune;

/**
 * Checks the {@link ValidCodeCommune @ValidCodeCommune} constraint with {@link
 * CodeCommune#check(CharSequence)}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CodeCommuneValidator extends IdentifierValidator<ValidCodeCommune> {

  /** Creates a validator; called by the Bean Validation provider. */
  public CodeCommuneValidator() {
    super(ValidCodeCommune.class, CodeCommune::check);
  }
}
