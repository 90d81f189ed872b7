package io.github.esspetiteenfance.organization;

/**
 * A reservation attached to an answer of {@link EssPerimeter}: something that weakens it or that
 * the caller should check.
 */
public enum Caveat {
  /** The reference lists the catégorie juridique as doubtful for its family. */
  DOUBTFUL_LEGAL_CATEGORY,
  /** The catégorie juridique is unknown; the family a source declared was used. */
  LEGAL_FORM_DECLARED_ONLY,
  /**
   * The Sirene ESS declaration of a commercial company is not known: the company was not looked up,
   * so the answer "outside" may be wrong.
   */
  DECLARATION_UNKNOWN,
  /** The Sirene ESS declaration, or an ESUS agrément, contradicts the answer. */
  DECLARATION_CONFLICT,
  /** The expiry of the ESUS agrément was estimated with the UNCONFIRMED 5-year/2-year rule. */
  ESUS_EXPIRY_ESTIMATED,
  /** The activity (NAF) is unknown: the activity exclusions were not applied. */
  ACTIVITY_UNKNOWN,
  /**
   * The activity is 94.12 (professional organisations), which the observatories may exclude (not
   * confirmed); it was not excluded.
   */
  DOUBTFUL_ACTIVITY_EXCLUSION,
  /** Whether the unit employs staff is unknown: the employer rule was not applied. */
  EMPLOYER_UNKNOWN
}
