/**
 * Jakarta Bean Validation constraints for French identifiers held in plain strings: {@link
 * io.github.esspetiteenfance.constraints.Siren @Siren}, {@link
 * io.github.esspetiteenfance.constraints.Siret @Siret}, {@link
 * io.github.esspetiteenfance.constraints.Rna @Rna}, {@link
 * io.github.esspetiteenfance.constraints.CodeNaf @CodeNaf}, {@link
 * io.github.esspetiteenfance.constraints.CategorieJuridique @CategorieJuridique}, {@link
 * io.github.esspetiteenfance.constraints.CodeCommune @CodeCommune}, {@link
 * io.github.esspetiteenfance.constraints.CodeDepartement @CodeDepartement}, {@link
 * io.github.esspetiteenfance.constraints.CodeRegion @CodeRegion}, {@link
 * io.github.esspetiteenfance.constraints.CodePostal @CodePostal} and {@link
 * io.github.esspetiteenfance.constraints.Finess @Finess}.
 *
 * <p>Modelled on Hibernate Validator's country constraints ({@code @CPF}, {@code @NIP}): each
 * annotation keeps the official French acronym; {@code null} is valid (add {@code @NotNull} to
 * require a value); the check covers format and check digits, never existence in a register. Each
 * validator calls the same algorithm class as the value type of {@code
 * io.github.esspetiteenfance.identifier}, so a text is valid for {@code @Siren} exactly when {@code
 * Siren.isValid} accepts it (spaces are ignored).
 *
 * <p>Messages: keys {@code io.github.esspetiteenfance.constraints.<Name>.message}, in English and
 * French, in {@code ContributorValidationMessages.properties} at the root of the jar, which
 * Hibernate Validator finds without configuration. They use no expression language, so they work
 * with {@code ParameterMessageInterpolator} and no EL implementation on the classpath:
 *
 * <pre>
 *   Validator validator = Validation.byDefaultProvider().configure()
 *       .messageInterpolator(new ParameterMessageInterpolator())
 *       .buildValidatorFactory().getValidator();
 * </pre>
 */
package io.github.esspetiteenfance.constraints;
