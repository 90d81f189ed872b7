package io.github.esspetiteenfance.testing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * A generator of hostile JSON documents, as an attacker or a careless user would write them: each
 * is a valid seed document with one to three mutations drawn by a seed, so that a failing document
 * is reproduced from its number alone.
 *
 * <p>The mutations (issue #16.3): byte flips and bit flips; truncations at a random offset, just
 * after a structural character, inside a string, inside a number; deep nesting; huge numbers (long
 * digits, huge exponents, negative zero, leading zeros); duplicate keys; unknown keys; class names
 * as {@code "type"} ids; byte order marks and UTF-16/UTF-32 framings; crafted territory references
 * (padded with spaces or U+3000, other prefixes, unknown codes); control characters, lone
 * surrogates and escaped NULs in strings; long strings; deleted, duplicated and inserted segments.
 *
 * <p>It holds no Jackson: documents are bytes. This class is immutable and thread-safe.
 */
public final class HostileDocuments {

  /** The kinds of mutation, in the order of their numbers. */
  public enum Mutation {
    FLIP_BYTE,
    FLIP_BIT,
    TRUNCATE_ANYWHERE,
    TRUNCATE_AFTER_STRUCTURE,
    TRUNCATE_IN_STRING,
    TRUNCATE_IN_NUMBER,
    DEEP_NESTING,
    HUGE_NUMBER,
    DUPLICATE_KEY,
    UNKNOWN_KEY,
    CLASS_NAME_TYPE,
    BOM,
    UTF16_FRAMING,
    TERRITORY_REFERENCE,
    CONTROL_CHARACTER,
    LONG_STRING,
    DELETE_SEGMENT,
    DUPLICATE_SEGMENT,
    INSERT_STRUCTURE,
    NULL_VALUE
  }

  private static final Mutation[] MUTATIONS = Mutation.values();

  private static final String[] HUGE_NUMBERS = {
    "1e999999999",
    "-1E-999999999",
    "1" + "0".repeat(45),
    "0." + "0".repeat(40) + "1",
    "9".repeat(19),
    "9".repeat(20),
    "-0",
    "-0.0",
    "00",
    "1.5",
    "2147483648",
    "-9223372036854775809",
    "1e308",
    "123456789012345678901234567890123456789012"
  };

  private static final String[] CLASS_NAMES = {
    "java.lang.ProcessBuilder",
    "java.lang.Object",
    "io.github.esspetiteenfance.establishment.Establishment",
    "com.sun.rowset.JdbcRowSetImpl",
    "[Ljava.lang.Object;",
    "MICRO_CRECHE",
    "micro-creche ",
    "Micro-Creche"
  };

  private static final String[] TERRITORIES = {
    "departement:" + " ".repeat(2_000) + "44",
    "departement:" + "\u3000".repeat(1_000) + "44",
    "region: 52",
    "REG:52",
    "DEP:44",
    "COM:44109",
    "region:52 ",
    "commune:44 109",
    "commune:99999",
    "departement:2A",
    "departement:20",
    "arm:75101",
    "comd:00000",
    "FR ",
    "fr",
    "region:",
    ":",
    "region:5\u0000"
  };

  private static final String[] STRINGS = {
    "\\u0000",
    "\\ud800",
    "\\udc00x",
    "\\u001f",
    "\\u2028",
    "\\r\\n[ERROR] forged",
    "\\u0085",
    "\\ufeff"
  };

  private final List<byte[]> seeds;

  /**
   * Obtains a generator over seed documents (valid documents, UTF-8).
   *
   * @param seeds the seed documents, not empty
   */
  public HostileDocuments(List<byte[]> seeds) {
    if (seeds.isEmpty()) {
      throw new IllegalArgumentException("no seed document");
    }
    this.seeds = List.copyOf(seeds);
  }

  /**
   * Returns the number of the seed a document starts from.
   *
   * @param number the number of the document, >= 0
   * @return the index of its seed
   */
  public int seedOf(long number) {
    return (int) Math.floorMod(number, (long) seeds.size());
  }

  /**
   * Returns the document of a number: always the same for the same number.
   *
   * @param number the number of the document, >= 0
   * @return the document's bytes, not null
   */
  public byte[] document(long number) {
    Random random = new Random(number * 0x9E3779B97F4A7C15L + 17);
    byte[] out = seeds.get(seedOf(number)).clone();
    int rounds = 1 + random.nextInt(3);
    for (int r = 0; r < rounds; r++) {
      out = mutate(out, MUTATIONS[random.nextInt(MUTATIONS.length)], random);
    }
    return out;
  }

  /**
   * Returns the first mutation of a document's number (for reports).
   *
   * @param number the number of the document
   * @return the mutation, not null
   */
  public Mutation firstMutation(long number) {
    Random random = new Random(number * 0x9E3779B97F4A7C15L + 17);
    random.nextInt(3);
    return MUTATIONS[random.nextInt(MUTATIONS.length)];
  }

  /** Applies one mutation. */
  static byte[] mutate(byte[] doc, Mutation mutation, Random random) {
    if (doc.length == 0) {
      return "{".getBytes(StandardCharsets.US_ASCII);
    }
    int at = random.nextInt(doc.length);
    return switch (mutation) {
      case FLIP_BYTE -> {
        byte[] out = doc.clone();
        out[at] = (byte) random.nextInt(256);
        yield out;
      }
      case FLIP_BIT -> {
        byte[] out = doc.clone();
        out[at] = (byte) (out[at] ^ (1 << random.nextInt(8)));
        yield out;
      }
      case TRUNCATE_ANYWHERE -> Arrays.copyOf(doc, at);
      case TRUNCATE_AFTER_STRUCTURE -> Arrays.copyOf(doc, after(doc, at, "{}[],:"));
      case TRUNCATE_IN_STRING -> Arrays.copyOf(doc, Math.min(doc.length, after(doc, at, "\"") + 1));
      case TRUNCATE_IN_NUMBER -> Arrays.copyOf(doc, after(doc, at, "0123456789"));
      case DEEP_NESTING -> {
        int depth = random.nextBoolean() ? 70 + random.nextInt(50) : 5_000;
        String open = random.nextBoolean() ? "[" : "{\"a\":";
        String close = open.equals("[") ? "]" : "}";
        String wrapped =
            open.repeat(depth) + "1" + close.repeat(random.nextInt(2) == 0 ? depth : 1);
        yield insertValue(doc, wrapped, random);
      }
      case HUGE_NUMBER ->
          replaceNumber(doc, HUGE_NUMBERS[random.nextInt(HUGE_NUMBERS.length)], random);
      case DUPLICATE_KEY -> duplicateKey(doc, random);
      case UNKNOWN_KEY ->
          insertAfterBrace(
              doc,
              "\"zz" + random.nextInt(100) + "\":" + (random.nextBoolean() ? "1," : "{},"),
              random);
      case CLASS_NAME_TYPE -> {
        String name = CLASS_NAMES[random.nextInt(CLASS_NAMES.length)];
        byte[] replaced = replaceStringOf(doc, "\"type\":\"", name);
        yield replaced != null
            ? replaced
            : insertAfterBrace(doc, "\"type\":\"" + name + "\",", random);
      }
      case BOM -> concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, doc);
      case UTF16_FRAMING -> {
        String text = new String(doc, StandardCharsets.UTF_8);
        yield switch (random.nextInt(5)) {
          case 0 -> text.getBytes(StandardCharsets.UTF_16); // with a BOM, big-endian
          case 1 -> text.getBytes(StandardCharsets.UTF_16BE);
          case 2 -> text.getBytes(StandardCharsets.UTF_16LE);
          case 3 ->
              concat(
                  new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE));
          default -> text.getBytes(java.nio.charset.Charset.forName("UTF-32BE"));
        };
      }
      case TERRITORY_REFERENCE -> {
        String ref = TERRITORIES[random.nextInt(TERRITORIES.length)];
        byte[] replaced = replaceTerritory(doc, ref);
        yield replaced != null
            ? replaced
            : insertAfterBrace(doc, "\"territories\":[\"" + ref + "\"],", random);
      }
      case CONTROL_CHARACTER ->
          insertInString(doc, STRINGS[random.nextInt(STRINGS.length)], random);
      case LONG_STRING ->
          insertInString(
              doc, "x".repeat(random.nextBoolean() ? 9_990 + random.nextInt(20) : 50_000), random);
      case DELETE_SEGMENT ->
          concat(
              Arrays.copyOf(doc, at),
              Arrays.copyOfRange(
                  doc, Math.min(doc.length, at + 1 + random.nextInt(16)), doc.length));
      case DUPLICATE_SEGMENT -> {
        int len = Math.min(doc.length - at, 1 + random.nextInt(60));
        yield concat(
            concat(Arrays.copyOf(doc, at + len), Arrays.copyOfRange(doc, at, at + len)),
            Arrays.copyOfRange(doc, at + len, doc.length));
      }
      case INSERT_STRUCTURE -> {
        byte[] tokens = "{}[],:\"\\0-.eE ntf".getBytes(StandardCharsets.US_ASCII);
        yield concat(
            concat(Arrays.copyOf(doc, at), new byte[] {tokens[random.nextInt(tokens.length)]}),
            Arrays.copyOfRange(doc, at, doc.length));
      }
      case NULL_VALUE -> replaceNumber(doc, "null", random);
    };
  }

  /** Returns the position just after the first of the characters at or after a position. */
  private static int after(byte[] doc, int from, String chars) {
    for (int i = from; i < doc.length; i++) {
      if (chars.indexOf(doc[i]) >= 0) {
        return i + 1;
      }
    }
    return from;
  }

  private static byte[] insertValue(byte[] doc, String value, Random random) {
    // replaces the value after a colon, or the whole document
    int colon = indexOf(doc, (byte) ':', random.nextInt(doc.length));
    if (colon < 0) {
      return value.getBytes(StandardCharsets.UTF_8);
    }
    int end = valueEnd(doc, colon + 1);
    return concat(
        concat(Arrays.copyOf(doc, colon + 1), value.getBytes(StandardCharsets.UTF_8)),
        Arrays.copyOfRange(doc, end, doc.length));
  }

  /** Returns the end of a scalar value starting at a position (a simple scan). */
  private static int valueEnd(byte[] doc, int from) {
    int i = from;
    if (i < doc.length && doc[i] == '"') {
      i++;
      while (i < doc.length && doc[i] != '"') {
        i += doc[i] == '\\' ? 2 : 1;
      }
      return Math.min(doc.length, i + 1);
    }
    while (i < doc.length && ",}]".indexOf(doc[i]) < 0) {
      i++;
    }
    return i;
  }

  private static byte[] replaceNumber(byte[] doc, String number, Random random) {
    int start = random.nextInt(doc.length);
    for (int n = 0; n < doc.length; n++) {
      int i = (start + n) % doc.length;
      if (doc[i] == ':'
          && i + 1 < doc.length
          && (doc[i + 1] == '-' || Character.isDigit(doc[i + 1]))) {
        int end = valueEnd(doc, i + 1);
        return concat(
            concat(Arrays.copyOf(doc, i + 1), number.getBytes(StandardCharsets.US_ASCII)),
            Arrays.copyOfRange(doc, end, doc.length));
      }
    }
    return insertAfterBrace(doc, "\"n\":" + number + ",", random);
  }

  private static byte[] duplicateKey(byte[] doc, Random random) {
    int brace = indexOf(doc, (byte) '{', random.nextInt(doc.length));
    if (brace < 0 || brace + 1 >= doc.length || doc[brace + 1] != '"') {
      return insertAfterBrace(doc, "\"a\":1,\"a\":1,", random);
    }
    int colon = indexOf(doc, (byte) ':', brace);
    int end = colon < 0 ? -1 : valueEnd(doc, colon + 1);
    if (end <= 0 || end >= doc.length || doc[end] != ',') {
      return insertAfterBrace(doc, "\"a\":1,\"a\":1,", random);
    }
    byte[] pair = Arrays.copyOfRange(doc, brace + 1, end + 1);
    return concat(
        concat(Arrays.copyOf(doc, end + 1), pair), Arrays.copyOfRange(doc, end + 1, doc.length));
  }

  private static byte[] insertAfterBrace(byte[] doc, String text, Random random) {
    int brace = indexOf(doc, (byte) '{', random.nextInt(doc.length));
    if (brace < 0) {
      brace = indexOf(doc, (byte) '{', 0);
    }
    if (brace < 0) {
      return concat(doc, text.getBytes(StandardCharsets.UTF_8));
    }
    return concat(
        concat(Arrays.copyOf(doc, brace + 1), text.getBytes(StandardCharsets.UTF_8)),
        Arrays.copyOfRange(doc, brace + 1, doc.length));
  }

  private static byte[] insertInString(byte[] doc, String text, Random random) {
    int quote = indexOf(doc, (byte) '"', random.nextInt(doc.length));
    if (quote < 0) {
      quote = indexOf(doc, (byte) '"', 0);
    }
    if (quote < 0) {
      return doc;
    }
    return concat(
        concat(Arrays.copyOf(doc, quote + 1), text.getBytes(StandardCharsets.UTF_8)),
        Arrays.copyOfRange(doc, quote + 1, doc.length));
  }

  /** Replaces the string value after a prefix, or returns null if the prefix is absent. */
  private static byte[] replaceStringOf(byte[] doc, String prefix, String value) {
    int at = indexOf(doc, prefix.getBytes(StandardCharsets.UTF_8));
    if (at < 0) {
      return null;
    }
    int start = at + prefix.length();
    int end = valueEnd(doc, start - 1);
    return concat(
        concat(Arrays.copyOf(doc, start), (value + "\"").getBytes(StandardCharsets.UTF_8)),
        Arrays.copyOfRange(doc, end, doc.length));
  }

  private static byte[] replaceTerritory(byte[] doc, String ref) {
    for (String prefix : new String[] {"\"departement:", "\"region:", "\"commune:", "\"FR\""}) {
      int at = indexOf(doc, prefix.getBytes(StandardCharsets.UTF_8));
      if (at >= 0) {
        int end = valueEnd(doc, at);
        return concat(
            concat(Arrays.copyOf(doc, at), ("\"" + ref + "\"").getBytes(StandardCharsets.UTF_8)),
            Arrays.copyOfRange(doc, end, doc.length));
      }
    }
    return null;
  }

  private static int indexOf(byte[] doc, byte b, int from) {
    for (int i = Math.max(0, from); i < doc.length; i++) {
      if (doc[i] == b) {
        return i;
      }
    }
    return -1;
  }

  private static int indexOf(byte[] doc, byte[] part) {
    outer:
    for (int i = 0; i + part.length <= doc.length; i++) {
      for (int j = 0; j < part.length; j++) {
        if (doc[i + j] != part[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  private static byte[] concat(byte[] a, byte[] b) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(a.length + b.length);
    out.writeBytes(a);
    out.writeBytes(b);
    return out.toByteArray();
  }
}
