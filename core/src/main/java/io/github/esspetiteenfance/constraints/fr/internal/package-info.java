/**
 * The validators of the constraints of {@link io.github.esspetiteenfance.constraints.fr}: not
 * public API.
 *
 * <p>Each annotation names its validator in {@code @Constraint(validatedBy = ...)}, so the Bean
 * Validation provider instantiates it by reflection; the package is therefore public for the
 * provider but not exported by {@code module-info} (it is opened, so that Hibernate Validator can
 * create the validators on the module path), as Hibernate Validator keeps its own validators in
 * {@code org.hibernate.validator.internal.constraintvalidators}. Users apply the annotations and
 * never name a validator; each validator calls the value type's {@code check}, so a text is valid
 * for {@code @ValidSiret} exactly when {@code Siret.isValid} accepts it.
 */
package io.github.esspetiteenfance.constraints.fr.internal;
