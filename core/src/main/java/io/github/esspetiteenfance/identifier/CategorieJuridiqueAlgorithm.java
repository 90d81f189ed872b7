package io.github.esspetiteenfance.identifier;

import java.util.Objects;
import java.util.Optional;

/**
 * The validation rule of a catégorie juridique: 4 digits that are a code of the bundled INSEE
 * nomenclature (niveau III, version of 1 September 2022, 260 codes).
 *
 * <p>Codes removed before 2022 (such as 5498 "SARL unipersonnelle" or 5720 "SASU") are unknown and
 * rejected; they may still appear in historical Sirene data.
 *
 * <p>This class is immutable and thread-safe.
 */
final class CategorieJuridiqueAlgorithm {

  /** The number of digits of a catégorie juridique (niveau III): {@value}. */
  static final int LENGTH = 4;

  /** The rule shared by the value type and its constraint. */
  static final Rule RULE =
      new Rule(CategorieJuridiqueAlgorithm::normalize, CategorieJuridiqueAlgorithm::check);

  private CategorieJuridiqueAlgorithm() {}

  /**
   * Returns the text with every space removed, the form that {@link #check(String)} expects.
   *
   * @param text the text to normalize, not null
   * @return the normalized text, not null
   */
  static String normalize(String text) {
    return Text.removeSpaces(Objects.requireNonNull(text, "text"));
  }

  /**
   * Checks a normalized text and returns the first rule it breaks.
   *
   * @param normalized the text returned by {@link #normalize(String)}, not null
   * @return the violation ({@code CATEGORIE_JURIDIQUE_FORMAT} or {@code
   *     CATEGORIE_JURIDIQUE_UNKNOWN}), empty if the text is a known code
   */
  static Optional<IdentifierViolation> check(String normalized) {
    if (normalized.length() != LENGTH || !Text.isAsciiDigits(normalized)) {
      return Optional.of(IdentifierViolation.CATEGORIE_JURIDIQUE_FORMAT);
    }
    if (!CategorieJuridiqueNomenclature.labels().containsKey(normalized)) {
      return Optional.of(IdentifierViolation.CATEGORIE_JURIDIQUE_UNKNOWN);
    }
    return Optional.empty();
  }
}
