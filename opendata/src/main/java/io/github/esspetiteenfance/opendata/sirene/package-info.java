/**
 * The SIRENE stock files of INSEE ({@code StockEtablissement_utf8} and {@code
 * StockUniteLegale_utf8}) read into the panorama of a sector: {@link SirenePanorama}.
 */
@Value.Style(
    newBuilder = "builder",
    throwForInvalidImmutableState = MissingAttributesException.class)
package io.github.esspetiteenfance.opendata.sirene;

import io.github.esspetiteenfance.MissingAttributesException;
import org.immutables.value.Value;
