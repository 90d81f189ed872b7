package io.github.esspetiteenfance.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.esspetiteenfance.testing.HostileDocuments;
import io.github.esspetiteenfance.testing.SeedPortraits;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * The hostile corpus of issue #16.3 at a size CI affords: documents of every type mutated by {@link
 * HostileDocuments} (byte flips, truncations, deep nesting, huge numbers, duplicate and unknown
 * keys, class-name type ids, BOM and UTF-16 framings, crafted territory references...). Each is
 * read from bytes and, when it is valid UTF-8, from text; only the documented exception is thrown,
 * with no cause but an I/O error, no partial object or document tree reachable, bounded messages
 * without control characters, and the same outcome from bytes and from text. The benchmarks module
 * runs the same corpus on a million documents ({@code HostileCorpusRun}).
 */
class HostileCorpusPropertyTest {

  /** The seed documents, one per document type, in the order of {@link EssDocument#values()}. */
  static final List<EssDocument<?>> TYPES = EssDocument.values();

  static final HostileDocuments CORPUS = new HostileDocuments(seeds());

  static List<byte[]> seeds() {
    List<byte[]> seeds = new ArrayList<>();
    for (EssDocument<?> document : TYPES) {
      String json =
          document == EssDocument.ESTABLISHMENTS
              ? EssJson.encode(SeedPortraits.all().subList(0, 3))
              : golden(document.name());
      seeds.add(json.getBytes(StandardCharsets.UTF_8));
    }
    return seeds;
  }

  private static String golden(String name) {
    try (InputStream in =
        HostileCorpusPropertyTest.class.getResourceAsStream("/golden/" + name + ".json")) {
      return new String(Objects.requireNonNull(in, name).readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void everyHostileDocument_givesAValueOrTheDocumentedBoundedException() {
    qt().withExamples(1_500)
        .forAll(longs().between(0, Long.MAX_VALUE / 2))
        .checkAssert(
            n -> {
              byte[] doc = CORPUS.document(n);
              EssJsonReader<?> reader = EssJson.reader(TYPES.get(CORPUS.seedOf(n)));
              Object fromBytes = outcome(reader, doc, n);
              String text = strictUtf8(doc);
              if (text != null && isPlainUtf8(doc)) {
                Object fromText = outcome(reader, text, n);
                assertThat(fromText).as("document %d from text", n).isEqualTo(fromBytes);
              }
            });
    assertThat(TerritoryText.cached()).isLessThanOrEqualTo(80_000);
  }

  @Test
  void everyMutationKind_isDrawn() {
    java.util.Set<HostileDocuments.Mutation> seen =
        java.util.EnumSet.noneOf(HostileDocuments.Mutation.class);
    for (long n = 0; n < 2_000; n++) {
      seen.add(CORPUS.firstMutation(n));
    }
    assertThat(seen).containsExactlyInAnyOrder(HostileDocuments.Mutation.values());
  }

  /** Reads a document; returns the value or the codes of the exception, after checking it. */
  static Object outcome(EssJsonReader<?> reader, Object doc, long n) {
    try {
      return doc instanceof byte[] bytes ? reader.read(bytes) : reader.read((String) doc);
    } catch (JsonDocumentException e) {
      check(e, n);
      return e.codes();
    }
  }

  /** Checks what a refusal may hold and show. */
  static void check(JsonDocumentException e, long n) {
    assertThat(e.getCause()).as("document %d: cause", n).isNull();
    assertThat(e.getSuppressed()).isEmpty();
    assertThat(e.problems()).isNotEmpty();
    for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.FRENCH}) {
      String message = e.message(locale);
      assertThat(message.length())
          .as("document %d: message length", n)
          .isLessThanOrEqualTo(JsonDocumentException.MAX_MESSAGE_LENGTH);
      assertThat(message.replace(System.lineSeparator(), "").chars().filter(c -> c < 0x20))
          .as("document %d: control characters in %s", n, message)
          .isEmpty();
    }
    for (JsonProblem p : e.problems()) {
      assertThat(p.message(Locale.ENGLISH).length())
          .isLessThanOrEqualTo(JsonProblem.MAX_MESSAGE_LENGTH);
      Object rejected = p.rejectedValue();
      assertThat(rejected)
          .as("document %d: rejected value of %s", n, p)
          .satisfiesAnyOf(
              r -> assertThat(r).isNull(),
              r -> assertThat(r).isInstanceOfAny(Number.class, Boolean.class, Enum.class),
              r -> assertThat(r).isInstanceOf(java.time.temporal.TemporalAccessor.class),
              r ->
                  assertThat(r)
                      .isInstanceOf(JsonNode.class)
                      .matches(v -> ((JsonNode) v).isValueNode()),
              r ->
                  assertThat(r)
                      .isInstanceOf(String.class)
                      .matches(v -> ((String) v).length() <= JsonProblem.MAX_VALUE_LENGTH + 30));
    }
  }

  /**
   * Tells whether bytes are read as UTF-8 without a byte order mark: no BOM, no zero byte among the
   * first four (which would make them UTF-16 or UTF-32, detected as such from bytes).
   */
  static boolean isPlainUtf8(byte[] doc) {
    for (int i = 0; i < Math.min(4, doc.length); i++) {
      if (doc[i] == 0) {
        return false;
      }
    }
    return doc.length < 2
        || !(doc[0] == (byte) 0xEF || doc[0] == (byte) 0xFE || doc[0] == (byte) 0xFF);
  }

  /** Returns the text of strictly valid UTF-8 bytes, or null. */
  static String strictUtf8(byte[] doc) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(doc))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}
