package io.github.esspetiteenfance.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The JSON Schemas (draft 2020-12) of the library's documents, shipped in this jar and generated at
 * build time from the model by {@link JsonSchemaGenerator}.
 *
 * <p>There is one schema per document of {@link JsonModel#standard()}, named after it: {@code
 * legal-basis.schema.json}... The schemas describe the strict format; the validating reader ({@link
 * EssJsonReader}) also applies the domain rules and the {@link JsonLimits}, which a schema cannot
 * express.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class EssJsonSchemas {

  /** The resource folder of the schemas. */
  public static final String FOLDER = "io/github/esspetiteenfance/json/schema/";

  /** The suffix of the schema files. */
  public static final String SUFFIX = ".schema.json";

  private EssJsonSchemas() {}

  /**
   * Returns the location of a document's schema in the jar.
   *
   * @param document the document name, such as {@code "legal-basis"}; not null
   * @return the URL, empty if the document has no schema
   */
  public static Optional<URL> url(String document) {
    return Optional.ofNullable(EssJsonSchemas.class.getResource("/" + FOLDER + document + SUFFIX));
  }

  /**
   * Returns the text of a document's schema.
   *
   * @param document the document name, such as {@code "legal-basis"}; not null
   * @return the schema as JSON text, empty if the document has no schema
   * @throws UncheckedIOException if the resource cannot be read
   */
  public static Optional<String> text(String document) {
    Optional<URL> url = url(document);
    if (url.isEmpty()) {
      return Optional.empty();
    }
    try (InputStream in = url.get().openStream()) {
      return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
