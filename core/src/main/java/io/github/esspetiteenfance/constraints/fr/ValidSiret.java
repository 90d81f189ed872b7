package io.github.esspetiteenfance.constraints.fr;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.esspetiteenfance.constraints.fr.internal.SiretValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Validates that a {@code CharSequence} is a SIRET (<i>Système d'identification du répertoire des
 * établissements</i>): the 14-digit number of a French establishment, a SIREN followed by a NIC,
 * passing the Luhn check (or, for La Poste, the digit-sum rule).
 *
 * <p>The rule is the one of the value type {@link io.github.esspetiteenfance.identifier.Siret}: the
 * annotated text is valid exactly when {@link
 * io.github.esspetiteenfance.identifier.Siret#check(CharSequence)} finds no violation, that is when
 * {@code Siret.of} would accept it (spaces, no-break spaces and narrow no-break spaces are
 * ignored). {@code null} is valid: add {@code @NotNull} to require a value.
 *
 * <p>The message of a violation is that of its code ({@code identifier.<...>}, such as a wrong
 * length or check digit), in English and French in the library's {@code
 * ContributorValidationMessages} bundle, without expression language. A {@code message} given on
 * the annotation replaces it.
 *
 * @see io.github.esspetiteenfance.identifier.Siret
 */
@Documented
@Constraint(validatedBy = SiretValidator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface ValidSiret {

  /**
   * Returns the message template of a violation; the default is replaced by the message of the
   * violation's code.
   *
   * @return the message template, by default the bundled message
   */
  String message() default "{io.github.esspetiteenfance.constraints.fr.ValidSiret.message}";

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
}
