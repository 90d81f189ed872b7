package io.github.esspetiteenfance.constraints.fr.internal;

import io.github.esspetiteenfance.constraints.fr.ValidSiret;
import io.github.esspetiteenfance.identifier.Siret;

/**
 * Checks the {@link ValidSiret @ValidSiret} constraint with {@link Siret#check(CharSequence)}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SiretValidator extends IdentifierValidator<ValidSiret> {

  /** Creates a validator; called by the Bean Validation provider. */
  public SiretValidator() {
    super(ValidSiret.class, Siret::check);
  }
}
