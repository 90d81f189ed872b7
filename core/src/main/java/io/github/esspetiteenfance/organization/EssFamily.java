package io.github.esspetiteenfance.organization;

import io.github.esspetiteenfance.Localized;
import java.util.Locale;
import java.util.Set;

/**
 * The families of the social and solidarity economy (ESS, <i>économie sociale et solidaire</i>),
 * plus the two answers for what is not in it.
 *
 * <p>Loi n° 2014-856 du 31 juillet 2014 relative à l'économie sociale et solidaire, article 1-II,
 * lists who belongs to the ESS: 1° the legal persons of private law set up as cooperatives, mutuals
 * or unions under the <i>code de la mutualité</i>, mutual insurance companies under the <i>code des
 * assurances</i>, foundations, and associations under the loi du 1er juillet 1901 or, where it
 * applies, the <i>code civil local</i> (Bas-Rhin, Haut-Rhin, Moselle); 2° commercial companies
 * whose statutes meet the conditions of art. 1-I and 1-II 2° (CONFIRMED, text mirrored on
 * doctrine.fr, LEGIARTI000029314926). INSEE's statistical perimeter adds a fifth family, {@link
 * #OTHER_NON_PROFIT}, and does not count commercial companies (CONFIRMED, insee.fr/fr/statistiques/
 * 7636531).
 *
 * <p>A family is used in two places. In the mapping of a catégorie juridique ({@link CjMapping}) it
 * is the family of the legal form: for {@link #SOCIETE_COMMERCIALE_ESS} it then means "a
 * commercial-company form that may join the ESS under art. 1-II 2°", which the form alone cannot
 * decide. In an answer of {@link EssPerimeter} ({@link EssClassification#family()}) it is the
 * family the unit is counted in, or {@link #OUTSIDE_ESS} / {@link #PUBLIC_SECTOR} when it is not in
 * the ESS.
 */
public enum EssFamily implements Localized {
  /** Associations: loi du 1er juillet 1901, or the code civil local in Alsace-Moselle. */
  ASSOCIATION("Association", "Association"),
  /** Cooperatives: loi n° 47-1775 du 10 septembre 1947 and the special laws (SCOP, SCIC...). */
  COOPERATIVE("Coopérative", "Cooperative"),
  /**
   * Mutuals and their unions (code de la mutualité) and mutual insurance companies (code des
   * assurances).
   */
  MUTUELLE("Mutuelle", "Mutual"),
  /** Foundations. */
  FONDATION("Fondation", "Foundation"),
  /**
   * Commercial companies that meet the conditions of loi 2014-856 art. 1-II 2° (purpose other than
   * sharing profits, democratic governance, <i>utilité sociale</i>, reserves...). The catégorie
   * juridique cannot tell: the declared ESS status in Sirene or an ESUS agrément decides.
   */
  SOCIETE_COMMERCIALE_ESS("Société commerciale de l'ESS", "ESS commercial company"),
  /**
   * INSEE's fifth statistical family, "autres organismes privés à but non lucratif": non-profit
   * units independent of the public administrations. INSEE has not published which legal categories
   * it holds (not found, reference §9): the codes the library maps here are UNCONFIRMED candidates.
   * It is not one of the forms art. 1-II lists, so it is outside the statutory perimeter.
   */
  OTHER_NON_PROFIT("Autre organisme privé à but non lucratif", "Other private non-profit body"),
  /** The State, local authorities, public establishments and bodies they control: not the ESS. */
  PUBLIC_SECTOR("Secteur public", "Public sector"),
  /** Outside the ESS (<i>hors ESS</i>): any other legal form, or a unit the perimeter excludes. */
  OUTSIDE_ESS("Hors ESS", "Outside the ESS");

  private static final Set<EssFamily> STATUTORY_BY_FORM =
      Set.of(ASSOCIATION, COOPERATIVE, MUTUELLE, FONDATION);

  private final String label;
  private final String englishLabel;

  EssFamily(String label, String englishLabel) {
    this.label = label;
    this.englishLabel = englishLabel;
  }

  /**
   * Returns the French label of this family, such as {@code "Coopérative"}.
   *
   * @return the label, not null
   */
  public String label() {
    return label;
  }

  /**
   * Returns the English label of this family, such as {@code "Cooperative"}.
   *
   * @return the label, not null
   */
  public String englishLabel() {
    return englishLabel;
  }

  /**
   * Returns the label of this family in a language: French for {@code fr}, English otherwise.
   *
   * @param locale the language, not null
   * @return the label, not null
   */
  @Override
  public String message(Locale locale) {
    return "fr".equals(locale.getLanguage()) ? label : englishLabel;
  }

  /**
   * Checks if this family is one of the four that loi 2014-856 art. 1-II 1° puts in the ESS by
   * legal form alone: associations, cooperatives, mutuals, foundations.
   *
   * @return true for {@link #ASSOCIATION}, {@link #COOPERATIVE}, {@link #MUTUELLE} and {@link
   *     #FONDATION}
   */
  public boolean isEssByLegalForm() {
    return STATUTORY_BY_FORM.contains(this);
  }

  /**
   * Checks if this family is a family of the ESS, that is neither {@link #OUTSIDE_ESS} nor {@link
   * #PUBLIC_SECTOR}.
   *
   * @return true for the six ESS families
   */
  public boolean isEss() {
    return this != OUTSIDE_ESS && this != PUBLIC_SECTOR;
  }
}
