package io.github.esspetiteenfance.constraints.fr.internal;

import io.github.esspetiteenfance.constraints.fr.ValidCategorieJuridique;
import io.github.esspetiteenfance.identifier.CategorieJuridique;

/**
 * Checks the {@link ValidCategorieJuridique @ValidCategorieJuridique} constraint with {@link
 * CategorieJuridique#check(CharSequence)}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CategorieJuridiqueValidator
    extends IdentifierValidator<ValidCategorieJuridique> {

  /** Creates a validator; called by the Bean Validation provider. */
  public CategorieJuridiqueValidator() {
    super(ValidCategorieJuridique.class, CategorieJuridique::check);
  }
}
