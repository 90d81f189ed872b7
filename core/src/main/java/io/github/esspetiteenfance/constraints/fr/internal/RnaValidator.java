package io.github.esspetiteenfance.constraints.fr.internal;

import io.github.esspetiteenfance.constraints.fr.ValidRna;
import io.github.esspetiteenfance.identifier.RnaNumber;

/**
 * Checks the {@link ValidRna @ValidRna} constraint with {@link RnaNumber#check(CharSequence)}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RnaValidator extends IdentifierValidator<ValidRna> {

  /** Creates a validator; called by the Bean Validation provider. */
  public RnaValidator() {
    super(ValidRna.class, RnaNumber::check);
  }
}
