package io.github.esspetiteenfance.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.type.TypeReference;
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
import io.github.esspetiteenfance.validation.ModelValidator;
import java.io.UncheckedIOException;
import java.lang.reflect.Type;
import java.util.Objects;

/**
 * The one-line entry point to the JSON format: a correctly configured mapper, writer and strict
 * validating readers.
 *
 * <pre>{@code
 * String json = EssJson.encode(legalBasis);
 * LegalBasis back = EssJson.reader(LegalBasis.class).read(json); // or JsonDocumentException
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
   * Returns the strict validating reader of a document type: every format and domain check, and the
   * library's validation service ({@link ModelValidator#shared()}) on decoded values that are not
   * valid by construction ({@link DecodedValueValidator#standard(ModelValidator)}).
   *
   * @param <T> the document type
   * @param type the class of the document, not null
   * @return the reader, not null
   * @throws IllegalStateException if the type (or a type it contains) has no JSON mapping
   */
  public static <T> EssJsonReader<T> reader(Class<T> type) {
    return new EssJsonReader<T>(JsonModel.standard(), MAPPER, JsonLimits.defaults(), type)
        .withValidator(DecodedValueValidator.standard(ModelValidator.shared()));
  }

  /**
   * Returns the strict validating reader of a generic document type, such as {@code
   * List<Establishment>}: every format and domain check, and the library's validation service on
   * decoded values that are not valid by construction ({@link
   * DecodedValueValidator#standard(ModelValidator)}).
   *
   * @param <T> the document type
   * @param type the type of the document, not null
   * @return the reader, not null
   * @throws IllegalStateException if the type (or a type it contains) has no JSON mapping
   */
  public static <T> EssJsonReader<T> reader(TypeReference<T> type) {
    return new EssJsonReader<T>(JsonModel.standard(), MAPPER, JsonLimits.defaults(), type.getType())
        .withValidator(DecodedValueValidator.standard(ModelValidator.shared()));
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
   * Decodes a document with the strict validating reader.
   *
   * @param <T> the document type
   * @param json the document, not null
   * @param type the class of the document, not null
   * @return the decoded value, not null
   * @throws JsonDocumentException listing every problem, if the document is invalid
   */
  public static <T> T decode(String json, Class<T> type) {
    return reader(type).read(json);
  }

  static JsonMapper newMapper(JsonModel model, JsonLimits limits) {
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(limits.toStreamReadConstraints())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();
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

  static Type typeOf(TypeReference<?> ref) {
    return ref.getType();
  }
}
