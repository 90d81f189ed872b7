/**
 * The JSON format of the ess-petite-enfance model (Jackson 2): the module that gives every type its
 * JSON form, a strict ready-made mapper, a validating reader for untrusted documents, and the JSON
 * Schemas of the documents.
 *
 * <ul>
 *   <li>{@link io.github.esspetiteenfance.json.EssJson}: the one-line entry point ({@code
 *       read(document, input)}, {@code encode}, {@code writeLines}, {@code writeArray}, {@code
 *       mapper()}, {@code writer()}, {@code reader(document)});
 *   <li>{@link io.github.esspetiteenfance.json.EssDocument}: the document types ({@code
 *       EssDocument.ESTABLISHMENTS}...), each with its Java type and its JSON Schema;
 *   <li>{@link io.github.esspetiteenfance.json.EssPetiteEnfanceModule}: the Jackson module, found
 *       by {@code ObjectMapper.findAndRegisterModules()}; no Jackson annotation lives in {@code
 *       core}: the shape comes from mix-ins and (de)serializers registered here;
 *   <li>{@link io.github.esspetiteenfance.json.EssJsonReader}: decodes a document or throws one
 *       {@link io.github.esspetiteenfance.json.JsonDocumentException} listing every {@link
 *       io.github.esspetiteenfance.json.JsonProblem} (JSON Pointer, stable code, French and English
 *       messages, bounded rejected value), within {@link
 *       io.github.esspetiteenfance.json.JsonLimits}; reads and writes streams of documents (JSON
 *       Lines, streamed arrays) with constant memory;
 *   <li>{@link io.github.esspetiteenfance.json.JsonModel}: the description (identifiers,
 *       polymorphic names, documents) that the module, the reader and the {@link
 *       io.github.esspetiteenfance.json.JsonSchemaGenerator} share;
 *   <li>{@link io.github.esspetiteenfance.json.EssJsonSchemas}: the JSON Schemas shipped in the
 *       jar.
 * </ul>
 *
 * <p>The format: records are objects whose properties are their components (camelCase, declaration
 * order); an empty {@code Optional} is an absent property and {@code null} never appears;
 * identifiers and codes are strings in their canonical form; territories are references into the
 * bundled COG ({@code "commune:44109"}); enums are their {@code code()} or their name; polymorphic
 * values carry a registered kebab-case {@code "type"}; dates are ISO-8601 strings; amounts and
 * rates are JSON numbers read as exact {@link java.math.BigDecimal}s. The module's README gives one
 * example per document.
 *
 * <p>Null policy: as in {@code core}, parameters are not null unless documented otherwise.
 */
package io.github.esspetiteenfance.json;
