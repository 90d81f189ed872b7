package io.github.esspetiteenfance.json;

import java.io.InputStream;
import java.util.function.Supplier;

/** Captures the JsonDocumentException of a read that must fail. */
final class Failures {
  private Failures() {}

  static JsonDocumentException failure(EssJsonReader<?> reader, String json) {
    return capture(() -> reader.read(json));
  }

  static JsonDocumentException failure(EssJsonReader<?> reader, byte[] json) {
    return capture(() -> reader.read(json));
  }

  static JsonDocumentException failure(EssJsonReader<?> reader, InputStream json) {
    return capture(() -> reader.read(json));
  }

  static JsonDocumentException capture(Supplier<?> read) {
    Object value;
    try {
      value = read.get();
    } catch (JsonDocumentException e) {
      return e;
    }
    throw new AssertionError("expected a JsonDocumentException, got " + value);
  }
}
