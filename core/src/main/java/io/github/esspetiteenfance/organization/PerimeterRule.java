package io.github.esspetiteenfance.organization;

import io.github.esspetiteenfance.legal.Confidence;
import io.github.esspetiteenfance.legal.LegalBasis;
import io.github.esspetiteenfance.legal.ValidityPeriod;
import java.time.LocalDate;

/** The rule of {@link EssPerimeter} that decided an answer. */
public enum PerimeterRule {
  /**
   * Statutory: the legal form is an association, cooperative, mutual or foundation (art. 1-II 1°).
   */
  LEGAL_FORM(
      PerimeterDefinition.STATUTORY,
      true,
      basis("1-II 1°", Confidence.CONFIRMED, "doctrine.fr LEGIARTI000029314926")),
  /** Statutory: a commercial company that holds a valid ESUS agrément. */
  ESUS_AGREMENT(
      PerimeterDefinition.STATUTORY,
      true,
      new LegalBasis(
          "Code du travail",
          "L3332-17-1 I",
          ValidityPeriod.from(LocalDate.of(2022, 2, 23)),
          Confidence.CONFIRMED,
          "doctrine.fr LEGIARTI000045212875 (reference §1.2): an ESUS enterprise falls under art. 1"
              + " of loi 2014-856")),
  /** Statutory: a commercial company that declared the ESS status ({@code O}) in Sirene. */
  DECLARED_ESS_STATUS(
      PerimeterDefinition.STATUTORY,
      true,
      basis(
          "1-II 2°",
          Confidence.SECONDARY,
          "art. 1-II 2° CONFIRMED; the Sirene field economieSocialeSolidaireUniteLegale as its"
              + " evidence SECONDARY (reference §2.1, §8.2)")),
  /**
   * Statutory: a commercial company with neither the ESS declaration nor a valid ESUS agrément; its
   * statutes may still meet art. 1-II 2°, but nothing shows it.
   */
  COMMERCIAL_COMPANY_WITHOUT_EVIDENCE(
      PerimeterDefinition.STATUTORY, false, basis("1-II 2°", Confidence.DERIVED, "reference §8.2")),
  /** Statutory: the legal form is none of those art. 1-II lists. */
  FORM_NOT_IN_ARTICLE_1(
      PerimeterDefinition.STATUTORY,
      false,
      basis("1-II", Confidence.DERIVED, "the project's mapping of the catégories juridiques")),
  /** Statistical: the catégorie juridique is in the perimeter's list, and no exclusion applies. */
  CJ_IN_LIST(PerimeterDefinition.STATISTICAL, true, PerimeterDefinition.STATISTICAL.basis()),
  /** Statistical: the catégorie juridique is not in the perimeter's list. */
  CJ_NOT_IN_LIST(PerimeterDefinition.STATISTICAL, false, PerimeterDefinition.STATISTICAL.basis()),
  /** Statistical: commercial companies of the ESS are not counted, whatever they declared. */
  COMMERCIAL_COMPANY_NOT_COUNTED(
      PerimeterDefinition.STATISTICAL,
      false,
      new LegalBasis(
          "INSEE, L'économie sociale",
          "",
          ValidityPeriod.always(),
          Confidence.CONFIRMED,
          "insee.fr/fr/statistiques/7636531 (revised 9 Oct 2024): too few commercial companies have"
              + " declared the status in Sirene")),
  /**
   * Statistical: the activity (NAF) is excluded: public administration, employers' and consular
   * bodies, unions, religious or political organisations.
   */
  ACTIVITY_EXCLUDED(
      PerimeterDefinition.STATISTICAL,
      false,
      new LegalBasis(
          "Observatoires régionaux de l'ESS (CRESS), exclusions d'activités",
          "",
          ValidityPeriod.always(),
          Confidence.DERIVED,
          "activities SECONDARY (CRESS Pays de la Loire interview, ess-et-societe.net); their NAF"
              + " codes DERIVED (reference §2.1)")),
  /** Statistical: the unit has no employee; the observatories count employer units only. */
  NON_EMPLOYER(
      PerimeterDefinition.STATISTICAL,
      false,
      new LegalBasis(
          "Observatoires régionaux de l'ESS (CRESS), données Clap/Flores, DADS, Sirene",
          "",
          ValidityPeriod.always(),
          Confidence.SECONDARY,
          "CRESS Pays de la Loire interview, ess-et-societe.net (reference §2.1)"));

  private final PerimeterDefinition definition;
  private final boolean includes;
  private final LegalBasis basis;

  PerimeterRule(PerimeterDefinition definition, boolean includes, LegalBasis basis) {
    this.definition = definition;
    this.includes = includes;
    this.basis = basis;
  }

  private static LegalBasis basis(String article, Confidence confidence, String source) {
    return new LegalBasis(
        "Loi n° 2014-856 du 31 juillet 2014 relative à l'économie sociale et solidaire",
        article,
        ValidityPeriod.from(LocalDate.of(2014, 8, 2)),
        confidence,
        source);
  }

  /**
   * Returns the definition this rule belongs to.
   *
   * @return the definition, not null
   */
  public PerimeterDefinition definition() {
    return definition;
  }

  /**
   * Checks if this rule puts the unit in the ESS.
   *
   * @return true if the unit is in the perimeter when this rule decides
   */
  public boolean includes() {
    return includes;
  }

  /**
   * Returns the source of this rule and how sure the project is of it.
   *
   * @return the basis, not null
   */
  public LegalBasis basis() {
    return basis;
  }
}
