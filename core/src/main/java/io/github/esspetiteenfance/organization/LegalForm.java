package io.github.esspetiteenfance.organization;

import io.github.esspetiteenfance.CommonErrorCode;
import io.github.esspetiteenfance.InvalidValueException;
import io.github.esspetiteenfance.identifier.CategorieJuridique;
import io.github.esspetiteenfance.legal.Confidence;
import java.util.Objects;
import java.util.Optional;

/**
 * The legal form of an organization: its catégorie juridique when known, or else the family a
 * source declares.
 *
 * <p>Registers give the 4-digit catégorie juridique ({@link Coded}). Other sources often say only
 * "an association" or "a SCOP" without the code: {@link Declared} holds that family, the source's
 * wording and how sure the source is, so that such an organization can be described without
 * inventing a code.
 */
public sealed interface LegalForm permits LegalForm.Coded, LegalForm.Declared {

  /**
   * Obtains the legal form of a catégorie juridique.
   *
   * @param categorieJuridique the catégorie juridique, not null
   * @return the legal form, not null
   */
  static LegalForm of(CategorieJuridique categorieJuridique) {
    return new Coded(categorieJuridique);
  }

  /**
   * Obtains the legal form of a catégorie juridique given as text.
   *
   * @param code the 4-digit catégorie juridique, such as {@code "9220"}; not null
   * @return the legal form, not null
   * @throws io.github.esspetiteenfance.identifier.InvalidIdentifierException if the code is not in
   *     the 2022 nomenclature
   */
  static LegalForm of(String code) {
    return new Coded(CategorieJuridique.of(code));
  }

  /**
   * Obtains a legal form known only by its family.
   *
   * @param family the declared family, not null
   * @param wording the source's wording, such as {@code "association"} or {@code "SCOP"}; not blank
   * @param confidence how sure the source is, not null
   * @param source where the family was read; not blank
   * @return the legal form, not null
   */
  static LegalForm declared(
      EssFamily family, String wording, Confidence confidence, String source) {
    return new Declared(family, wording, confidence, source);
  }

  /**
   * Returns the family of this legal form: the mapped family of the catégorie juridique, or the
   * declared family.
   *
   * @return the family, not null
   */
  EssFamily family();

  /**
   * Returns how sure the library is of {@link #family()}.
   *
   * @return the confidence, not null
   */
  Confidence confidence();

  /**
   * Returns the catégorie juridique, if known.
   *
   * @return the catégorie juridique, empty for a declared form
   */
  Optional<CategorieJuridique> categorieJuridique();

  /**
   * A legal form given by its catégorie juridique.
   *
   * <p>This record is immutable and thread-safe.
   *
   * @param code the catégorie juridique, not null
   */
  record Coded(CategorieJuridique code) implements LegalForm {

    /** Creates a coded legal form. */
    public Coded {
      Objects.requireNonNull(code, "code");
    }

    /**
     * Returns the mapping of the catégorie juridique to its family.
     *
     * @return the mapping, not null
     */
    public CjMapping mapping() {
      return CjMappings.of(code);
    }

    @Override
    public EssFamily family() {
      return mapping().perimeterFamily();
    }

    @Override
    public Confidence confidence() {
      return mapping().confidence();
    }

    @Override
    public Optional<CategorieJuridique> categorieJuridique() {
      return Optional.of(code);
    }

    /** Returns the 4 digits of the catégorie juridique. */
    @Override
    public String toString() {
      return code.toString();
    }
  }

  /**
   * A legal form known only by the family a source declares, such as "association" or "SCOP".
   *
   * <p>This record is immutable and thread-safe.
   *
   * @param family the declared family, not null
   * @param wording the source's wording, not blank
   * @param confidence how sure the source is, not null
   * @param source where the family was read, not blank
   */
  record Declared(EssFamily family, String wording, Confidence confidence, String source)
      implements LegalForm {

    /**
     * Creates a declared legal form.
     *
     * @throws InvalidValueException if the wording or the source is blank
     */
    public Declared {
      Objects.requireNonNull(family, "family");
      Objects.requireNonNull(wording, "wording");
      Objects.requireNonNull(confidence, "confidence");
      Objects.requireNonNull(source, "source");
      io.github.esspetiteenfance.internal.TextChecks.characters(wording, "wording");
      if (wording.isBlank()) {
        throw new InvalidValueException(CommonErrorCode.BLANK, "wording", wording);
      }
      io.github.esspetiteenfance.internal.TextChecks.characters(source, "source");
      if (source.isBlank()) {
        throw new InvalidValueException(CommonErrorCode.BLANK, "source", source);
      }
    }

    @Override
    public Optional<CategorieJuridique> categorieJuridique() {
      return Optional.empty();
    }
  }
}
