package io.github.esspetiteenfance.json;

import static io.github.esspetiteenfance.json.Failures.failure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.esspetiteenfance.InvalidValueException;
import io.github.esspetiteenfance.json.testmodel.Catalog;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class JsonLimitsTest {

  private static final EssJsonReader<Catalog> READER = Fixtures.catalogReader();

  @Test
  void defaults_areTheDocumentedValues() {
    JsonLimits d = JsonLimits.defaults();
    assertThat(d.maxDocumentLength()).isEqualTo(4L * 1024 * 1024);
    assertThat(d.maxNestingDepth()).isEqualTo(64);
    assertThat(d.maxStringLength()).isEqualTo(10_000);
    assertThat(d.maxNumberLength()).isEqualTo(40);
    assertThat(d.maxNameLength()).isEqualTo(256);
    assertThat(d.maxTokenCount()).isEqualTo(500_000L);
    assertThat(d.maxDecimalScale()).isEqualTo(30);
    assertThat(d.maxProblems()).isEqualTo(1_000);
    assertThat(READER.limits()).isEqualTo(d);
  }

  @Test
  void of_nonPositiveLimit_throws() {
    assertThatThrownBy(() -> JsonLimits.builder().maxNestingDepth(0).build())
        .isInstanceOf(InvalidValueException.class)
        .satisfies(
            e -> assertThat(((InvalidValueException) e).code()).isEqualTo("json.limit.invalid"));
  }

  @Test
  void read_deepNesting_isRefused() {
    String deep = "{\"title\":" + "[".repeat(100) + "]".repeat(100) + "}";
    JsonDocumentException e = failure(READER, deep);
    assertThat(e.codes()).containsExactly("json.limit.nesting-depth");
    assertThat(e.problems().get(0).message(Locale.ENGLISH)).contains("64");
  }

  @Test
  void read_longString_isRefusedAtItsPointer() {
    ObjectNode doc = EssJsonReaderTest.tree(Fixtures.catalog());
    doc.put("title", "x".repeat(10_001));
    assertThat(failure(READER, doc.toString()).problems())
        .extracting(JsonProblem::pointer, JsonProblem::code)
        .containsExactly(tuple("/title", "json.limit.string-length"));
    doc.put("title", "x".repeat(10_000));
    assertThat(READER.read(doc.toString()).title()).hasSize(10_000);
  }

  @Test
  void read_longNumber_isRefused() {
    assertThat(failure(READER, "{\"visitors\":" + "1".repeat(41) + "}").codes())
        .containsExactly("json.limit.number-length");
    assertThat(failure(READER, "{\"visitors\":0." + "1".repeat(41) + "}").codes())
        .containsExactly("json.limit.number-length");
  }

  @Test
  void read_longName_isRefused() {
    assertThat(failure(READER, "{\"" + "n".repeat(257) + "\":1}").codes())
        .containsExactly("json.limit.name-length");
  }

  @Test
  void read_largeDocument_isRefusedBeforeParsing() {
    JsonLimits small = JsonLimits.builder().maxDocumentLength(100).build();
    String big = "{\"title\":\"" + "x".repeat(200) + "\"}";
    assertThat(failure(READER.withLimits(small), big).codes())
        .containsExactly("json.limit.document-size");
    byte[] bytes = big.getBytes(StandardCharsets.UTF_8);
    assertThat(failure(READER.withLimits(small), big.getBytes(StandardCharsets.UTF_8)).codes())
        .containsExactly("json.limit.document-size");
    assertThat(failure(READER.withLimits(small), new ByteArrayInputStream(bytes)).codes())
        .containsExactly("json.limit.document-size");
  }

  @Test
  void read_endlessStream_stopsAtTheLimit() {
    JsonLimits small = JsonLimits.builder().maxDocumentLength(10_000).build();
    InputStream endless =
        new SequenceInputStream(
            Collections.enumeration(
                java.util.stream.Stream.concat(
                        java.util.stream.Stream.of(
                            new ByteArrayInputStream(
                                "{\"places\":[".getBytes(StandardCharsets.UTF_8))),
                        java.util.stream.Stream.generate(
                                () ->
                                    new ByteArrayInputStream("1,".getBytes(StandardCharsets.UTF_8)))
                            .limit(100_000))
                    .toList()));
    assertThat(failure(READER.withLimits(small), endless).codes())
        .containsExactly("json.limit.document-size");
  }

  @Test
  void read_tooManyTokens_isRefused() {
    JsonLimits small = JsonLimits.builder().maxTokenCount(50).build();
    String many = "{\"places\":[" + "1,".repeat(100) + "1]}";
    assertThat(failure(READER.withLimits(small), many).codes())
        .containsExactly("json.limit.token-count");
  }

  @Test
  void read_hugeExponent_isRefused() {
    ObjectNode doc = EssJsonReaderTest.tree(Fixtures.catalog());
    String json = doc.toString().replace("\"red\":1000", "\"red\":1e999999999");
    assertThat(failure(READER, json).problems())
        .extracting(JsonProblem::pointer, JsonProblem::code)
        .containsExactly(tuple("/prices/red", "json.value.out-of-range"));
    // found by HostileInputPropertyTest: an exponent that no BigDecimal can hold
    assertThat(failure(READER, "{\"visitors\":-10e3810259827691940}").problems())
        .extracting(JsonProblem::pointer, JsonProblem::code)
        .containsExactly(tuple("/visitors", "json.value.out-of-range"));
  }
}
