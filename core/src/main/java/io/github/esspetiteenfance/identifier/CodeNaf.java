package io.github.esspetiteenfance.identifier;

import java.util.Optional;

/**
 * A NAF code (<i>nomenclature d'activités française</i>, INSEE): the code of a sub-class of
 * activity, such as {@code 88.91A} "Accueil de jeunes enfants" (NAF rév. 2) or {@code 88.91G}
 * "Accueil de jeunes enfants en structure collective" (NAF 2025). The main activity of a unit, its
 * APE code (<i>activité principale exercée</i>), is a NAF code.
 *
 * <p>The code is two digits (the division), a dot, two digits and an upper-case letter. Its final
 * letter gives its {@link #nomenclature()}: {@code A}–{@code F} and {@code Z} for NAF rév. 2,
 * {@code G}–{@code Y} for NAF 2025 (DERIVED rule, see {@code NafAlgorithm}). The check is
 * syntactic: the code is not looked up in the nomenclature.
 *
 * <p>Obtain one with {@link #of(String)}, which also accepts the form without a dot ({@code
 * 8891A}); {@link #toString()} gives the canonical form with the dot, which {@code of} accepts
 * back. Two codes are equal when their text is: {@code 88.91A} (rév. 2) and {@code 88.91G} (2025)
 * are different codes, even where one replaces the other.
 *
 * <pre>
 *   CodeNaf.of("8891A").toString();         // "88.91A"
 *   CodeNaf.of("88.91G").nomenclature();    // NAF_2025
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CodeNaf {

  private final String value;

  private CodeNaf(String value) {
    this.value = value;
  }

  /**
   * Obtains a NAF code from its text, ignoring spaces, with or without the dot.
   *
   * @param text the code, such as {@code "88.91A"} or {@code "8891A"}; not null
   * @return the code, not null
   * @throws InvalidIdentifierException if the text is not of the form {@code 99.99X} or {@code
   *     9999X}, with code {@code identifier.naf.format}
   */
  public static CodeNaf of(String text) {
    return new CodeNaf(NafAlgorithm.RULE.lenient(text));
  }

  /**
   * Checks if a text is a NAF code, ignoring spaces; never throws.
   *
   * @param text the text to check, may be null
   * @return true if {@link #of(String)} would accept the text, false otherwise and for null
   */
  public static boolean isValid(String text) {
    return NafAlgorithm.RULE.isValid(text);
  }

  /**
   * Obtains a NAF code from its canonical text only, the inverse of {@link #toString()}: the text
   * that JSON documents and other machine exchanges hold, such as {@code "88.91A"}.
   *
   * <p>Unlike {@link #of(String)}, nothing is normalized: {@code "8891A"}, which {@code of}
   * accepts, is refused here.
   *
   * @param text the canonical text, not null
   * @return the NAF code, not null
   * @throws InvalidIdentifierException if the text is not the canonical text of a valid NAF code,
   *     with the code {@code of} gives to the text as it is (a length or format code for a text
   *     with spaces)
   */
  public static CodeNaf parse(CharSequence text) {
    return new CodeNaf(NafAlgorithm.RULE.strict(text));
  }

  /**
   * Checks a text as {@link #of(String)} reads it (normalized first) and returns the first rule it
   * breaks, without throwing: {@code check(s).isEmpty() == isValid(s)}.
   *
   * @param text the text to check, not null
   * @return the violation, empty if {@code of} would accept the text
   */
  public static Optional<IdentifierViolation> check(CharSequence text) {
    return NafAlgorithm.RULE.check(text);
  }

  /**
   * Returns the nomenclature this code belongs to, from its final letter.
   *
   * @return {@link NafNomenclature#NAF_REV2} or {@link NafNomenclature#NAF_2025}, not null
   */
  public NafNomenclature nomenclature() {
    return NafAlgorithm.nomenclature(value);
  }

  /**
   * Returns the division: the first two digits, such as {@code "88"} for {@code 88.91A}.
   *
   * @return the two digits, not null
   */
  public String division() {
    return value.substring(0, 2);
  }

  /**
   * Checks if this code is equal to another: same text.
   *
   * @param other the other object, may be null
   * @return true if the other is a NAF code with the same text
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof CodeNaf that && value.equals(that.value);
  }

  /**
   * Returns a hash code for this code.
   *
   * @return a hash code of its text
   */
  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /**
   * Returns the canonical form of this code, with the dot, such as {@code "88.91A"}.
   *
   * @return the code, not null
   */
  @Override
  public String toString() {
    return value;
  }
}
