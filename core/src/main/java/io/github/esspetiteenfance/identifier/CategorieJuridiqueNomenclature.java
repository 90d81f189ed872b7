package io.github.esspetiteenfance.identifier;

import io.github.esspetiteenfance.internal.ResourceCsv;
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
    Map<String, String> labels = new LinkedHashMap<>();
    for (ResourceCsv.Row row :
        ResourceCsv.read(CategorieJuridiqueNomenclature.class, RESOURCE)
            .requireHeader("code", "libelle")
            .rows()) {
      String code = row.get("code");
      if (code.length() != 4 || labels.put(code, row.get("libelle")) != null) {
        throw new ResourceCsv.MalformedException(RESOURCE, row.line(), "has a bad code " + code);
      }
    }
    if (labels.size() != EXPECTED_SIZE) {
      throw new IllegalStateException(
          "ess-petite-enfance bug: " + labels.size() + " codes in " + RESOURCE);
    }
    return Collections.unmodifiableMap(labels);
  }
}
