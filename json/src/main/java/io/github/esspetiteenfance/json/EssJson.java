package io.github.esspetiteenfance.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.lang.reflect.Type;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one-line entry point to the JSON format: a correctly configured mapper, writer and strict
 * validating readers.
 *
 * <pre>{@code
 * String json = EssJson.encode(legalBasis);
 * LegalBasis back = EssJson.read(EssDocument.LEGAL_BASIS, json); // or JsonDocumentException
 * }</pre>
 *
 * <p>The mapper is strict: it refuses unknown properties, duplicate keys, trailing content, numbers
 * for enums and strings for numbers (and the reverse); it reads floating-point numbers as {@link
 * java.math.BigDecimal}, writes them plainly (no exponent), writes dates as ISO-8601 strings,
 * leaves empty optional values out, and enforces {@link JsonLimits#defaults()}. It never enables
 * default typing: polymorphic values are read by registered names only.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class EssJson {

  private static final JsonMapper MAPPER = newMapper(JsonModel.standard(), JsonLimits.defaults());
  private static final ObjectWriter WRITER = MAPPER.writer();
  private static final Map<EssDocument<?>, EssJsonReader<?>> READERS = new ConcurrentHashMap<>();

  private EssJson() {}

  /**
   * Returns a new mapper configured for the library's model and the default limits. Build it once
   * and share it: a mapper is thread-safe once configured, and costly to create.
   *
   * @return a new mapper, not null
   */
  public static JsonMapper mapper() {
    return MAPPER.copy();
  }

  /**
   * Returns a new mapper configured for a model and limits.
   *
   * @param model the model, not null
   * @param limits the limits on documents read, not null
   * @return a new mapper, not null
   */
  public static JsonMapper mapper(JsonModel model, JsonLimits limits) {
    return newMapper(
        Objects.requireNonNull(model, "model"), Objects.requireNonNull(limits, "limits"));
  }

  /**
   * Returns the writer of the format (compact output).
   *
   * @return the shared writer, not null
   */
  public static ObjectWriter writer() {
    return WRITER;
  }

  /**
   * Decodes a document of a given type with the strict validating reader.
   *
   * <pre>{@code
   * List<Establishment> dataset = EssJson.read(EssDocument.ESTABLISHMENTS, json);
   * }</pre>
   *
   * @param <T> the document type
   * @param document the type of document, not null
   * @param json the document, not null
   * @return the decoded value, not null
   * @throws JsonDocumentException listing every problem, if the document is invalid
   */
  public static <T> T read(EssDocument<T> document, String json) {
    return reader(document).read(json);
  }

  /**
   * Decodes a document given as bytes (UTF-8, or UTF-16/32 detected) with the strict validating
   * reader.
   *
   * @param <T> the document type
   * @param document the type of document, not null
   * @param json the document, not null
   * @return the decoded value, not null
   * @throws JsonDocumentException listing every problem, if the document is invalid
   */
  public static <T> T read(EssDocument<T> document, byte[] json) {
    return reader(document).read(json);
  }

  /**
   * Decodes a document read from a stream (read to its end, not closed) with the strict validating
   * reader.
   *
   * @param <T> the document type
   * @param document the type of document, not null
   * @param json the stream, not null
   * @return the decoded value, not null
   * @throws JsonDocumentException listing every problem, if the document is invalid or cannot be
   *     read
   */
  public static <T> T read(EssDocument<T> document, InputStream json) {
    return reader(document).read(json);
  }

  /**
   * Decodes a document read from a character stream (read to its end, not closed) with the strict
   * validating reader.
   *
   * @param <T> the document type
   * @param document the type of document, not null
   * @param json the reader, not null
   * @return the decoded value, not null
   * @throws JsonDocumentException listing every problem, if the document is invalid or cannot be
   *     read
   */
  public static <T> T read(EssDocument<T> document, Reader json) {
    return reader(document).read(json);
  }

  /**
   * Returns the strict validating reader of a document type, to configure it ({@link
   * EssJsonReader#withLimits}, {@link EssJsonReader#lenient()}...) or to read streams of documents
   * ({@link EssJsonReader#readLines}, {@link EssJsonReader#readArray}): every format and domain
   * check, and the library's validation service on decoded values that are not valid by
   * construction, started only if such a value is read ({@link DecodedValueValidator#standard()}).
   *
   * @param <T> the document type
   * @param document the type of document, not null
   * @return the reader, not null
   */
  @SuppressWarnings("unchecked")
  public static <T> EssJsonReader<T> reader(EssDocument<T> document) {
    return (EssJsonReader<T>)
        READERS.computeIfAbsent(
            Objects.requireNonNull(document, "document"), d -> newReader(d.type()));
  }

  /**
   * Returns the strict validating reader of any record of the model that is not a document type of
   * its own (a {@code Site}, a {@code Partner}...), as {@link #reader(EssDocument)} does for
   * documents.
   *
   * @param <T> the record type
   * @param type the class, not null
   * @return the reader, not null
   * @throws IllegalStateException if the type (or a type it contains) has no JSON mapping
   */
  public static <T> EssJsonReader<T> reader(Class<T> type) {
    return newReader(Objects.requireNonNull(type, "type"));
  }

  static <T> EssJsonReader<T> newReader(Type type) {
    return new EssJsonReader<T>(JsonModel.standard(), MAPPER, JsonLimits.defaults(), type)
        .withValidator(DecodedValueValidator.standard());
  }

  /**
   * Encodes a value of the model as compact JSON.
   *
   * @param value the value, not null
   * @return the JSON text, not null
   * @throws UncheckedIOException if the value cannot be written (a library bug)
   */
  public static String encode(Object value) {
    try {
      return WRITER.writeValueAsString(Objects.requireNonNull(value, "value"));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes values as JSON Lines (UTF-8, one compact document per line, each line ended by {@code
   * \n}), with constant memory whatever their number: each value is written as soon as the iterator
   * gives it. The stream is flushed, not closed. Read them back with {@link
   * EssJsonReader#readLines}.
   *
   * @param values the values (establishments, organizations, any record of the model), not null
   * @param out the stream, not null
   * @return the number of values written
   * @throws UncheckedIOException if the stream cannot be written
   */
  public static long writeLines(Iterator<?> values, OutputStream out) {
    Objects.requireNonNull(values, "values");
    try (JsonGenerator generator = generator(out)) {
      long n = 0;
      while (values.hasNext()) {
        WRITER.writeValue(generator, Objects.requireNonNull(values.next(), "value"));
        generator.writeRaw('\n');
        n++;
      }
      return n;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes values as one JSON array (UTF-8, compact), with constant memory whatever their number:
   * the document {@link EssDocument#ESTABLISHMENTS} for establishments. The stream is flushed, not
   * closed. Read it back with {@link EssJsonReader#readArray} (or {@link #read(EssDocument,
   * InputStream)}).
   *
   * @param values the values, not null
   * @param out the stream, not null
   * @return the number of values written
   * @throws UncheckedIOException if the stream cannot be written
   */
  public static long writeArray(Iterator<?> values, OutputStream out) {
    Objects.requireNonNull(values, "values");
    try (JsonGenerator generator = generator(out)) {
      long n = 0;
      generator.writeStartArray();
      while (values.hasNext()) {
        WRITER.writeValue(generator, Objects.requireNonNull(values.next(), "value"));
        n++;
      }
      generator.writeEndArray();
      return n;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonGenerator generator(OutputStream out) throws IOException {
    JsonGenerator generator =
        MAPPER
            .getFactory()
            .createGenerator(Objects.requireNonNull(out, "out"), JsonEncoding.UTF8)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    generator.setRootValueSeparator(null);
    return generator;
  }

  /** Returns the factory of the format's parsers and generators, with limits. */
  static JsonFactory factory(JsonLimits limits) {
    return JsonFactory.builder()
        .streamReadConstraints(limits.toStreamReadConstraints())
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
        .build();
  }

  static JsonMapper newMapper(JsonModel model, JsonLimits limits) {
    JsonFactory factory = factory(limits);
    return JsonMapper.builder(factory)
        .addModule(new EssPetiteEnfanceModule(model))
        .addModule(StrictReading.module(model, limits))
        .enable(
            DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
            DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
            DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
            DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
            DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY,
            DeserializationFeature.FAIL_ON_INVALID_SUBTYPE,
            DeserializationFeature.FAIL_ON_MISSING_EXTERNAL_TYPE_ID_PROPERTY,
            DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
        .defaultPropertyInclusion(
            JsonInclude.Value.construct(
                JsonInclude.Include.NON_ABSENT, JsonInclude.Include.NON_ABSENT))
        .withCoercionConfigDefaults(
            c ->
                c.setAcceptBlankAsEmpty(false)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyArray, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyObject, CoercionAction.Fail))
        .withCoercionConfig(
            LogicalType.Textual,
            c ->
                c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.TryConvert))
        .build();
  }

  static ObjectMapper standardMapper() {
    return MAPPER;
  }
}
