package io.github.esspetiteenfance.testing;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * The plain Bean Validation setup of the tests: the default provider, without expression language.
 */
public final class Validators {

  private Validators() {}

  /**
   * Builds a validator factory of the default provider (Hibernate Validator) with a {@link
   * ParameterMessageInterpolator}, so that no Jakarta EL implementation is needed.
   *
   * @return a new factory, to close after use
   */
  public static ValidatorFactory withoutExpressionLanguage() {
    return Validation.byDefaultProvider()
        .configure()
        .messageInterpolator(new ParameterMessageInterpolator())
        .buildValidatorFactory();
  }
}
