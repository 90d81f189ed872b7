/**
 * Establishments: a {@link io.github.esspetiteenfance.structure.Structure structure} run by an
 * operating {@link io.github.esspetiteenfance.organization.Organization organization} on one or
 * more {@link io.github.esspetiteenfance.establishment.Site sites}, with its {@link
 * io.github.esspetiteenfance.establishment.Jobs jobs}, its history ({@link
 * io.github.esspetiteenfance.establishment.Milestone}) and its partners.
 *
 * <p>What the sources give is kept at its precision and nothing is invented: the SIRET is optional;
 * a site's {@link io.github.esspetiteenfance.establishment.Location location} may be a commune, a
 * département or one of several départements; jobs may be a headcount, full-time equivalents or
 * only a Sirene {@link io.github.esspetiteenfance.establishment.TrancheEffectif band}.
 *
 * <p>Vocabulary as in the rest of the library: {@code of} obtains and throws {@link
 * io.github.esspetiteenfance.InvalidValueException} on invalid input; {@code EstablishmentBuilder}
 * builds and copies ({@code Establishment.builder().from(e)}); {@code with...} returns a modified
 * copy. A builder missing the name, the operator or the structure throws {@link
 * io.github.esspetiteenfance.MissingAttributesException} (code {@code model.missing-attributes},
 * with the missing names), through the package's Immutables style ({@code
 * throwForInvalidImmutableState}). Invariants are checked in the compact constructors and mirrored
 * by Jakarta constraints on the record components.
 */
@Value.Style(
    newBuilder = "builder",
    throwForInvalidImmutableState = MissingAttributesException.class)
package io.github.esspetiteenfance.establishment;

import io.github.esspetiteenfance.MissingAttributesException;
import org.immutables.value.Value;
