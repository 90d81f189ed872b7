package io.github.esspetiteenfance.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import io.github.esspetiteenfance.EssPetiteEnfanceException;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackReader;
import java.io.Reader;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A strict, validating reader of one document type: it returns the decoded value, or throws one
 * {@link JsonDocumentException} that lists every problem of the document, each with its JSON
 * Pointer, code, French and English messages, and rejected value.
 *
 * <p>No partially built object ever escapes. A valid document is decoded in one streaming pass by a
 * Jackson binding configured to be exactly as strict as the checks below (the fast path). Any
 * failure there sends the document through the path that finds every problem:
 *
 * <ol>
 *   <li><b>parse</b> the text into a tree with the strict parser and the {@link JsonLimits}:
 *       malformed or truncated JSON, duplicate keys, trailing content and exceeded limits stop here
 *       with one problem;
 *   <li><b>check</b> the whole tree against the expected shape: unknown and missing properties,
 *       nulls, wrong JSON types, numbers out of range, bad dates, unknown codes and {@code "type"}
 *       names, invalid identifiers; every problem is collected;
 *   <li><b>bind</b> the tree to the model; when a record's constructor refuses its values (a domain
 *       invariant), every such failure is located bottom-up and reported at its path with the core
 *       code.
 * </ol>
 *
 * <p>The decoded value is then checked by the {@link DecodedValueValidator}, if one is set.
 *
 * <p>By default unknown properties are refused; {@link #lenient()} ignores them (and nothing else).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <T> the type of the documents read
 */
public final class EssJsonReader<T> {

  private final JsonModel model;

  private final ObjectMapper mapper;
  private final JsonLimits limits;
  private final JavaType type;
  private final Shape shape;
  private final boolean ignoreUnknownProperties;
  private final DecodedValueValidator validator;
  private final ObjectReader binder;
  private final ObjectReader nullFreeBinder;
  private final ObjectReader treeReader;

  /** The reader of each element, for a list document (read element by element); else null. */
  private final EssJsonReader<Object> elementReader;

  /** The factory of stream parsers: the limits of one element, none on the whole stream. */
  private final JsonFactory streamFactory;

  EssJsonReader(JsonModel model, ObjectMapper mapper, JsonLimits limits, Type type) {
    this(model, mapper, limits, mapper.constructType(type), false, null);
  }

  private EssJsonReader(
      JsonModel model,
      ObjectMapper mapper,
      JsonLimits limits,
      JavaType type,
      boolean ignoreUnknownProperties,
      DecodedValueValidator validator) {
    this.model = model;
    this.mapper = mapper;
    this.limits = limits;
    this.type = type;
    this.shape = model.shapes().of(type);
    this.ignoreUnknownProperties = ignoreUnknownProperties;
    this.validator = validator;
    ObjectReader r = mapper.readerFor(type);
    this.nullFreeBinder =
        (ignoreUnknownProperties ? r.without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES) : r)
            .with(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    this.binder = nullFreeBinder.without(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    this.treeReader =
        mapper
            .reader()
            .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .without(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .with(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
    this.streamFactory =
        EssJson.factory(limits.withoutTotals())
            .rebuild()
            .disable(com.fasterxml.jackson.core.StreamReadFeature.AUTO_CLOSE_SOURCE)
            .build();
    this.elementReader =
        type.getRawClass() == List.class
            ? new EssJsonReader<>(
                model, mapper, limits, type.getContentType(), ignoreUnknownProperties, validator)
            : null;
  }

  /**
   * Obtains a strict reader for a model, with limits.
   *
   * @param <T> the document type
   * @param model the model, not null
   * @param limits the limits, not null
   * @param type the document type, not null
   * @return the reader, not null
   * @throws IllegalStateException if the type (or a type it contains) has no JSON mapping
   */
  public static <T> EssJsonReader<T> of(JsonModel model, JsonLimits limits, Type type) {
    return new EssJsonReader<>(model, EssJson.newMapper(model, limits), limits, type);
  }

  /**
   * Returns a copy of this reader that ignores unknown properties (and is strict on everything
   * else).
   *
   * @return the lenient reader, not null
   */
  public EssJsonReader<T> lenient() {
    return new EssJsonReader<>(model, mapper, limits, type, true, validator);
  }

  /**
   * Returns a copy of this reader with other limits.
   *
   * @param newLimits the limits, not null
   * @return the reader, not null
   */
  public EssJsonReader<T> withLimits(JsonLimits newLimits) {
    Objects.requireNonNull(newLimits, "limits");
    return new EssJsonReader<>(
        model,
        EssJson.newMapper(model, newLimits),
        newLimits,
        type,
        ignoreUnknownProperties,
        validator);
  }

  /**
   * Returns a copy of this reader that also runs a validator on each decoded value, such as {@link
   * DecodedValueValidator#beanValidation(jakarta.validation.Validator)}.
   *
   * @param decodedValueValidator the validator, not null
   * @return the reader, not null
   */
  public EssJsonReader<T> withValidator(DecodedValueValidator decodedValueValidator) {
    return new EssJsonReader<>(
        model,
        mapper,
        limits,
        type,
        ignoreUnknownProperties,
        Objects.requireNonNull(decodedValueValidator, "validator"));
  }

  /**
   * Returns the type of the documents read.
   *
   * @return the type, not null
   */
  public JavaType type() {
    return type;
  }

  /**
   * Returns the limits enforced.
   *
   * @return the limits, not null
   */
  public JsonLimits limits() {
    return limits;
  }

  /**
   * Decodes a document given as text. A byte order mark ({@code U+FEFF}) at its start is ignored,
   * as by every other entry point. The text is read as its UTF-8 bytes, by the same parser as
   * {@link #read(byte[])}, so that a document gives the same result, the same problems and the same
   * limits (in bytes) whatever the entry point; a text that is not valid UTF-16 (a lone surrogate
   * outside a string escape) is refused as malformed.
   *
   * @param json the document, not null
   * @return the decoded value, not null
   * @throws JsonDocumentException listing every problem, if the document is invalid
   */
  public T read(String json) {
    Objects.requireNonNull(json, "json");
    String text = !json.isEmpty() && json.charAt(0) == BOM ? json.substring(1) : json;
    if (elementReader == null && text.length() > limits.maxDocumentLength()) {
      throw tooLarge();
    }
    return read(utf8(text));
  }

  /**
   * Returns the UTF-8 bytes of a text. A lone surrogate (which UTF-8 cannot hold) is written as its
   * JSON escape {@code \}{@code uD800}: inside a string, the same value; outside one, malformed
   * JSON either way. The model then refuses the text that holds it ({@code
   * model.text.invalid-character}), as when the document escapes it itself.
   */
  private static byte[] utf8(String text) {
    int n = text.length();
    StringBuilder escaped = null;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      boolean lone =
          Character.isHighSurrogate(c)
              ? i + 1 == n || !Character.isLowSurrogate(text.charAt(i + 1))
              : Character.isLowSurrogate(c);
      if (Character.isHighSurrogate(c) && !lone) {
        if (escaped != null) {
          escaped.append(c).append(text.charAt(i + 1));
        }
        i++;
        continue;
      }
      if (lone && escaped == null) {
        escaped = new StringBuilder(n + 16).append(text, 0, i);
      }
      if (escaped != null) {
        if (lone) {
          escaped.append(String.format("\\u%04X", (int) c));
        } else {
          escaped.append(c);
        }
      }
    }
    return (escaped == null ? text : escaped.toString())
        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  /**
   * Decodes a document given as bytes: UTF-8, with or without a byte order mark (UTF-16 and UTF-32
   * are detected from their byte order mark or their zero bytes).
   *
   * @param json the document, not null
   * @return the decoded value, not null
   * @throws JsonDocumentException listing every problem, if the document is invalid
   */
  public T read(byte[] json) {
    Objects.requireNonNull(json, "json");
    if (elementReader != null) {
      return readElements(() -> streamFactory.createParser(json));
    }
    if (json.length > limits.maxDocumentLength()) {
      throw tooLarge();
    }
    return decode(() -> mapper.getFactory().createParser(json), mayHoldNullToken(json));
  }

  /**
   * Decodes a document read from a stream, which is read to its end (or to the size limit) but not
   * closed. The bytes are read as by {@link #read(byte[])}. A list document is read element by
   * element, without holding its text.
   *
   * @param json the stream, not null
   * @return the decoded value, not null
   * @throws JsonDocumentException listing every problem, if the document is invalid or cannot be
   *     read
   */
  public T read(InputStream json) {
    Objects.requireNonNull(json, "json");
    if (elementReader != null) {
      return readElements(() -> streamFactory.createParser(json));
    }
    byte[] bytes;
    try {
      bytes = json.readNBytes(readLimit());
    } catch (IOException e) {
      throw ioError(e);
    }
    return read(bytes);
  }

  /**
   * Decodes a document read from a character stream, which is read to its end (or to the size
   * limit) but not closed. A byte order mark ({@code U+FEFF}) at its start is ignored. A list
   * document is read element by element, without holding its text.
   *
   * @param json the reader, not null
   * @return the decoded value, not null
   * @throws JsonDocumentException listing every problem, if the document is invalid or cannot be
   *     read
   */
  public T read(Reader json) {
    Objects.requireNonNull(json, "json");
    if (elementReader != null) {
      return readElements(() -> streamFactory.createParser(withoutBom(json)));
    }
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[8192];
    int limit = readLimit() + 1;
    try {
      for (int n;
          text.length() < limit
              && (n = json.read(buffer, 0, Math.min(buffer.length, limit - text.length())))
                  >= 0; ) {
        text.append(buffer, 0, n);
      }
    } catch (IOException e) {
      throw ioError(e);
    }
    return read(text.toString());
  }

  /**
   * Reads a stream of JSON Lines (one document of this reader's type per line, UTF-8, lines ended
   * by {@code \n} or {@code \r\n}), with constant memory whatever the number of lines: each line is
   * decoded as by {@link #read(byte[])} and handed to {@code accepted}, or refused with its
   * problems and the reading goes on with the next line. Blank lines are skipped; a byte order mark
   * at the start of the stream is ignored. Every limit applies to each line: a line longer than
   * {@link JsonLimits#maxDocumentLength()} is refused without being held in memory.
   *
   * <p>The problems of a refused line have pointers that start with its index, the 0-based number
   * of its line ({@code /41/name} for the name of the document on line 42); {@link
   * JsonDocumentException#element()} gives it too. The stream is read to its end but not closed.
   *
   * @param lines the stream, not null
   * @param accepted receives each decoded document, in order; not null
   * @param refused receives the problems of each refused line, in order; not null
   * @return the counts of lines read, accepted and refused, not null
   * @throws JsonDocumentException only if the stream itself cannot be read ({@code json.io.error})
   */
  public JsonStreamSummary readLines(
      InputStream lines,
      Consumer<? super T> accepted,
      Consumer<? super JsonDocumentException> refused) {
    Objects.requireNonNull(lines, "lines");
    Objects.requireNonNull(accepted, "accepted");
    Objects.requireNonNull(refused, "refused");
    // a byte order mark and a carriage return are not part of the document
    JsonLines source = new JsonLines(lines, readLimit() + 4);
    long read = 0;
    long refusedCount = 0;
    try {
      for (byte[] line; (line = source.next()) != null; ) {
        long index = source.lineIndex();
        if (line != JsonLines.TOO_LONG && line.length == 0) {
          continue;
        }
        read++;
        T value;
        try {
          if (line == JsonLines.TOO_LONG) {
            throw tooLarge();
          }
          value = read(line);
        } catch (JsonDocumentException e) {
          refusedCount++;
          refused.accept(e.atElement(index));
          continue;
        }
        accepted.accept(value);
      }
    } catch (IOException e) {
      throw ioError(e);
    }
    return new JsonStreamSummary(read, read - refusedCount, refusedCount);
  }

  /**
   * Reads a JSON array of documents of this reader's type from a stream, element by element, with
   * constant memory whatever its length: each element is handed to {@code accepted}, or refused
   * with its problems (pointers starting with its index, {@code /3/siret}) and the reading goes on
   * with the next element. Every limit but the document length and token count applies to the whole
   * stream; those two apply to each element. Malformed JSON (a syntax error, a truncated stream, a
   * string beyond the limit) ends the reading: it is refused at the element where it occurs, and
   * the summary counts that element as refused. The stream is not closed.
   *
   * @param array the stream, UTF-8 (or UTF-16/32, detected), not null
   * @param accepted receives each decoded element, in order; not null
   * @param refused receives the problems of each refused element, in order; not null
   * @return the counts of elements read, accepted and refused, not null
   */
  public JsonStreamSummary readArray(
      InputStream array,
      Consumer<? super T> accepted,
      Consumer<? super JsonDocumentException> refused) {
    Objects.requireNonNull(array, "array");
    Objects.requireNonNull(accepted, "accepted");
    Objects.requireNonNull(refused, "refused");
    long[] counts = new long[2];
    streamElements(
        this,
        () -> streamFactory.createParser(array),
        value -> {
          counts[0]++;
          accepted.accept(value);
        },
        e -> {
          counts[1]++;
          refused.accept(e);
        });
    return new JsonStreamSummary(counts[0] + counts[1], counts[0], counts[1]);
  }

  /** Returns the number of bytes or characters to read to know that a stream is too large. */
  private int readLimit() {
    return (int) Math.min(limits.maxDocumentLength() + 1, Integer.MAX_VALUE - 8);
  }

  private static final char BOM = '\uFEFF';

  /** Returns a reader that skips a byte order mark at the start of another. */
  private static Reader withoutBom(Reader reader) throws IOException {
    PushbackReader in = new PushbackReader(reader, 1);
    int c = in.read();
    if (c >= 0 && c != BOM) {
      in.unread(c);
    }
    return in;
  }

  /**
   * Reads a list document element by element, collecting every problem of every element.
   *
   * @throws JsonDocumentException listing every problem
   */
  @SuppressWarnings("unchecked")
  private T readElements(ParserSource source) {
    List<Object> values = new ArrayList<>();
    Walk walk = new Walk(ignoreUnknownProperties, limits);
    IOException[] io = new IOException[1];
    streamElements(
        elementReader,
        source,
        values::add,
        e -> {
          io[0] = io[0] == null ? e.ioCause() : io[0];
          for (JsonProblem p : e.problems()) {
            walk.add(p);
          }
        });
    if (walk.count() > 0) {
      throw new JsonDocumentException(walk.problems(), io[0]);
    }
    return (T) Collections.unmodifiableList(values);
  }

  /**
   * Reads a top-level array element by element: each element's tokens are copied (up to the element
   * limits) and decoded on their own, so that memory and work per element are bounded and a bad
   * element costs only its own slow path.
   */
  private <E> void streamElements(
      EssJsonReader<E> elements,
      ParserSource source,
      Consumer<? super E> accepted,
      Consumer<JsonDocumentException> refused) {
    JsonParser parser = null;
    long index = 0;
    try {
      parser = source.open();
      JsonToken t = parser.nextToken();
      if (t == null) {
        refused.accept(single(JsonProblem.of("", JsonErrorCode.EMPTY_DOCUMENT, null)));
        return;
      }
      if (t != JsonToken.START_ARRAY) {
        refused.accept(
            single(
                t == JsonToken.VALUE_NULL
                    ? JsonProblem.of("", JsonErrorCode.NULL_VALUE, null)
                    : JsonProblem.of("", JsonErrorCode.WRONG_TYPE, null, "array")));
        return;
      }
      for (t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken(), index++) {
        if (t == null) {
          throw new JsonEOFException(parser, null, "end of input inside the array");
        }
        try {
          accepted.accept(elements.readElement(parser, index));
        } catch (JsonDocumentException e) {
          refused.accept(e.atElement(index));
        }
      }
      if (parser.nextToken() != null) {
        refused.accept(single(located(JsonErrorCode.TRAILING_CONTENT, parser, null)));
      }
    } catch (JsonProcessingException e) {
      refused.accept(single(parseProblem(e, parser)).ofElement(index));
    } catch (CharConversionException e) {
      refused.accept(single(located(JsonErrorCode.MALFORMED, parser, null)).ofElement(index));
    } catch (IOException e) {
      refused.accept(ioError(e).ofElement(index));
    } catch (NumberFormatException e) {
      refused.accept(
          single(
                  JsonProblem.of(
                      pointer(parser), JsonErrorCode.OUT_OF_RANGE, null, "a BigDecimal exponent"))
              .ofElement(index));
    } finally {
      if (parser != null) {
        try {
          parser.close();
        } catch (IOException e) {
          // not ours to report: the caller's stream is not closed
        }
      }
    }
  }

  /**
   * Copies the element at the parser's current token (up to the element limits) and decodes it.
   *
   * @return the decoded element
   * @throws JsonDocumentException with pointers relative to the element, if it is refused
   * @throws IOException if the stream is malformed or cannot be read (fatal)
   */
  T readElement(JsonParser parser, long index) throws IOException {
    long start = offset(parser.currentTokenLocation());
    TokenBuffer buffer = new TokenBuffer(parser, null);
    JsonErrorCode over = null;
    long tokens = 0;
    int depth = 0;
    JsonToken t = parser.currentToken();
    while (true) {
      tokens++;
      if (over == null) {
        buffer.copyCurrentEvent(parser);
        if (tokens > limits.maxTokenCount()) {
          over = JsonErrorCode.TOO_MANY_TOKENS;
        } else if (offset(parser.currentLocation()) - start > limits.maxDocumentLength()) {
          over = JsonErrorCode.DOCUMENT_TOO_LARGE;
        }
        if (over != null) {
          buffer = null;
        }
      }
      if (t.isStructStart()) {
        depth++;
      } else if (t.isStructEnd()) {
        depth--;
      }
      if (depth == 0) {
        break;
      }
      t = parser.nextToken();
      if (t == null) {
        throw new JsonEOFException(parser, null, "end of input inside an element");
      }
    }
    if (over != null) {
      throw single(
          JsonProblem.of(
              "",
              over,
              null,
              over == JsonErrorCode.TOO_MANY_TOKENS
                  ? limits.maxTokenCount()
                  : limits.maxDocumentLength()));
    }
    TokenBuffer tokensRead = buffer;
    return decode(() -> tokensRead.asParser(mapper), true);
  }

  private static long offset(JsonLocation location) {
    long bytes = location.getByteOffset();
    return bytes >= 0 ? bytes : location.getCharOffset();
  }

  /** Opens a parser on the document, as many times as needed. */
  interface ParserSource {
    JsonParser open() throws IOException;
  }

  private T decode(ParserSource source, boolean mayHoldNull) {
    T value = readFast(source, mayHoldNull);
    if (value == null) {
      value = readSlow(source);
    }
    if (validator != null) {
      List<JsonProblem> problems = validator.validate(value);
      if (!problems.isEmpty()) {
        throw new JsonDocumentException(problems);
      }
    }
    return value;
  }

  /**
   * Binds the document in one streaming pass, with every check of the shape made by Jackson itself
   * (strict features, {@link StrictReading}, no {@code null} token): the path of valid documents.
   *
   * <p>A {@code null} token is spelled {@code null} and nothing else, so a document whose text does
   * not contain these four letters has none: it is parsed directly, with Jackson's duplicate-key
   * detection. Any other document goes through {@link StrictReading.StrictParser}, which refuses
   * {@code null} tokens and duplicate keys itself (a wrapper around the parser that costs about a
   * fifth of the decoding time).
   *
   * @param mayHoldNull false only if the document certainly holds no {@code null} token
   * @return the value, or null if anything is wrong (the slow path then reports every problem)
   */
  T readFast(ParserSource source, boolean mayHoldNull) {
    try (JsonParser parser =
        mayHoldNull
            ? new StrictReading.StrictParser(openWithoutDupDetector(source))
            : source.open().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)) {
      T value = (mayHoldNull ? binder : nullFreeBinder).readValue(parser);
      return value == null || parser.nextToken() != null ? null : value;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /**
   * Tells whether a document given as bytes may hold a {@code null} token: true unless it is UTF-8
   * (no BOM of UTF-16 or UTF-32, no zero byte among its first two) and the bytes {@code null}
   * appear nowhere in it. A Boyer-Moore-Horspool search: most bytes of a document are skipped four
   * at a time.
   *
   * @param json the document
   * @return false only if the document certainly holds no {@code null} token
   */
  static boolean mayHoldNullToken(byte[] json) {
    int n = json.length;
    if (n < 2 || json[0] == 0 || json[1] == 0 || json[0] == (byte) 0xFE || json[0] == (byte) 0xFF) {
      return true;
    }
    int i = 3;
    while (i < n) {
      byte c = json[i];
      if (c == 'l') {
        if (json[i - 1] == 'l' && json[i - 2] == 'u' && json[i - 3] == 'n') {
          return true;
        }
        i += 1;
      } else if (c == 'u') {
        i += 2;
      } else if (c == 'n') {
        i += 3;
      } else {
        i += 4;
      }
    }
    return false;
  }

  /**
   * Reads the document into a tree, checks the whole tree against the shape, then binds it: the
   * path that reports every problem.
   *
   * @throws JsonDocumentException listing every problem
   */
  T readSlow(ParserSource source) {
    JsonNode root = parse(source);
    Walk walk = new Walk(ignoreUnknownProperties, limits);
    if (root.isNull()) {
      walk.report(JsonPath.ROOT, JsonErrorCode.NULL_VALUE, root);
    } else {
      shape.walk(root, walk, JsonPath.ROOT);
    }
    if (walk.count() > 0) {
      throw new JsonDocumentException(walk.problems());
    }
    return bind(root);
  }

  private static JsonParser openWithoutDupDetector(ParserSource source) throws IOException {
    // the StrictParser finds duplicate keys more cheaply than Jackson's hash set per object
    return source.open().disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
  }

  T readFast(byte[] json) {
    return readFast(() -> mapper.getFactory().createParser(json), mayHoldNullToken(json));
  }

  T readFastThroughTheStrictParser(byte[] json) {
    return readFast(() -> mapper.getFactory().createParser(json), true);
  }

  T readSlow(byte[] json) {
    return readSlow(() -> mapper.getFactory().createParser(json));
  }

  private JsonNode parse(ParserSource source) {
    JsonParser parser = null;
    try {
      parser = source.open();
      JsonNode root = treeReader.readTree(parser);
      if (root == null || root.isMissingNode()) {
        throw single(JsonProblem.of("", JsonErrorCode.EMPTY_DOCUMENT, null));
      }
      try {
        if (parser.nextToken() != null) {
          throw single(located(JsonErrorCode.TRAILING_CONTENT, parser, null));
        }
      } catch (JsonProcessingException e) {
        if (!(e instanceof StreamConstraintsException)) {
          throw single(located(JsonErrorCode.TRAILING_CONTENT, parser, e.getLocation()));
        }
        throw single(parseProblem(e, parser));
      }
      return root;
    } catch (JsonProcessingException e) {
      throw single(parseProblem(e, parser));
    } catch (CharConversionException e) {
      throw single(located(JsonErrorCode.MALFORMED, parser, null));
    } catch (NumberFormatException e) {
      // a syntactically valid number that no BigDecimal can hold, such as 1e9999999999
      throw single(
          JsonProblem.of(
              pointer(parser), JsonErrorCode.OUT_OF_RANGE, null, "a BigDecimal exponent"));
    } catch (RuntimeException e) {
      if (e instanceof JsonDocumentException) {
        throw e;
      }
      throw single(located(JsonErrorCode.MALFORMED, parser, null));
    } catch (IOException e) {
      throw ioError(e);
    } finally {
      if (parser != null) {
        try {
          parser.close();
        } catch (IOException e) {
          // the source is in memory or not ours to close: nothing to report
        }
      }
    }
  }

  @SuppressWarnings("unchecked")
  private T bind(JsonNode root) {
    try {
      return (T) binder.readValue(root);
    } catch (IOException | RuntimeException e) {
      Walk walk = new Walk(ignoreUnknownProperties, limits);
      shape.locate(root, (node, s, path) -> bindPart(node, s, path, walk), JsonPath.ROOT);
      if (walk.count() == 0) {
        EssPetiteEnfanceException domain = Shape.domainCause(e);
        String pointer = pointerOf(e);
        walk.add(
            domain != null
                ? JsonProblem.of(pointer, domain)
                : JsonProblem.of(
                    pointer,
                    JsonErrorCode.BINDING_FAILED,
                    null,
                    String.valueOf(Shape.rootCause(e))));
      }
      throw new JsonDocumentException(walk.problems());
    }
  }

  private boolean bindPart(JsonNode node, Shape part, JsonPath path, Walk walk) {
    try {
      ObjectReader r = mapper.readerFor(part.type);
      (ignoreUnknownProperties ? r.without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES) : r)
          .readValue(node);
      return true;
    } catch (IOException | RuntimeException e) {
      EssPetiteEnfanceException domain = Shape.domainCause(e);
      if (domain == null) {
        walk.report(path, JsonErrorCode.REJECTED_VALUE, node, String.valueOf(Shape.rootCause(e)));
        return false;
      }
      walk.report(fieldPath(path, node, part, domain.field().orElse(null)), domain);
      return false;
    }
  }

  /**
   * Returns the path of the field a record's constructor names in its exception, such as {@code
   * name} or {@code sites[1]} ({@code /sites/1}), if the node has it; else the record's own path.
   */
  static JsonPath fieldPath(JsonPath path, JsonNode node, Shape part, String field) {
    if (field == null || !(part instanceof Shape.RecordObject record)) {
      return path;
    }
    JsonPath at = path;
    JsonNode here = node;
    boolean first = true;
    for (String segment : field.split("[.\\[\\]]")) {
      if (segment.isEmpty()) {
        continue;
      }
      if (first && !record.properties.containsKey(segment)) {
        return path;
      }
      first = false;
      if (here.isArray()
          && segment.chars().allMatch(c -> c >= '0' && c <= '9')
          && segment.length() < 10) {
        int i = Integer.parseInt(segment);
        if (i >= here.size()) {
          return at;
        }
        here = here.get(i);
        at = at.index(i);
      } else if (here.isObject() && here.has(segment)) {
        here = here.get(segment);
        at = at.property(segment);
      } else {
        return at;
      }
    }
    return at;
  }

  private static String pointerOf(Exception e) {
    if (!(e instanceof JsonMappingException m)) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    for (JsonMappingException.Reference ref : m.getPath()) {
      out.append('/');
      if (ref.getFieldName() != null) {
        out.append(JsonPath.escape(ref.getFieldName()));
      } else {
        out.append(ref.getIndex());
      }
    }
    return out.toString();
  }

  private JsonProblem parseProblem(JsonProcessingException e, JsonParser parser) {
    JsonLocation at = e.getLocation();
    if (e instanceof StreamConstraintsException) {
      String m = e.getOriginalMessage();
      if (m.contains("nesting depth")) {
        return limit(JsonErrorCode.NESTING_TOO_DEEP, parser, limits.maxNestingDepth());
      }
      if (m.contains("String value length")) {
        return limit(JsonErrorCode.STRING_TOO_LONG, parser, limits.maxStringLength());
      }
      if (m.contains("Number value length")) {
        return limit(JsonErrorCode.NUMBER_TOO_LONG, parser, limits.maxNumberLength());
      }
      if (m.contains("Name length")) {
        return limit(JsonErrorCode.NAME_TOO_LONG, parser, limits.maxNameLength());
      }
      if (m.contains("Document length") || m.contains("document length")) {
        return limit(JsonErrorCode.DOCUMENT_TOO_LARGE, parser, limits.maxDocumentLength());
      }
      if (m.contains("Token count")) {
        return limit(JsonErrorCode.TOO_MANY_TOKENS, parser, limits.maxTokenCount());
      }
      return located(JsonErrorCode.MALFORMED, parser, at);
    }
    if (e instanceof JsonEOFException) {
      return located(JsonErrorCode.TRUNCATED, parser, at);
    }
    String m = String.valueOf(e.getOriginalMessage());
    if (m.startsWith("Duplicate field '")) {
      int end = m.indexOf('\'', 17);
      String key = end > 17 ? m.substring(17, end) : "";
      return JsonProblem.of(pointer(parser), JsonErrorCode.DUPLICATE_KEY, null, key);
    }
    return located(JsonErrorCode.MALFORMED, parser, at);
  }

  private static JsonProblem limit(JsonErrorCode code, JsonParser parser, long limit) {
    return JsonProblem.of(pointer(parser), code, null, limit);
  }

  private static JsonProblem located(JsonErrorCode code, JsonParser parser, JsonLocation at) {
    JsonLocation loc = at != null ? at : parser == null ? null : parser.currentLocation();
    long line = loc == null ? 0 : loc.getLineNr();
    long column = loc == null ? 0 : loc.getColumnNr();
    return JsonProblem.of(pointer(parser), code, null, line, column);
  }

  private static String pointer(JsonParser parser) {
    if (parser == null) {
      return "";
    }
    try {
      return parser.getParsingContext().pathAsPointer().toString();
    } catch (RuntimeException e) {
      return "";
    }
  }

  private JsonDocumentException tooLarge() {
    return single(
        JsonProblem.of("", JsonErrorCode.DOCUMENT_TOO_LARGE, null, limits.maxDocumentLength()));
  }

  private static JsonDocumentException single(JsonProblem problem) {
    return new JsonDocumentException(List.of(problem));
  }

  private static JsonDocumentException ioError(IOException e) {
    return new JsonDocumentException(
        List.of(JsonProblem.of("", JsonErrorCode.IO_ERROR, null, e.toString())), e);
  }
}
