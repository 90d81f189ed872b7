package io.github.esspetiteenfance.identifier;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A catégorie juridique: the 4-digit INSEE code of the legal form of a unit in the Sirene register
 * (niveau III of the nomenclature), such as {@code 9220} "Association déclarée" or {@code 5458}
 * "SARL coopérative de production (SCOP)".
 *
 * <p>The library bundles the nomenclature in its version of 1 September 2022 (260 codes; source:
 * INSEE, Licence Ouverte; transcribed from a third-party copy and cross-checked against a second).
 * Codes are checked against it: a code missing from it, including codes removed before 2022 such as
 * 5498 and 5720, is rejected. The nomenclature is loaded once, on first use, and shared.
 *
 * <p>Obtain one with {@link #of(String)}; {@link #toString()} gives the 4 digits, which {@code of}
 * accepts back; {@link #label()} gives the French label; {@link #all()} lists every code.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CategorieJuridique {

  /** The date of the bundled nomenclature's version: {@value}. */
  public static final String NOMENCLATURE_VERSION = "2022-09-01";

  private final String code;
  private final String label;

  private CategorieJuridique(String code, String label) {
    this.code = code;
    this.label = label;
  }

  /**
   * Obtains a catégorie juridique from its code, ignoring spaces.
   *
   * @param text the 4-digit code, such as {@code "9220"}; not null
   * @return the catégorie juridique, not null
   * @throws InvalidIdentifierException if the text is not 4 digits ({@code
   *     identifier.categorie-juridique.format}) or not in the nomenclature ({@code
   *     identifier.categorie-juridique.unknown})
   */
  public static CategorieJuridique of(String text) {
    return Holder.BY_CODE.get(CategorieJuridiqueAlgorithm.RULE.lenient(text));
  }

  /**
   * Checks if a text is a code of the bundled nomenclature, ignoring spaces; never throws.
   *
   * @param text the text to check, may be null
   * @return true if {@link #of(String)} would accept the text, false otherwise and for null
   */
  public static boolean isValid(String text) {
    return CategorieJuridiqueAlgorithm.RULE.isValid(text);
  }

  /**
   * Obtains a catégorie juridique from its canonical text only, the inverse of {@link #toString()}:
   * the text that JSON documents and other machine exchanges hold, such as {@code "9220"}.
   *
   * <p>Unlike {@link #of(String)}, nothing is normalized: {@code "92 20"}, which {@code of}
   * accepts, is refused here.
   *
   * @param text the canonical text, not null
   * @return the catégorie juridique, not null
   * @throws InvalidIdentifierException if the text is not the canonical text of a valid catégorie
   *     juridique, with the code {@code of} gives to the text as it is (a length or format code for
   *     a text with spaces)
   */
  public static CategorieJuridique parse(CharSequence text) {
    return Holder.BY_CODE.get(CategorieJuridiqueAlgorithm.RULE.strict(text));
  }

  /**
   * Checks a text as {@link #of(String)} reads it (normalized first) and returns the first rule it
   * breaks, without throwing: {@code check(s).isEmpty() == isValid(s)}.
   *
   * @param text the text to check, not null
   * @return the violation, empty if {@code of} would accept the text
   */
  public static Optional<IdentifierViolation> check(CharSequence text) {
    return CategorieJuridiqueAlgorithm.RULE.check(text);
  }

  /**
   * Returns every catégorie juridique of the bundled nomenclature, in ascending code order.
   *
   * @return the 260 categories, an unmodifiable list, not null
   */
  public static List<CategorieJuridique> all() {
    return Holder.ALL;
  }

  /**
   * Returns the French label of this category, as INSEE writes it, such as {@code "Association
   * déclarée"}.
   *
   * @return the label, not null
   */
  public String label() {
    return label;
  }

  /**
   * Checks if this category is equal to another: same code.
   *
   * @param other the other object, may be null
   * @return true if the other is a catégorie juridique with the same code
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof CategorieJuridique that && code.equals(that.code);
  }

  /**
   * Returns a hash code for this category.
   *
   * @return a hash code of its code
   */
  @Override
  public int hashCode() {
    return code.hashCode();
  }

  /**
   * Returns the canonical form of this category: its 4-digit code, such as {@code "9220"}.
   *
   * @return the code, not null
   */
  @Override
  public String toString() {
    return code;
  }

  private static final class Holder {
    static final Map<String, CategorieJuridique> BY_CODE = load();
    static final List<CategorieJuridique> ALL = List.copyOf(BY_CODE.values());

    private static Map<String, CategorieJuridique> load() {
      Map<String, CategorieJuridique> byCode = new java.util.LinkedHashMap<>();
      CategorieJuridiqueNomenclature.labels()
          .forEach((code, label) -> byCode.put(code, new CategorieJuridique(code, label)));
      return java.util.Collections.unmodifiableMap(byCode);
    }
  }
}
