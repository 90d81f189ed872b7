package io.github.esspetiteenfance.identifier;

import io.github.esspetiteenfance.ErrorCode;

/**
 * The reasons why a text is not a valid identifier: the stable codes of {@link
 * InvalidIdentifierException}.
 *
 * <p>Messages, in English and French, are in {@code messages.properties} and {@code
 * messages_fr.properties} of this package. Their argument {@code {1}} is the rejected text.
 */
public enum IdentifierViolation implements ErrorCode {
  /** A SIREN does not have 9 characters once spaces are removed. */
  SIREN_LENGTH("identifier.siren.length", IdentifierType.SIREN),
  /** A SIREN contains a character that is not a digit. */
  SIREN_DIGITS("identifier.siren.digits", IdentifierType.SIREN),
  /** A SIREN fails the Luhn check. */
  SIREN_CHECKSUM("identifier.siren.checksum", IdentifierType.SIREN),

  /** A SIRET does not have 14 characters once spaces are removed. */
  SIRET_LENGTH("identifier.siret.length", IdentifierType.SIRET),
  /** A SIRET contains a character that is not a digit. */
  SIRET_DIGITS("identifier.siret.digits", IdentifierType.SIRET),
  /** The first 9 digits of a SIRET are not a valid SIREN (they fail the Luhn check). */
  SIRET_SIREN_CHECKSUM("identifier.siret.siren-checksum", IdentifierType.SIRET),
  /** A SIRET fails the Luhn check over its 14 digits. */
  SIRET_CHECKSUM("identifier.siret.checksum", IdentifierType.SIRET),
  /**
   * A SIRET of La Poste (SIREN 356000000), other than its head office, has a digit sum that is not
   * a multiple of 5.
   */
  SIRET_LA_POSTE("identifier.siret.la-poste", IdentifierType.SIRET),

  /** A NIC does not have 5 characters once spaces are removed. */
  NIC_LENGTH("identifier.nic.length", IdentifierType.NIC),
  /** A NIC contains a character that is not a digit. */
  NIC_DIGITS("identifier.nic.digits", IdentifierType.NIC),

  /** An RNA number does not have 10 characters once spaces are removed. */
  RNA_LENGTH("identifier.rna.length", IdentifierType.RNA),
  /** An RNA number does not start with the letter {@code W}. */
  RNA_PREFIX("identifier.rna.prefix", IdentifierType.RNA),
  /** An RNA number has a character other than a digit or an upper-case letter after the W. */
  RNA_CHARACTERS("identifier.rna.characters", IdentifierType.RNA),

  /** A NAF code is neither {@code 99.99X} nor {@code 9999X} (X an upper-case letter). */
  NAF_FORMAT("identifier.naf.format", IdentifierType.CODE_NAF),

  /** A catégorie juridique is not made of 4 digits. */
  CATEGORIE_JURIDIQUE_FORMAT(
      "identifier.categorie-juridique.format", IdentifierType.CATEGORIE_JURIDIQUE),
  /** A catégorie juridique has 4 digits but is not in the bundled INSEE nomenclature. */
  CATEGORIE_JURIDIQUE_UNKNOWN(
      "identifier.categorie-juridique.unknown", IdentifierType.CATEGORIE_JURIDIQUE),

  /** A code commune is not 2 digits (or 2A/2B) followed by 3 digits. */
  CODE_COMMUNE_FORMAT("identifier.code-commune.format", IdentifierType.CODE_COMMUNE),
  /** The département part of a code commune is not a département code. */
  CODE_COMMUNE_DEPARTEMENT("identifier.code-commune.departement", IdentifierType.CODE_COMMUNE),
  /** The commune number of a code commune is 000 (a postcode such as 44000, not a commune). */
  CODE_COMMUNE_NUMBER("identifier.code-commune.number", IdentifierType.CODE_COMMUNE),

  /** A code département is not 2 digits, 2A, 2B or 3 digits. */
  CODE_DEPARTEMENT_FORMAT("identifier.code-departement.format", IdentifierType.CODE_DEPARTEMENT),
  /** A code département has the right shape but names no département (20, 96, 975...). */
  CODE_DEPARTEMENT_UNKNOWN("identifier.code-departement.unknown", IdentifierType.CODE_DEPARTEMENT),

  /** A code région is not made of 2 digits. */
  CODE_REGION_FORMAT("identifier.code-region.format", IdentifierType.CODE_REGION),

  /** A code postal is not made of 5 digits. */
  CODE_POSTAL_FORMAT("identifier.code-postal.format", IdentifierType.CODE_POSTAL),

  /** A FINESS number does not have 9 characters once spaces are removed. */
  FINESS_LENGTH("identifier.finess.length", IdentifierType.FINESS),
  /** A FINESS number has a non-digit character after its département prefix. */
  FINESS_DIGITS("identifier.finess.digits", IdentifierType.FINESS),
  /** The first characters of a FINESS number do not name a département (or overseas territory). */
  FINESS_DEPARTEMENT("identifier.finess.departement", IdentifierType.FINESS);

  private final String code;
  private final IdentifierType identifierType;

  IdentifierViolation(String code, IdentifierType identifierType) {
    this.code = code;
    this.identifierType = identifierType;
  }

  @Override
  public String code() {
    return code;
  }

  /**
   * Returns the kind of identifier this violation is about.
   *
   * @return the identifier type, not null
   */
  public IdentifierType identifierType() {
    return identifierType;
  }
}
