package io.github.esspetiteenfance.constraints.fr.internal;

import io.github.esspetiteenfance.constraints.fr.ValidCodeNaf;
import io.github.esspetiteenfance.identifier.CodeNaf;

/**
 * Checks the {@link ValidCodeNaf @ValidCodeNaf} constraint with {@link
 * CodeNaf#check(CharSequence)}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CodeNafValidator extends IdentifierValidator<ValidCodeNaf> {

  /** Creates a validator; called by the Bean Validation provider. */
  public CodeNafValidator() {
    super(ValidCodeNaf.class, CodeNaf::check);
  }
}
