/**
 * Published lists of EAJE (crèches, micro-crèches, haltes-garderies...) as départements, cities and
 * CAFs publish them in CSV, read through a declarative {@link
 * io.github.esspetiteenfance.opendata.lists.ListMapping} into the library's establishments, so that
 * the regulatory checks and the indicators run on them.
 *
 * <p>{@link io.github.esspetiteenfance.opendata.lists.ListReader} reads a list; every row ends
 * accepted, filtered out with a reason ({@link
 * io.github.esspetiteenfance.opendata.lists.ListFilter}) or rejected with its line, column and code
 * ({@link io.github.esspetiteenfance.opendata.lists.ListErrorCode}), counted in the module's {@link
 * io.github.esspetiteenfance.opendata.RowAccounting}.
 */
package io.github.esspetiteenfance.opendata.lists;
