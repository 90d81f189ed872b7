package io.github.esspetiteenfance.organization;

import io.github.esspetiteenfance.InvalidValueException;
import io.github.esspetiteenfance.identifier.CategorieJuridique;
import io.github.esspetiteenfance.internal.ResourceCsv;
import io.github.esspetiteenfance.legal.Confidence;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The bundled mapping of every catégorie juridique to an {@link EssFamily}.
 *
 * <p>The mapping covers the 260 codes of the INSEE nomenclature of catégories juridiques, niveau
 * III, version of 1 September 2022 (the one the {@code identifier} package bundles). It is read
 * once, on first use, from {@code cj-ess-family.csv} beside this class; see the {@code README.md}
 * there for its sources and the meaning of each column, and {@link CjMapping} for the confidence
 * labels.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CjMappings {

  /** The dialect of the bundled files: RFC 4180 quoting, blank lines skipped. */

  /** The date of the nomenclature version the mapping covers: {@value}. */
  public static final String NOMENCLATURE_VERSION = "2022-09-01";

  private CjMappings() {}

  /**
   * Returns the mapping of every code, in ascending code order.
   *
   * @return the 260 mappings, an unmodifiable list, not null
   */
  public static List<CjMapping> all() {
    return Holder.ALL;
  }

  /**
   * Returns the mapping of a code.
   *
   * @param code the 4-digit catégorie juridique, such as {@code "9220"}; not null
   * @return the mapping, empty if the code is not in the 2022 nomenclature
   */
  public static Optional<CjMapping> find(String code) {
    Objects.requireNonNull(code, "code");
    return Optional.ofNullable(Holder.BY_CODE.get(code));
  }

  /**
   * Returns the mapping of a catégorie juridique.
   *
   * <p>Every catégorie juridique of the {@code identifier} package has a mapping (a test checks
   * it), so this method never fails.
   *
   * @param categorieJuridique the catégorie juridique, not null
   * @return the mapping, not null
   */
  public static CjMapping of(CategorieJuridique categorieJuridique) {
    return of(categorieJuridique.toString());
  }

  /**
   * Returns the mapping of a code, or throws.
   *
   * @param code the 4-digit catégorie juridique, not null
   * @return the mapping, not null
   * @throws InvalidValueException with code {@link OrganizationErrorCode#CJ_NOT_MAPPED} if the code
   *     is not in the 2022 nomenclature (such as 5498 or 5720, removed before 2022)
   */
  public static CjMapping of(String code) {
    return find(code)
        .orElseThrow(
            () ->
                new InvalidValueException(
                    OrganizationErrorCode.CJ_NOT_MAPPED, "categorieJuridique", code));
  }

  private static final class Holder {
    static final Map<String, CjMapping> BY_CODE = load();
    static final List<CjMapping> ALL = List.copyOf(BY_CODE.values());

    private static Map<String, CjMapping> load() {
      Map<String, CjMapping> byCode = new LinkedHashMap<>();
      for (ResourceCsv.Row row : ResourceCsv.read(CjMappings.class, "cj-ess-family.csv").rows()) {
        CjMapping mapping =
            new CjMapping(
                row.get("code"),
                row.get("libelle"),
                EssFamily.valueOf(row.get("family_by_form")),
                Boolean.parseBoolean(row.get("commercial_company")),
                Confidence.valueOf(row.get("confidence")),
                Boolean.parseBoolean(row.get("doubtful")),
                row.get("source"),
                row.get("note"));
        if (byCode.put(mapping.code(), mapping) != null) {
          throw new IllegalStateException(
              "ess-petite-enfance bug: code " + mapping.code() + " mapped twice");
        }
      }
      return byCode;
    }
  }
}
