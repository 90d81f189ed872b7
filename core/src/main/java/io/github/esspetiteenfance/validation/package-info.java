/**
 * Bean Validation of the model: {@link io.github.esspetiteenfance.validation.ModelValidator}
 * validates any object of the library (records, nested records, {@code Optional} and {@code List}
 * elements marked {@code @Valid}) and returns a {@link
 * io.github.esspetiteenfance.validation.ValidationReport} of every {@link
 * io.github.esspetiteenfance.validation.Problem}, never only the first.
 *
 * <h2>Vocabulary</h2>
 *
 * <ul>
 *   <li>{@code ModelValidator.shared()} / {@code ModelValidator.create()} obtain the service, built
 *       once and thread-safe;
 *   <li>{@code validate(object)} / {@code validate(object, locale, groups...)} return a report;
 *   <li>{@code report.isValid()} is true when no problem is an {@link
 *       io.github.esspetiteenfance.validation.Severity#ERROR error}; {@code report.orThrow()}
 *       returns the object or throws {@link
 *       io.github.esspetiteenfance.validation.ValidationException}, which lists every problem.
 * </ul>
 *
 * <p>Each problem has a property path, a stable code derived from the constraint annotation ({@code
 * "constraint.NotBlank"}, {@code "constraint.ValidSiren"}), a severity (a constraint whose payload
 * lists {@link io.github.esspetiteenfance.validation.Warning} is a warning), the rejected value,
 * and its message in French and in English.
 *
 * <p>Hibernate Validator runs without expression language ({@code ParameterMessageInterpolator}):
 * the library never forces a Jakarta EL implementation on its users.
 *
 * <p>Dated regulatory rules (ratios, capacities, surnombre...) are not constraints: they are
 * checked by the {@code regulation} package, which returns findings with their legal basis.
 *
 * <p>Builders ({@code XBuilder.builder()}, {@code XBuilder.builder().from(x)} to copy): a missing
 * required attribute makes {@code build()} throw {@link
 * io.github.esspetiteenfance.MissingAttributesException} (code {@code model.missing-attributes},
 * with the missing names) rather than an {@link IllegalStateException}.
 */
@Value.Style(
    newBuilder = "builder",
    throwForInvalidImmutableState = MissingAttributesException.class)
package io.github.esspetiteenfance.validation;

import io.github.esspetiteenfance.MissingAttributesException;
import org.immutables.value.Value;
