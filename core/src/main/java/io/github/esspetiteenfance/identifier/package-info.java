/**
 * French identifiers and codes as value types: SIREN, SIRET, NIC, RNA number, NAF code, catégorie
 * juridique, codes commune, département, région and postal, FINESS number.
 *
 * <h2>Vocabulary</h2>
 *
 * <p>Every type {@code X} offers the same three things, and only these to create or check one:
 *
 * <ul>
 *   <li>{@code X.of(String)} obtains an instance from its text. It removes spaces (leading,
 *       trailing, inner and no-break spaces: {@code "552 081 317"}), puts back the dot of a NAF
 *       code written without it ({@code 8891A}), and throws {@link
 *       io.github.esspetiteenfance.identifier.InvalidIdentifierException} with a stable {@link
 *       io.github.esspetiteenfance.identifier.IdentifierViolation code} when the text is invalid.
 *       Letters are never upper-cased silently.
 *   <li>{@code X.isValid(String)} checks the same text without throwing, and returns false for
 *       null. {@code isValid(s)} is true exactly when {@code of(s)} does not throw.
 *   <li>{@code toString()} returns the canonical form, which {@code of} accepts back: {@code
 *       X.of(x.toString()).equals(x)}. Since {@code of} already reads the canonical text, there is
 *       no separate {@code parse}.
 * </ul>
 *
 * <p>Instances are equal when their canonical text is. Each type is a final class with a private
 * constructor; each is immutable and thread-safe.
 *
 * <h2>Algorithms</h2>
 *
 * <p>Each rule lives in one public final class ({@link
 * io.github.esspetiteenfance.identifier.SirenAlgorithm}, {@link
 * io.github.esspetiteenfance.identifier.SiretAlgorithm}, ... and {@link
 * io.github.esspetiteenfance.identifier.Luhn}) with a {@code normalize(String)} method and a {@code
 * check(String)} method returning the violation, if any. The value types (which throw) and the Bean
 * Validation constraints of {@code io.github.esspetiteenfance.constraints} (which return false)
 * both call them, so they never disagree.
 *
 * <h2>Scope and confidence</h2>
 *
 * <p>The checks cover format and check digits only, never existence in a register (Sirene, RNA,
 * FINESS) or in a COG vintage. Facts not confirmed against a primary source are labelled in the
 * javadoc: the La Poste SIRET rule (SECONDARY), RNA numbers containing letters (UNCONFIRMED), the
 * NAF nomenclature deduced from the final letter (DERIVED), the FINESS check key (UNCONFIRMED, so
 * not verified).
 *
 * <p>Null policy: {@code of} and the other methods throw {@link NullPointerException} for a null
 * argument; {@code isValid} returns false.
 */
package io.github.esspetiteenfance.identifier;
