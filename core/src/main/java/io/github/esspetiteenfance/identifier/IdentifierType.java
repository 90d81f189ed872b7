package io.github.esspetiteenfance.identifier;

/**
 * The kinds of French identifier and code that the library validates, one per value type of this
 * package.
 *
 * <p>Each {@link IdentifierViolation} belongs to one type, so that an {@link
 * InvalidIdentifierException} tells which kind of identifier was rejected.
 */
public enum IdentifierType {
  /** SIREN: the 9-digit number of a legal unit (see {@link Siren}). */
  SIREN("SIREN"),
  /** SIRET: the 14-digit number of an establishment (see {@link Siret}). */
  SIRET("SIRET"),
  /** NIC: the 5-digit establishment part of a SIRET (see {@link Nic}). */
  NIC("NIC"),
  /** RNA: the number of an association in the national register (see {@link RnaNumber}). */
  RNA("RNA"),
  /** NAF code: an INSEE activity code, such as the APE code (see {@link CodeNaf}). */
  CODE_NAF("NAF"),
  /** Catégorie juridique: the INSEE legal-category code (see {@link CategorieJuridique}). */
  CATEGORIE_JURIDIQUE("catégorie juridique"),
  /** Code commune: the INSEE (COG) code of a commune (see {@link CodeCommune}). */
  CODE_COMMUNE("code commune"),
  /** Code département: the INSEE (COG) code of a département (see {@link CodeDepartement}). */
  CODE_DEPARTEMENT("code département"),
  /** Code région: the INSEE (COG) code of a région (see {@link CodeRegion}). */
  CODE_REGION("code région"),
  /** Code postal: a La Poste postcode (see {@link CodePostal}). */
  CODE_POSTAL("code postal"),
  /**
   * FINESS: the number of a health or social establishment or entity (see {@link FinessNumber}).
   */
  FINESS("FINESS");

  private final String displayName;

  IdentifierType(String displayName) {
    this.displayName = displayName;
  }

  /**
   * Returns the usual French name of this kind of identifier, such as {@code "SIREN"} or {@code
   * "code commune"}.
   *
   * @return the name, not null
   */
  public String displayName() {
    return displayName;
  }
}
