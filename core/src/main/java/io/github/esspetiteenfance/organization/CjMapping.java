package io.github.esspetiteenfance.organization;

import io.github.esspetiteenfance.CommonErrorCode;
import io.github.esspetiteenfance.InvalidValueException;
import io.github.esspetiteenfance.legal.Confidence;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The ESS family the library assigns to one catégorie juridique (INSEE legal-category code), with
 * the source of the assignment and how sure the project is of it.
 *
 * <p>A legal category alone never puts a commercial company in the ESS: an SAS, a SARL or an SA
 * belongs to the ESS only if it declares the ESS status or holds an ESUS agrément (loi 2014-856
 * art. 1-II 2°), which the code cannot tell. So {@link #familyByForm()} is {@link
 * EssFamily#OUTSIDE_ESS} for those codes, as the perimeter answers for a company that declares
 * nothing, and {@link #commercialCompany()} says that the form may still join the ESS by
 * declaration ({@link EssPerimeter} decides).
 *
 * <p>The library bundles one mapping for every code of the INSEE nomenclature of 1 September 2022
 * ({@link CjMappings}). No official list exists (reference §9): the mapping is the project's, built
 * from the INSEE labels, loi 2014-856 art. 1 and a secondary description of the observatories'
 * perimeter. Its {@link #confidence()} says how each row was established:
 *
 * <ul>
 *   <li>{@link Confidence#CONFIRMED}: the INSEE label names the form (an "association déclarée", a
 *       "fondation", a "coopérative", a "commune"...) and the law names the family;
 *   <li>{@link Confidence#SECONDARY}: a secondary source places the code in the family (the 2013
 *       CRESS Midi-Pyrénées description of the observatory perimeter, for example);
 *   <li>{@link Confidence#DERIVED}: the project's own reading of the label;
 *   <li>{@link Confidence#UNCONFIRMED}: a guess, such as the candidates for INSEE's fifth family.
 * </ul>
 *
 * <p>{@link #doubtful()} marks the codes the reference lists as doubtful or likely excluded (9210,
 * 9224, 9240, 9150, 5203/5307/5309, 6100, 8510, the SICA 5432/5532/5632/6532, 8310/8311, 9900,
 * 9970...): their family is a best guess that an observatory may not share.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param code the 4-digit catégorie juridique, such as {@code "9220"}; not null
 * @param label the INSEE label of the code, in French; not blank
 * @param familyByForm the family the legal form alone places a unit in: one of the four families of
 *     loi 2014-856 art. 1-II 1°, {@link EssFamily#OTHER_NON_PROFIT}, {@link
 *     EssFamily#PUBLIC_SECTOR}, or {@link EssFamily#OUTSIDE_ESS} (never {@link
 *     EssFamily#SOCIETE_COMMERCIALE_ESS}); not null
 * @param commercialCompany true for a commercial-company form that may join the ESS under art. 1-II
 *     2° by declaring the ESS status or holding an ESUS agrément; its {@code familyByForm} is then
 *     {@link EssFamily#OUTSIDE_ESS}
 * @param confidence how sure the project is of the family, not null
 * @param doubtful true if the reference lists the code as doubtful for its family
 * @param source where the assignment comes from; not blank
 * @param note an explanation, empty if none; not null
 */
public record CjMapping(
    String code,
    String label,
    EssFamily familyByForm,
    boolean commercialCompany,
    Confidence confidence,
    boolean doubtful,
    String source,
    String note) {

  private static final Pattern CODE = Pattern.compile("\\d{4}");

  /**
   * Creates a mapping.
   *
   * @throws InvalidValueException if the code is not 4 digits, or the label or source is blank, or
   *     the family by form is {@link EssFamily#SOCIETE_COMMERCIALE_ESS} (a form alone never says
   *     so), or a commercial company's family by form is not {@link EssFamily#OUTSIDE_ESS}
   */
  public CjMapping {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(familyByForm, "familyByForm");
    if (familyByForm == EssFamily.SOCIETE_COMMERCIALE_ESS
        || commercialCompany && familyByForm != EssFamily.OUTSIDE_ESS) {
      throw new InvalidValueException(
          OrganizationErrorCode.CJ_FAMILY_BY_FORM, "familyByForm", familyByForm);
    }
    Objects.requireNonNull(confidence, "confidence");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(note, "note");
    if (!CODE.matcher(code).matches()) {
      throw new InvalidValueException(OrganizationErrorCode.CJ_CODE_FORMAT, "code", code);
    }
    if (label.isBlank()) {
      throw new InvalidValueException(CommonErrorCode.BLANK, "label", label);
    }
    if (source.isBlank()) {
      throw new InvalidValueException(CommonErrorCode.BLANK, "source", source);
    }
  }

  /**
   * Returns the family of the legal form as the perimeter reads it: {@link
   * EssFamily#SOCIETE_COMMERCIALE_ESS} for a commercial-company form (meaning "may join the ESS by
   * declaration", not "is in the ESS"), else {@link #familyByForm()}. Package-private: callers read
   * {@link #familyByForm()} and {@link #commercialCompany()}.
   */
  EssFamily perimeterFamily() {
    return commercialCompany ? EssFamily.SOCIETE_COMMERCIALE_ESS : familyByForm;
  }

  /**
   * Checks if the project confirmed this assignment and the reference does not doubt it.
   *
   * @return true if the confidence is {@link Confidence#CONFIRMED} and the code is not doubtful
   */
  public boolean isConfirmed() {
    return confidence.isConfirmed() && !doubtful;
  }
}
