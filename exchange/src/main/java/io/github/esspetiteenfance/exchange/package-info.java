/**
 * Exports of the model to the formats of directories of social services, and back where the format
 * allows: data·inclusion v1 ({@link io.github.esspetiteenfance.exchange.DataInclusion}, import with
 * {@link io.github.esspetiteenfance.exchange.DataInclusionImport}), Open Referral HSDS 3.0 ({@link
 * io.github.esspetiteenfance.exchange.Hsds}) and schema.org JSON-LD ({@link
 * io.github.esspetiteenfance.exchange.SchemaOrg}). {@link
 * io.github.esspetiteenfance.exchange.Exporter} exports a dataset and writes the files with the
 * account of what was exported and what was lost ({@link
 * io.github.esspetiteenfance.exchange.ExportReport}, {@link
 * io.github.esspetiteenfance.exchange.Gap}).
 *
 * <p>Vocabulary: a <em>natural key</em> identifies an establishment across exports ({@link
 * io.github.esspetiteenfance.exchange.Keys}); a <em>gap</em> is a field not filled, lost,
 * approximated or (on import) unmapped, always with its reason. The mapping tables are in the
 * module's README.
 *
 * <p>Null policy: as in {@code core}, parameters are not null unless documented otherwise.
 */
package io.github.esspetiteenfance.exchange;
