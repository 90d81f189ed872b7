package io.github.esspetiteenfance.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** A test-only constraint outside the known packages: its code is its fully qualified name. */
@Constraint(validatedBy = Even.Validator.class)
@Target({FIELD, TYPE_USE})
@Retention(RUNTIME)
@interface Even {
  String message() default "must be even, not {value}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** The validator of the test constraint. */
  final class Validator implements ConstraintValidator<Even, Integer> {
    @Override
    public boolean isValid(Integer value, ConstraintValidatorContext context) {
      return value == null || value % 2 == 0;
    }
  }
}
