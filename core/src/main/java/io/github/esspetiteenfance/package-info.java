/**
 * ess-petite-enfance: a typed, validated and versioned model of the French social and solidarity
 * economy (ESS, <i>économie sociale et solidaire</i>) in early childhood and parenting support.
 *
 * <h2>Packages</h2>
 *
 * <ul>
 *   <li>this package: the library's error model ({@link
 *       io.github.esspetiteenfance.EssPetiteEnfanceException}, {@link
 *       io.github.esspetiteenfance.ErrorCode}) and its French/English messages ({@link
 *       io.github.esspetiteenfance.Messages});
 *   <li>{@code legal}: legal bases, confidence labels and dated parameters shared by every rule;
 *   <li>{@code identifier}: French identifiers and codes (SIREN, SIRET, RNA, NAF, catégorie
 *       juridique, territory codes, FINESS) as value types;
 *   <li>{@code constraints}: Jakarta Bean Validation constraints for the same identifiers held in
 *       plain strings;
 *   <li>{@code territory}: the INSEE Code officiel géographique (COG) bundled with the library;
 *   <li>{@code organization}, {@code network}: organizations, legal statuses, the ESS perimeter and
 *       the networks that federate them;
 *   <li>{@code structure}, {@code establishment}: the kinds of structure (crèche, micro-crèche,
 *       MAM, recyclerie, maison parentale...) and the establishments that run them;
 *   <li>{@code validation}, {@code regulation}: Bean Validation reports and dated regulatory
 *       checks;
 *   <li>{@code fee}, {@code psu}: family fees (CNAF barème) and PSU funding rates;
 *   <li>{@code indicator}: observatory indicators, mergeable aggregation and consistency checks.
 * </ul>
 *
 * <h2>Design notes</h2>
 *
 * <p>Method vocabulary, as in {@code java.time}: {@code of} obtains an instance from its components
 * or its text and throws on invalid input; {@code parse} obtains an instance from its canonical
 * text (the inverse of {@code toString()}); {@code isValid} checks without throwing; {@code from}
 * converts; {@code with} returns a modified copy. Every type of the model is immutable and
 * thread-safe; there are no setters.
 *
 * <p>Null policy: unless a parameter is documented as nullable, passing {@code null} throws {@link
 * java.lang.NullPointerException}. Boolean checks ({@code isValid}) return {@code false} for {@code
 * null}. Optional values are returned as {@link java.util.Optional}.
 *
 * <p>Errors: invalid input is rejected with a subclass of {@link
 * io.github.esspetiteenfance.EssPetiteEnfanceException}, which carries a stable code, the field (or
 * path) concerned, the rejected value, and a message in French and in English. No partially built
 * object is ever returned.
 *
 * <p>Traceability: every threshold, rate and formula names its legal source and the dates it
 * applies through {@link io.github.esspetiteenfance.legal.LegalBasis}; facts that the project could
 * not confirm against a primary source are labelled {@link
 * io.github.esspetiteenfance.legal.Confidence#UNCONFIRMED} in the code and in the API's answers.
 */
package io.github.esspetiteenfance;
