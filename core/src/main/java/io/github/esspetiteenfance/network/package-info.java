/**
 * Networks that federate organizations of the ESS, their legal status, the kinds of member they
 * federate and their published figures.
 *
 * <p>A {@link io.github.esspetiteenfance.network.Network} acts at a level (national, regional,
 * départemental, local) in a territory of the COG; its figures ({@link
 * io.github.esspetiteenfance.network.NetworkFigure}) keep the source's qualifier ("plus de", "près
 * de", "environ") in a {@link io.github.esspetiteenfance.network.Quantity}, the territory they
 * cover, their year when known, the source's words and the source. {@link
 * io.github.esspetiteenfance.network.Networks} bundles the reference networks of the project's
 * seed. Organizations point to networks by key through {@link
 * io.github.esspetiteenfance.organization.Membership}.
 *
 * <p>Vocabulary: {@code of} obtains and throws on invalid input, {@code parse} reads the canonical
 * text written by {@code toString()}, {@code find} returns an empty {@link java.util.Optional},
 * {@code require} throws. Every type is immutable and thread-safe.
 *
 * <p>Builders ({@code XBuilder.builder()}, {@code XBuilder.builder().from(x)} to copy): a missing
 * required attribute makes {@code build()} throw {@link
 * io.github.esspetiteenfance.MissingAttributesException} (code {@code model.missing-attributes},
 * with the missing names) rather than an {@link IllegalStateException}.
 */
@Value.Style(
    newBuilder = "builder",
    throwForInvalidImmutableState = MissingAttributesException.class)
package io.github.esspetiteenfance.network;

import io.github.esspetiteenfance.MissingAttributesException;
import org.immutables.value.Value;
