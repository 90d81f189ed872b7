package io.github.esspetiteenfance.constraints.fr;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.esspetiteenfance.constraints.fr.internal.CategorieJuridiqueValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Validates that a {@code CharSequence} is a catégorie juridique: a 4-digit INSEE legal-category
 * code of the bundled nomenclature (version of 1 September 2022).
 *
 * <p>The rule is the one of the value type {@link
 * io.github.esspetiteenfance.identifier.CategorieJuridique}: the annotated text is valid exactly
 * when {@link io.github.esspetiteenfance.identifier.CategorieJuridique#check(CharSequence)} finds
 * no violation, that is when {@code CategorieJuridique.of} would accept it (spaces, no-break spaces
 * and narrow no-break spaces are ignored). {@code null} is valid: add {@code @NotNull} to require a
 * value.
 *
 * <p>The message of a violation is that of its code ({@code identifier.<...>}, such as a wrong
 * length or check digit), in English and French in the library's {@code
 * ContributorValidationMessages} bundle, without expression language. A {@code message} given on
 * the annotation replaces it.
 *
 * @see io.github.esspetiteenfance.identifier.CategorieJuridique
 */
@Documented
@Constraint(validatedBy = CategorieJuridiqueValidator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface ValidCategorieJuridique {

  /**
   * Returns the message template of a violation; the default is replaced by the message of the
   * violation's code.
   *
   * @return the message template, by default the bundled message
   */
  String message() default
      "{io.github.esspetiteenfance.constraints.fr.ValidCategorieJuridique.message}";

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
