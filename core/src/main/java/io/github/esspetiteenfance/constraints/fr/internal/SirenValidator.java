package io.github.esspetiteenfance.constraints.fr.internal;

import io.github.esspetiteenfance.constraints.fr.ValidSiren;
import io.github.esspetiteenfance.identifier.Siren;

/**
 * Checks the {@link ValidSiren @ValidSiren} constraint with {@link Siren#check(CharSequence)}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SirenValidator extends IdentifierValidator<ValidSiren> {

  /** Creates a validator; called by the Bean Validation provider. */
  public SirenValidator() {
    super(ValidSiren.class, Siren::check);
  }
}
