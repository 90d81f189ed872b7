/**
 * French identifiers and codes as value types: SIREN, SIRET, NIC, RNA number, NAF code, catégorie
 * juridique, codes commune, département, région and postal, FINESS number.
 *
 * <h2>Vocabulary</h2>
 *
 * <p>Every type {@code X} offers the same four things, and only these to create or check one:
 *
 * <ul>
 *   <li>{@code X.of(String)} obtains an instance from text typed or pasted by a person. It removes
 *       separators (leading, trailing and inner: {@code "552 081 317"}), puts back the dot of a NAF
 *       code written without it ({@code 8891A}), and throws {@link
 *       io.github.esspetiteenfance.identifier.InvalidIdentifierException} with a stable {@link
 *       io.github.esspetiteenfance.identifier.IdentifierViolation code} when the text is invalid.
 *       Letters are never upper-cased silently.
 *   <li>{@code X.parse(CharSequence)} obtains an instance from its canonical text only, the output
 *       of {@code toString()}, as JSON documents and other machine exchanges hold it: {@code
 *       X.parse(x.toString()).equals(x)}, and every other spelling that {@code of} accepts ({@code
 *       "552 081 317"}, {@code 8891A}) is refused, with the code {@code of}'s rule gives to the
 *       text as it is.
 *   <li>{@code X.check(CharSequence)} returns the first rule a text breaks, read as {@code of}
 *       reads it (normalized first), without throwing: {@code Siret.check("130 025 265 00013")} is
 *       empty.
 *   <li>{@code X.isValid(String)} checks the same text and returns false for null: {@code
 *       isValid(s)} is true exactly when {@code check(s)} is empty, that is when {@code of(s)} does
 *       not throw.
 * </ul>
 *
 * <p>{@code toString()} returns the canonical form. Instances are equal when their canonical text
 * is. Each type is a final class with a private constructor; each is immutable and thread-safe.
 *
 * <h2>Separators</h2>
 *
 * <p>{@code of}, {@code check} and {@code isValid} ignore exactly three separators, those of French
 * typography between groups of digits: the space (U+0020), the no-break space (U+00A0) and the
 * narrow no-break space (U+202F). Every other character is kept and refused by the rule: tabs, line
 * breaks, the vertical tab (U+000B), the form feed (U+000C), the information separators U+001C to
 * U+001F, the line and paragraph separators (U+2028, U+2029) and the other Unicode spaces, so that
 * a SIREN with U+001F between its digit groups is refused (issue #16, D11).
 *
 * <h2>One rule per identifier</h2>
 *
 * <p>Each rule lives in one package-private algorithm class ({@code SirenAlgorithm}, {@code
 * SiretAlgorithm}...), with the Luhn check in one place. The value type's {@code of}, {@code
 * parse}, {@code check} and {@code isValid} all apply it, and the Bean Validation constraints of
 * {@code io.github.esspetiteenfance.constraints.fr} call {@code check}, so none of them can
 * disagree.
 *
 * <h2>Scope and confidence</h2>
 *
 * <p>The checks cover format and check digits only, never existence in a register (Sirene, RNA,
 * FINESS) or in a COG vintage. Facts not confirmed against a primary source are labelled in the
 * javadoc: the La Poste SIRET rule (SECONDARY), RNA numbers containing letters (UNCONFIRMED), the
 * NAF nomenclature deduced from the final letter (DERIVED), the FINESS check key (UNCONFIRMED, so
 * not verified).
 *
 * <p>Null policy: {@code of}, {@code parse}, {@code check} and the other methods throw {@link
 * NullPointerException} for a null argument; {@code isValid} returns false.
 */
package io.github.esspetiteenfance.identifier;
