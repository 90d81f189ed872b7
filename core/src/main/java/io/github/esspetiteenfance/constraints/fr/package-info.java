/**
 * Jakarta Bean Validation constraints for French identifiers held in plain strings: {@link
 * io.github.esspetiteenfance.constraints.fr.ValidSiren @ValidSiren}, {@link
 * io.github.esspetiteenfance.constraints.fr.ValidSiret @ValidSiret}, {@link
 * io.github.esspetiteenfance.constraints.fr.ValidRna @ValidRna}, {@link
 * io.github.esspetiteenfance.constraints.fr.ValidCodeNaf @ValidCodeNaf}, {@link
 * io.github.esspetiteenfance.constraints.fr.ValidCategorieJuridique @ValidCategorieJuridique},
 * {@link io.github.esspetiteenfance.constraints.fr.ValidCodeCommune @ValidCodeCommune}, {@link
 * io.github.esspetiteenfance.constraints.fr.ValidCodeDepartement @ValidCodeDepartement}, {@link
 * io.github.esspetiteenfance.constraints.fr.ValidCodeRegion @ValidCodeRegion}, {@link
 * io.github.esspetiteenfance.constraints.fr.ValidCodePostal @ValidCodePostal} and {@link
 * io.github.esspetiteenfance.constraints.fr.ValidFiness @ValidFiness}.
 *
 * <p>Modelled on Hibernate Validator's country packages ({@code constraints.br}, {@code
 * constraints.pl}): the package names the country, each annotation is {@code Valid} followed by the
 * name of the value type it checks, so that it never clashes with the value types of {@code
 * io.github.esspetiteenfance.identifier}. {@code null} is valid (add {@code @NotNull} to require a
 * value); the check covers format and check digits, never existence in a register. Each validator
 * (in the unexported {@code constraints.fr.internal}, created by the Bean Validation provider)
 * calls the value type's {@code check} (for instance {@link
 * io.github.esspetiteenfance.identifier.Siret#check(CharSequence)}), so a text is valid for
 * {@code @ValidSiret} exactly when {@code Siret.isValid} accepts it. The constraints are not
 * repeatable: one identifier rule per element.
 *
 * <p>Messages: the message of a violation is that of its code, such as {@code
 * identifier.siren.checksum}, and the default message of each annotation has the key {@code
 * io.github.esspetiteenfance.constraints.fr.<Name>.message}; both in English and French, in {@code
 * ContributorValidationMessages.properties} at the root of the jar, which Hibernate Validator finds
 * without configuration. They use no expression language, so they work with {@code
 * ParameterMessageInterpolator} and no EL implementation on the classpath:
 *
 * <pre>
 *   Validator validator = Validation.byDefaultProvider().configure()
 *       .messageInterpolator(new ParameterMessageInterpolator())
 *       .buildValidatorFactory().getValidator();
 * </pre>
 */
package io.github.esspetiteenfance.constraints.fr;
