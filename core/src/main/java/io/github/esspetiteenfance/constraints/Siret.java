package io.github.esspetiteenfance.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Validates that a {@code CharSequence} is a SIRET (<i>Système d'identification du répertoire des
 * établissements</i>): the 14-digit number of a French establishment, a SIREN followed by a NIC,
 * passing the Luhn check (or, for La Poste, the digit-sum rule).
 *
 * <p>The rule is the one of {@link io.github.esspetiteenfance.identifier.Siret#isValid(String)}:
 * spaces are ignored, and the annotated text is valid exactly when {@link
 * io.github.esspetiteenfance.identifier.Siret#of(String)} would accept it. {@code null} is valid:
 * add {@code @NotNull} to require a value.
 *
 * <p>The default message, key {@code io.github.esspetiteenfance.constraints.Siret.message}, exists
 * in English and French in the library's {@code ContributorValidationMessages} bundle; it uses no
 * expression language.
 *
 * @see io.github.esspetiteenfance.identifier.Siret
 * @see io.github.esspetiteenfance.identifier.SiretAlgorithm
 */
@Documented
@Constraint(validatedBy = SiretValidator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(Siret.List.class)
public @interface Siret {

  /**
   * Returns the message template of a violation.
   *
   * @return the message template, by default the bundled message
   */
  String message() default "{io.github.esspetiteenfance.constraints.Siret.message}";

  /**
   * Returns the validation groups of this constraint.
   *
   * @return the groups, empty by default
   */
  Class<?>[] groups() default {};

  /**
   * Returns the payload of this constraint.
   *
   * @return the payload, empty by default
   */
  Class<? extends Payload>[] payload() default {};

  /** Defines several {@code @Siret} constraints on the same element. */
  @Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
  @Retention(RUNTIME)
  @Documented
  @interface List {

    /**
     * Returns the constraints.
     *
     * @return the constraints, not null
     */
    Siret[] value();
  }
}
