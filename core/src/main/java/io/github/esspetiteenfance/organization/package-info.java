/**
 * Organizations, their legal forms and statuses, and the perimeter of the social and solidarity
 * economy (ESS).
 *
 * <p>An {@link io.github.esspetiteenfance.organization.EssFamily} is one of the families of loi n°
 * 2014-856 art. 1 (associations, cooperatives, mutuals, foundations, commercial companies of the
 * ESS), INSEE's fifth statistical family, the public sector, or "outside the ESS". Every catégorie
 * juridique of the INSEE nomenclature is mapped to a family with its source and confidence ({@link
 * io.github.esspetiteenfance.organization.CjMappings}). A {@link
 * io.github.esspetiteenfance.organization.LegalForm} is a catégorie juridique, or a family declared
 * by a source when the code is unknown. A {@link
 * io.github.esspetiteenfance.organization.SpecificStatus} (SCOP, SCIC, association reconnue
 * d'utilité publique, association de droit local...) names its legal basis and the legal forms that
 * may hold it.
 *
 * <p>Vocabulary: {@code of} obtains and throws on invalid input, {@code find} returns an empty
 * {@link java.util.Optional} where {@code of} would throw, {@code from...} converts from another
 * representation (such as a Sirene field), {@code is...} checks. Every type is immutable and
 * thread-safe; optional values are {@link java.util.Optional}, never null.
 *
 * <p>Builders ({@code XBuilder.builder()}, {@code XBuilder.builder().from(x)} to copy): a missing
 * required attribute makes {@code build()} throw {@link
 * io.github.esspetiteenfance.MissingAttributesException} (code {@code model.missing-attributes},
 * with the missing names) rather than an {@link IllegalStateException}.
 */
@Value.Style(
    newBuilder = "builder",
    throwForInvalidImmutableState = MissingAttributesException.class)
package io.github.esspetiteenfance.organization;

import io.github.esspetiteenfance.MissingAttributesException;
import org.immutables.value.Value;
