package io.github.esspetiteenfance.constraints.fr.internal;

import io.github.esspetiteenfance.constraints.fr.ValidCodeRegion;
import io.github.esspetiteenfance.identifier.CodeRegion;

/**
 * Checks the {@link ValidCodeRegion @ValidCodeRegion} constraint with {@link
 * CodeRegion#check(CharSequence)}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CodeRegionValidator extends IdentifierValidator<ValidCodeRegion> {

  /** Creates a validator; called by the Bean Validation provider. */
  public CodeRegionValidator() {
    super(ValidCodeRegion.class, CodeRegion::check);
  }
}
