/**
 * Readers of French open data into the indicators of the library, with a full accounting of every
 * input row.
 *
 * <p>Every row a reader reads ends in exactly one of three outcomes, counted in a {@link
 * RowAccounting}: accepted, filtered out with a {@link FilterReason}, or rejected with a {@link
 * RowRejection} (line, column, stable code, message in French and English). The identity {@code
 * read = accepted + filtered + rejected} always holds. A bad row never stops a run; only an
 * unreadable file or a missing required column does ({@link OpenDataException}).
 *
 * <p>The SIRENE stock files of INSEE are read by the {@code sirene} sub-package.
 */
@Value.Style(
    newBuilder = "builder",
    throwForInvalidImmutableState = MissingAttributesException.class)
package io.github.esspetiteenfance.opendata;

import io.github.esspetiteenfance.MissingAttributesException;
import org.immutables.value.Value;
