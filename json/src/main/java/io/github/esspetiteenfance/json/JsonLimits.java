package io.github.esspetiteenfance.json;

import com.fasterxml.jackson.core.StreamReadConstraints;
import io.github.esspetiteenfance.InvalidValueException;
import org.immutables.value.Value;

/**
 * The limits a reader enforces on untrusted documents, so that a hostile or broken document costs
 * bounded memory and time.
 *
 * <p>The defaults ({@link #defaults()}) are sized for the model: its deepest document nests about
 * ten levels, its longest property name has about thirty characters, its longest texts are names,
 * addresses and legal citations, and its numbers are amounts and rates. Each limit is about ten
 * times what one document of the model needs, and far below Jackson's own defaults, which are sized
 * for any JSON.
 *
 * <p>A list document ({@link EssDocument#ESTABLISHMENTS}) and the streams of {@link
 * EssJsonReader#readLines} and {@link EssJsonReader#readArray} are read element by element: the
 * document length and the token count then bound each element, the other limits the whole stream,
 * and a dataset of any number of establishments can be read (a dataset of 10 000 establishments
 * weighs about 14 MB). The worst-case time and heap of each limit, measured with adversarial
 * documents, are in the module's README.
 *
 * <table>
 *   <caption>Default limits</caption>
 *   <tr><th>limit</th><th>default</th><th>Jackson default</th><th>why</th></tr>
 *   <tr><td>{@code maxDocumentLength}</td><td>4 MiB</td><td>unlimited</td>
 *       <td>per document or per element of a list: caps the text and the tree read to report
 *       problems (up to about 40 times the text for a tree of empty objects)</td></tr>
 *   <tr><td>{@code maxNestingDepth}</td><td>64</td><td>500</td>
 *       <td>the model nests about 10 levels; deep nesting exhausts the stack of recursive code</td></tr>
 *   <tr><td>{@code maxStringLength}</td><td>10 000</td><td>20 000 000</td>
 *       <td>names, addresses and citations are short; bounds a single allocation</td></tr>
 *   <tr><td>{@code maxNumberLength}</td><td>40</td><td>1 000</td>
 *       <td>amounts and rates have fewer than 20 digits; parsing long numbers is quadratic</td></tr>
 *   <tr><td>{@code maxNameLength}</td><td>256</td><td>50 000</td>
 *       <td>property names are known and short</td></tr>
 *   <tr><td>{@code maxTokenCount}</td><td>500 000</td><td>unlimited</td>
 *       <td>bounds the number of tree nodes independently of their size</td></tr>
 *   <tr><td>{@code maxDecimalScale}</td><td>30</td><td>none</td>
 *       <td>{@code 1e999999999} is short but expands to a billion digits when written plainly</td></tr>
 *   <tr><td>{@code maxProblems}</td><td>1 000</td><td>-</td>
 *       <td>bounds the size of the error report of a hostile document</td></tr>
 * </table>
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param maxDocumentLength the maximum size of a document, or of each element of a list document or
 *     stream, in UTF-8 bytes (text input is read as its UTF-8 bytes); > 0
 * @param maxNestingDepth the maximum depth of nested objects and arrays; > 0
 * @param maxStringLength the maximum length of a string value, in characters; > 0
 * @param maxNumberLength the maximum length of a number, in characters; > 0
 * @param maxNameLength the maximum length of a property name, in characters; > 0
 * @param maxTokenCount the maximum number of tokens in a document, or in each element of a list
 *     document or stream; > 0
 * @param maxDecimalScale the maximum absolute scale (decimal exponent) of a decimal number; > 0
 * @param maxProblems the maximum number of problems reported; > 0
 */
@Value.Builder
public record JsonLimits(
    long maxDocumentLength,
    int maxNestingDepth,
    int maxStringLength,
    int maxNumberLength,
    int maxNameLength,
    long maxTokenCount,
    int maxDecimalScale,
    int maxProblems) {

  private static final JsonLimits DEFAULTS =
      new JsonLimits(4L * 1024 * 1024, 64, 10_000, 40, 256, 500_000L, 30, 1_000);

  /**
   * Creates limits.
   *
   * @throws InvalidValueException with code {@link JsonErrorCode#INVALID_LIMIT} if a limit is not
   *     positive
   */
  public JsonLimits {
    positive("maxDocumentLength", maxDocumentLength);
    positive("maxNestingDepth", maxNestingDepth);
    positive("maxStringLength", maxStringLength);
    positive("maxNumberLength", maxNumberLength);
    positive("maxNameLength", maxNameLength);
    positive("maxTokenCount", maxTokenCount);
    positive("maxDecimalScale", maxDecimalScale);
    positive("maxProblems", maxProblems);
  }

  private static void positive(String name, long value) {
    if (value <= 0) {
      throw new InvalidValueException(JsonErrorCode.INVALID_LIMIT, name, value, name);
    }
  }

  /**
   * Returns the default limits, described in the class documentation.
   *
   * @return the default limits, not null
   */
  public static JsonLimits defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a builder initialised with the default limits.
   *
   * @return a new builder, not null
   */
  public static JsonLimitsBuilder builder() {
    return new JsonLimitsBuilder().from(DEFAULTS);
  }

  /**
   * Returns these limits without the two that bound a whole document (its length and its token
   * count): for a stream whose elements are bounded one by one.
   */
  JsonLimits withoutTotals() {
    return new JsonLimits(
        Long.MAX_VALUE,
        maxNestingDepth,
        maxStringLength,
        maxNumberLength,
        maxNameLength,
        Long.MAX_VALUE,
        maxDecimalScale,
        maxProblems);
  }

  /**
   * Returns these limits as Jackson stream read constraints.
   *
   * @return the constraints, not null
   */
  public StreamReadConstraints toStreamReadConstraints() {
    return StreamReadConstraints.builder()
        .maxDocumentLength(maxDocumentLength)
        .maxNestingDepth(maxNestingDepth)
        .maxStringLength(maxStringLength)
        .maxNumberLength(maxNumberLength)
        .maxNameLength(maxNameLength)
        .maxTokenCount(maxTokenCount)
        .build();
  }
}
