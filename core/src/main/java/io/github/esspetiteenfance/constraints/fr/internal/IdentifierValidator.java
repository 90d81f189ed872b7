package io.github.esspetiteenfance.constraints.fr.internal;

import io.github.esspetiteenfance.identifier.IdentifierViolation;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.lang.annotation.Annotation;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The one validator of the identifier constraints: it asks the value type's {@code check} for the
 * violation, so that a constraint and its value type never disagree.
 *
 * <p>{@code null} is valid. When the text is invalid and the annotation keeps its default message,
 * the violation's message template becomes the violation's code ({@code
 * {identifier.siren.checksum}}...), whose messages are in {@code ContributorValidationMessages}:
 * the report tells which rule the text breaks. A message given on the annotation is kept.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <A> the constraint annotation
 */
abstract class IdentifierValidator<A extends Annotation>
    implements ConstraintValidator<A, CharSequence> {

  private final String defaultTemplate;
  private final Function<CharSequence, Optional<IdentifierViolation>> check;

  /**
   * Creates a validator.
   *
   * @param constraint the annotation type, whose default message is {@code {<its name>.message}}
   * @param check the value type's {@code check}, not null
   */
  IdentifierValidator(
      Class<A> constraint, Function<CharSequence, Optional<IdentifierViolation>> check) {
    this.defaultTemplate = "{" + constraint.getName() + ".message}";
    this.check = Objects.requireNonNull(check, "check");
  }

  /**
   * Returns the message template of a violation: the violation's code as a message key.
   *
   * @param violation the violation, not null
   * @return the template, such as {@code {identifier.siren.checksum}}
   */
  static String template(IdentifierViolation violation) {
    return "{" + violation.code() + "}";
  }

  /**
   * Checks if a text satisfies the constraint; never throws.
   *
   * @param value the text, may be null (valid)
   * @param context the validation context; may be null (outside a Bean Validation provider)
   * @return true if the text is null or valid
   */
  @Override
  public final boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    Optional<IdentifierViolation> violation = check.apply(value);
    if (violation.isEmpty()) {
      return true;
    }
    if (context != null && defaultTemplate.equals(context.getDefaultConstraintMessageTemplate())) {
      context.disableDefaultConstraintViolation();
      context
          .buildConstraintViolationWithTemplate(template(violation.get()))
          .addConstraintViolation();
    }
    return false;
  }
}
