package io.github.esspetiteenfance.organization;

import io.github.esspetiteenfance.legal.LegalBases;
import io.github.esspetiteenfance.legal.LegalBasis;

/**
 * The two definitions of the ESS perimeter that {@link EssPerimeter} applies. They differ, and an
 * answer always says which one it used.
 */
public enum PerimeterDefinition {
  /**
   * The ESS as loi n° 2014-856 art. 1 defines it: associations, cooperatives, mutuals and
   * foundations by their legal form; commercial companies whose statutes meet art. 1-II 2°. The
   * catégorie juridique cannot show the statutes of a commercial company: the Sirene ESS
   * declaration or an ESUS agrément (code du travail L3332-17-1, which requires the enterprise to
   * fall under art. 1) decide for it.
   */
  STATUTORY(LegalBases.get("loi-2014-856.art-1")),
  /**
   * The statistical perimeter of INSEE and the CRESS observatories: a list of catégories juridiques
   * (associations, cooperatives, mutuals, foundations and INSEE's fifth family), minus some
   * activities by NAF code (public administration, employers' and consular bodies, unions,
   * religious and political organisations), counting employer units only. Commercial companies of
   * the ESS are not counted. The method is CONFIRMED (INSEE); the list of codes and the NAF codes
   * of the exclusions are DERIVED: no official list was found.
   */
  STATISTICAL(LegalBases.get("insee.statistical-perimeter"));

  private final LegalBasis basis;

  PerimeterDefinition(LegalBasis basis) {
    this.basis = basis;
  }

  /**
   * Returns the source of this definition.
   *
   * @return the basis, not null
   */
  public LegalBasis basis() {
    return basis;
  }
}
