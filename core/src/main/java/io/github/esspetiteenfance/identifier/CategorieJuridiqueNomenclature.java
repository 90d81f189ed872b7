package io.github.esspetiteenfance.identifier;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The bundled INSEE nomenclature of catégories juridiques (niveau III, 1 September 2022), loaded
 * once, on first use, by the class-holder idiom.
 */
final class CategorieJuridiqueNomenclature {

  static final String RESOURCE = "insee_cj_niveau3_septembre2022.csv";
  static final int EXPECTED_SIZE = 260;

  private CategorieJuridiqueNomenclature() {}

  /** Returns the labels by code, in the order of the file (ascending codes). */
  static Map<String, String> labels() {
    return Holder.LABELS;
  }

  private static final class Holder {
    static final Map<String, String> LABELS = load();
  }

  private static Map<String, String> load() {
    InputStream in = CategorieJuridiqueNomenclature.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException("ess-petite-enfance bug: missing resource " + RESOURCE);
    }
    Map<String, String> labels = new LinkedHashMap<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String header = reader.readLine();
      if (!"code,libelle".equals(header)) {
        throw new IllegalStateException("ess-petite-enfance bug: bad header in " + RESOURCE);
      }
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isEmpty()) {
          labels.put(line.substring(0, 4), unquote(line.substring(5)));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (labels.size() != EXPECTED_SIZE) {
      throw new IllegalStateException(
          "ess-petite-enfance bug: " + labels.size() + " codes in " + RESOURCE);
    }
    return Collections.unmodifiableMap(labels);
  }

  private static String unquote(String field) {
    if (field.length() >= 2 && field.startsWith("\"") && field.endsWith("\"")) {
      return field.substring(1, field.length() - 1).replace("\"\"", "\"");
    }
    return field;
  }
}
