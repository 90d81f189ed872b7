package io.github.esspetiteenfance.json;

import io.github.esspetiteenfance.testing.SeedPortraits;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Runs in the class loader of {@link LazyValidationTest}. */
public final class ValidationProbe {
  private ValidationProbe() {}

  /**
   * Reads one document of every type (the golden files, and the seed for the dataset).
   *
   * @return the number of documents read
   */
  public static int readEveryDocument() {
    int n = 0;
    for (EssDocument<?> document : EssDocument.values()) {
      String json =
          document == EssDocument.ESTABLISHMENTS
              ? EssJson.encode(SeedPortraits.all())
              : golden(document.name());
      if (EssJson.read(document, json) != null) {
        n++;
      }
    }
    return n;
  }

  /** Validates a value that is not of the model, which needs Hibernate Validator. */
  public static void validateApplicationValue() {
    DecodedValueValidator.standard().validate(new StringBuilder("an application value"));
  }

  private static String golden(String name) {
    try (InputStream in = ValidationProbe.class.getResourceAsStream("/golden/" + name + ".json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
